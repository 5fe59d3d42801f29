using System.Text;
using System.Text.Json;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Pdf;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`report check` and `report render` on every form a report is published in, and on files that are no report.</summary>
public sealed class ReportFileKindsTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static AnnualReport Sample(int seed) => SampleReports.Consistent(new Random(seed), ReportFormat.F2021, density: 0.8, maxCount: 500);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string> Kinds() => ["html", "docx", "pdf"];

    private static byte[] Render(AnnualReport report, string kind) => kind switch
    {
        "html" => Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(report)),
        "docx" => DocxReportRenderer.Render(report),
        _ => PdfReportRenderer.Render(report),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Check_ConsistentReportPublishedAsHtmlDocxOrPdf_ExitsZeroWithEveryCellRead(string kind)
    {
        var report = Sample(11);
        var path = Write("report." + kind, Render(report, kind));

        var result = CliHarness.Run("report", "check", path, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var cells = json.RootElement.GetProperty("cells");
        foreach (var cell in report.Layout.Cells)
            Assert.Equal(report.Number(cell.Id), cells.GetProperty(cell.Id).GetDecimal());
    }

    [Fact]
    public void Check_DocxWithOneCellChanged_ExitsOneNamingTheRule()
    {
        var report = Sample(12);
        report.Set("t3.r3.1.c1", report.Number("t3.r3.1.c1")!.Value + 5);
        var path = Write("changed.docx", DocxReportRenderer.Render(report));

        var result = CliHarness.Run("report", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t3.r3.1.c1", result.Stdout);
    }

    [Fact]
    public void Render_PdfToMarkdown_WritesTheTables()
    {
        var report = Sample(13);
        var path = Write("report.pdf", Render(report, "pdf"));

        var result = CliHarness.Run("report", "render", path, "--to", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 一、本年新收政府信息公开申请数量 |", result.Stdout);
    }

    [Theory]
    [InlineData("picture.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "PNG")]
    [InlineData("old.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0 }, "old Office")]
    [InlineData("archive.zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP")]
    [InlineData("broken.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    public void Check_BinaryFileNoReaderHandles_ExitsTwoWithTheReason(string name, byte[] bytes, string reason)
    {
        var result = CliHarness.Run("report", "check", Write(name, bytes));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a report", result.Stderr);
        Assert.Contains(reason, result.Stderr);
    }
}
