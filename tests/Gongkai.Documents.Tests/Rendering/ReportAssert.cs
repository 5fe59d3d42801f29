using System.Globalization;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Rendering;

/// <summary>Asserts two reports state the same thing: header, sections, and every cell with its kind, text and decimals.</summary>
internal static class ReportAssert
{
    public static void Same(AnnualReport expected, AnnualReport actual)
    {
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.AgencyName, actual.AgencyName);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Preamble, actual.Preamble);
        Assert.Equal(expected.PublishedOn, actual.PublishedOn);
        Assert.Equal(expected.Sections.OrderBy(s => s.Key), actual.Sections.OrderBy(s => s.Key));
        Assert.Equal(Describe(expected.Cells), Describe(actual.Cells));
        Assert.Equal(
            expected.AmbiguousCells.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, string.Join(",", a.Value))),
            actual.AmbiguousCells.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, string.Join(",", a.Value))));
        Assert.Equal(expected.AbsentLabels, actual.AbsentLabels);
        Assert.Equal(expected.Extras, actual.Extras);
    }

    // The number's text keeps its scale: 1.50 and 1.5 are equal decimals but not the same cell as written.
    private static IEnumerable<string> Describe(IReadOnlyDictionary<string, CellValue> cells) =>
        cells.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key}={c.Value.Kind}:{c.Value.Number.ToString(CultureInfo.InvariantCulture)}:{c.Value.Text}");
}
