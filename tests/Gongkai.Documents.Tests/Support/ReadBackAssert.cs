using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Support;

/// <summary>Comparisons of a report read back with the report it was written from.</summary>
internal static class ReadBackAssert
{
    public static void SameCells(AnnualReport expected, AnnualReport actual)
    {
        Assert.Equal(expected.Format, actual.Format);
        foreach (var cell in expected.Layout.Cells)
            Assert.True(Equals(expected[cell.Id], actual[cell.Id]), $"{cell.Id}: expected {Show(expected[cell.Id])}, read {Show(actual[cell.Id])}");
        Assert.Equal(expected.Cells.Count, actual.Cells.Count);
    }

    public static void SameSections(AnnualReport expected, AnnualReport actual, bool sameHeadings = true)
    {
        Assert.Equal(expected.Sections.Keys.Order(), actual.Sections.Keys.Order());
        foreach (var (id, section) in expected.Sections)
        {
            if (sameHeadings) Assert.Equal(section.Heading, actual.Sections[id].Heading);
            Assert.Equal(section.Body, actual.Sections[id].Body);
        }
    }

    public static void SameIdentity(AnnualReport expected, AnnualReport actual)
    {
        Assert.Equal(expected.AgencyName, actual.AgencyName);
        Assert.Equal(expected.Year, actual.Year);
    }

    private static string Show(CellValue? value) => value is { } v ? $"{v.Kind} '{v}'" : "absent";
}
