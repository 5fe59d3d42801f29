using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Reporting;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Documents.Rendering.Xlsx;
using Gongkai.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report export` from the database, each format read back.</summary>
public sealed class ReportExportCommandTests : IDisposable
{
    private const string Agency = "某区科学技术局";
    private readonly TempDataDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _dir.Path, "--database", "sqlite"]);

    private string AddAgency()
    {
        Assert.Equal(0, Run("agency", "add", "--name", "某区", "--level", "region").ExitCode);
        var body = "11640303MB0000009";
        var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
        Assert.Equal(0, Run("agency", "add", "--name", Agency, "--level", "department", "--parent", "某区", "--credit-code", code).ExitCode);
        return code;
    }

    private string Export(string format, string? year = "2023")
    {
        var path = Path.Combine(_dir.Path, $"out.{format}");
        var result = Run("report", "export", "--agency", Agency, "--year", year!, "--to", format, "-o", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return path;
    }

    [Fact]
    public void Export_BeforePublication_IsTheLiveAssembly_ComputedFromTheRecords()
    {
        AddAgency();

        var report = JsonReportReader.Read(File.ReadAllText(Export("json"))).Report!;

        Assert.Equal(Agency, report.AgencyName);
        // No records yet: tables 三 and 四 are counted by their sources (zeros that were computed, not invented).
        Assert.Equal(0m, report.Number("t4.a5"));
        Assert.Equal(0m, report.Number("t3.r1.c1"));
        Assert.Contains("实时汇总", Run("report", "export", "--agency", Agency, "--year", "2023", "--to", "md", "-o", Path.Combine(_dir.Path, "x.md")).Stderr);
    }

    [Fact]
    public async Task Export_OfAPublishedYear_IsTheFrozenVersion_InEveryFormat()
    {
        AddAgency();
        var frozen = SampleReports.Consistent(new Random(7), ReportFormat.F2021);
        frozen.AgencyName = Agency;
        frozen.Year = 2023;
        frozen.Title = $"{Agency}2023年政府信息公开工作年度报告";
        var json = JsonReportWriter.Write(frozen);
        await PublishDirectlyAsync(json);

        Assert.Equal(json, File.ReadAllText(Export("json")));

        using (var docx = WordprocessingDocument.Open(Export("docx"), false))
        {
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(frozen.Title, text);
            Assert.Contains("结果维持", text);
        }

        using (var pdf = PdfDocument.Open(Export("pdf")))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("政府信息公开工作年度报告", text);
            Assert.Contains("行政复议", text);
        }

        var cells = MiniExcel.Query(Export("xlsx"), useHeaderRow: true, sheetName: XlsxReportRenderer.CellsSheetName)
            .Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["单元格编号"], r => r["值"]);
        foreach (var id in new[] { "t3.r1.c7", "t3.r4.c1", "t4.a5", "t4.c2" })
            Assert.Equal(frozen.Number(id), Convert.ToDecimal(cells[id]));

        Assert.Contains(frozen.Title, File.ReadAllText(Export("html")));
        Assert.Contains(frozen.Title, File.ReadAllText(Export("md")));
    }

    [Fact]
    public void Export_OfAnUnknownAgency_ExitsOneAndSaysSo()
    {
        AddAgency();
        var result = Run("report", "export", "--agency", "不存在的局", "--year", "2023", "--to", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("未找到机关“不存在的局”", result.Stderr);
    }

    /// <summary>Stores a frozen report the way publication does, for an agency whose other tables have no source on this branch.</summary>
    private async Task PublishDirectlyAsync(string json)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite", ["DataDirectory"] = _dir.Path,
        }).Build());
        services.AddLogging();
        services.AddGongkaiServices();
        await using var root = services.BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Name == Agency).Select(a => a.Id).SingleAsync();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));
        db.PublishedReports.Add(new PublishedReportRecord(Guid.NewGuid(), agencyId, 2023, Agency, json, hash, "test", 0,
            new DateOnly(2024, 1, 20), new DateTimeOffset(2024, 1, 20, 2, 0, 0, TimeSpan.Zero), "test"));
        await db.SaveChangesAsync();
    }
}
