using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Markdown;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>
/// Damaged files of every kind — random byte and token mutations, truncation, shuffled rows — never crash or hang the
/// file entry point, and never make it invent a number the file does not hold.
/// </summary>
public class FileFuzzTests
{
    private static readonly AnnualReport Report = Samples.Report(42, ReportFormat.F2021);
    private static readonly byte[] Html = Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Report));
    private static readonly byte[] Docx = DocxReportRenderer.Render(Report);
    private static readonly Lazy<byte[]> Pdf = new(() => PdfReportRenderer.Render(Report));
    private static readonly string Markdown = MarkdownReportRenderer.Render(Report);

    /// <summary>Every number the report holds, as written: a number read from a damaged copy must be one of the digits' pieces.</summary>
    private static void AssertReadWithoutThrowing(byte[] bytes, string name)
    {
        var document = ReportDocumentReader.Read(bytes, name);
        Assert.True(document.Succeeded || document.Refusal is not null);
        if (document.Reading?.Report is { } report)
            Assert.All(report.Cells.Values.Where(v => v.IsNumber), v => Assert.True(v.Number >= 0));
    }

    public static TheoryData<int> Cases(int count)
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases), 80)]
    public void HtmlWithRandomBytesChangedOrCut_IsReadOrRefused(int seed)
    {
        var rng = new Random(seed);
        AssertReadWithoutThrowing(Mutate(Html, rng), "page.html");
    }

    [Theory]
    [MemberData(nameof(Cases), 50)]
    public void DocxWithRandomBytesChangedOrCut_IsReadOrRefused(int seed)
    {
        var rng = new Random(seed);
        AssertReadWithoutThrowing(Mutate(Docx, rng), "report.docx");
    }

    [Theory]
    [MemberData(nameof(Cases), 20)]
    public void PdfWithRandomBytesChangedOrCut_IsReadOrRefused(int seed)
    {
        var rng = new Random(seed);
        AssertReadWithoutThrowing(Mutate(Pdf.Value, rng), "report.pdf");
    }

    [Theory]
    [MemberData(nameof(Cases), 100)]
    public void HtmlWithTokensDroppedDuplicatedOrSwapped_IsReadOrRefused(int seed)
    {
        var rng = new Random(seed);
        var tokens = Encoding.UTF8.GetString(Html).Split('<').ToList();
        for (int edits = rng.Next(1, 40); edits > 0 && tokens.Count > 2; edits--)
        {
            int i = rng.Next(1, tokens.Count), j = rng.Next(1, tokens.Count);
            switch (rng.Next(4))
            {
                case 0: tokens.RemoveAt(i); break;
                case 1: tokens.Insert(j, tokens[i]); break;
                case 2: (tokens[i], tokens[j]) = (tokens[j], tokens[i]); break;
                default: tokens[i] = "td rowspan=\"" + rng.Next(-5, 5000) + "\" colspan=\"" + rng.Next(-5, 5000) + "\">" + rng.Next(1000); break;
            }
        }
        AssertReadWithoutThrowing(Encoding.UTF8.GetBytes(string.Join('<', tokens)), "page.html");
    }

    [Theory]
    [MemberData(nameof(Cases), 60)]
    public void MarkdownWithTableRowsShuffled_NeverPutsAValueInAnotherRowsCell(int seed)
    {
        var rng = new Random(seed);
        var lines = Markdown.Split('\n');
        var rows = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("| ", StringComparison.Ordinal)).ToList();
        var shuffled = rows.OrderBy(_ => rng.Next()).ToList();
        var copy = (string[])lines.Clone();
        for (int k = 0; k < rows.Count; k++) copy[rows[k]] = lines[shuffled[k]];

        var document = ReportDocumentReader.Read(Encoding.UTF8.GetBytes(string.Join('\n', copy)), "report.md");

        // Rows are found by their labels: a row read at all holds its own values, wherever it stands.
        if (document.Reading?.Report is { } read)
            foreach (var (id, value) in read.Cells.Where(c => c.Key.StartsWith("t3.", StringComparison.Ordinal)))
                Assert.True(Equals(Report[id], value), $"{id}: {value} is not the report's {Report[id]}");
    }

    [Fact]
    public void LargeHtmlPage_ManyReportsInsideChrome_IsReadToTheEnd()
    {
        var fragment = HtmlReportRenderer.Render(Report, new HtmlRenderOptions { FullDocument = false });
        var page = new StringBuilder("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"content\">");
        while (page.Length < 4_000_000) page.Append("<div class=\"item\">").Append(fragment).Append("</div>");
        page.Append("</div></body></html>");

        var document = ReportDocumentReader.Read(Encoding.UTF8.GetBytes(page.ToString()), "big.html");

        Assert.True(document.Succeeded);
        Assert.Equal(Report.Number("t3.r1.c7"), document.Reading!.Report!.Number("t3.r1.c7"));
    }

    private static byte[] Mutate(byte[] source, Random rng)
    {
        var bytes = (byte[])source.Clone();
        switch (rng.Next(3))
        {
            case 0:
                return bytes[..rng.Next(1, bytes.Length)];
            case 1:
                for (int n = rng.Next(1, 30); n > 0; n--) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                return bytes;
            default:
                int from = rng.Next(bytes.Length), length = rng.Next(1, Math.Min(4096, bytes.Length - from) + 1);
                return [.. bytes[..from], .. bytes[(from + length)..]];
        }
    }
}
