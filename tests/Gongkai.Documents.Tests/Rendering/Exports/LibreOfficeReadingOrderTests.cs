using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Pdf;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>
/// Issue 7's acceptance: the DOCX that <c>gongkai report export --to docx</c> writes (<see cref="DocxReportRenderer"/>) opens in
/// LibreOffice and converts to PDF, and the PDF's text, extracted with PdfPig, holds every label and every cell value of tables
/// 二, 三 and 四 in reading order. The reports have a non-zero value in every cell and no value twice in a row, so a value
/// printed in a neighbour's cell, or a row printed under another row's label, changes what is read. One conversion per format
/// for the class. LibreOffice Writer is required (CI installs libreoffice-writer): without it these tests fail, they never skip.
/// </summary>
public sealed class DistinctValueConversions
{
    private static readonly LibreOfficeOptions Options = new() { Timeout = TimeSpan.FromMinutes(3) };

    private readonly Dictionary<ReportFormat, Lazy<(AnnualReport Report, byte[] Pdf)>> _converted = new()
    {
        [ReportFormat.F2021] = new(() => Convert(DistinctValueReport(ReportFormat.F2021))),
        [ReportFormat.F2019] = new(() => Convert(DistinctValueReport(ReportFormat.F2019))),
    };

    public (AnnualReport Report, byte[] Pdf) Of(ReportFormat format) => _converted[format].Value;

    /// <summary>
    /// The first consistent sample report (seeds from 1) with a number in every cell, none of them zero, and no number twice
    /// within a row of a table.
    /// </summary>
    public static AnnualReport DistinctValueReport(ReportFormat format)
    {
        for (int seed = 1; ; seed++)
        {
            var report = SampleReports.Consistent(new Random(seed), format, density: 1.0, maxCount: 900);
            if (report.Layout.Cells.Any(c => report.Number(c.Id) is null or 0)) continue;
            if (OfficialTableOrder.ValueRows(report).All(r => r.Values.Distinct().Count() == r.Values.Count)) return report;
        }
    }

    private static (AnnualReport, byte[]) Convert(AnnualReport report)
    {
        Assert.True(LibreOfficeConverter.FindExecutable(Options) is not null,
            "LibreOffice (soffice) is not installed, so the DOCX-to-PDF acceptance cannot run: apt-get install --no-install-recommends libreoffice-writer");
        return (report, LibreOfficeConverter.DocxToPdfAsync(DocxReportRenderer.Render(report), Options).GetAwaiter().GetResult());
    }
}

public class LibreOfficeReadingOrderTests(DistinctValueConversions conversions) : IClassFixture<DistinctValueConversions>
{
    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void DistinctValueSample_HasANonZeroNumberInEveryCell_AndNoNumberTwiceInARow(ReportFormat format)
    {
        var (report, _) = conversions.Of(format);

        Assert.All(report.Layout.Cells, c => Assert.NotEqual(0m, report.Number(c.Id) ?? 0m));
        Assert.All(OfficialTableOrder.ValueRows(report), r => Assert.Equal(r.Values.Count, r.Values.Distinct().Count()));
    }

    /// <summary>
    /// PdfPig's text in content-stream order (whitespace dropped) holds the official form's tokens in order: every verbatim label
    /// of ReportLayout, merged heads where their top-left corner is, and every value right after its row label.
    /// </summary>
    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void ConvertedDocx_ExtractedText_HoldsEveryTableLabelAndValue_InTheFormsReadingOrder(ReportFormat format)
    {
        var (report, pdf) = conversions.Of(format);

        var tokens = OfficialTableOrder.Tokens(report);

        Assert.Equal(report.Layout.Cells.Count, tokens.Count(t => decimal.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _)));
        new PdfText(pdf).AssertInOrder(tokens.Select((t, i) => new ExpectedLine($"table token {i} “{t}”", [t])));
    }

    /// <summary>
    /// Geometric reading order — pages in order, lines top to bottom, glyphs left to right: every row holding values is one printed
    /// line whose numbers end with the row's values in column order, and the rows come in the form's order.
    /// </summary>
    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void ConvertedDocx_PrintsEachRowsValues_LeftToRightOnOneLine_RowsTopToBottom(ReportFormat format)
    {
        var (report, pdf) = conversions.Of(format);
        var lines = PdfLines.Of(pdf);

        int next = 0;
        foreach (var row in OfficialTableOrder.ValueRows(report))
        {
            int at = lines.FindIndex(next, l => EndsWith(l.Numbers(), row.Values));
            Assert.True(at >= 0,
                $"table {(int)row.Table} row “{row.Label}”: no line after line {next} prints [{string.Join(" ", row.Values)}] left to right; " +
                $"lines printing its first value: {string.Join(" | ", lines.Select((l, i) => (l, i)).Where(x => x.l.Numbers().Contains(row.Values[0])).Select(x => $"line {x.i}: {string.Join(" ", x.l.Numbers())}"))}");
            next = at + 1;
        }
    }

    private static bool EndsWith(IReadOnlyList<decimal> numbers, IReadOnlyList<decimal> tail) =>
        numbers.Count >= tail.Count && numbers.Skip(numbers.Count - tail.Count).SequenceEqual(tail);
}
