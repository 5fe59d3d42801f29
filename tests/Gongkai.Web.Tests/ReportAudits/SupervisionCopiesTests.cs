using System.Net;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.ProseCopy;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.Access;
using Gongkai.Services.Supervision;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.ReportAudits;

/// <summary>The supervising office's view of copied prose among the published reports of its region, on both databases.</summary>
public abstract class SupervisionCopiesTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private const string Problems =
        "一是政府信息公开的及时性和规范性还需加强，部分栏目更新不够及时，信息发布审核流程仍需细化。二是政策解读的形式比较单一，" +
        "图解、视频等多样化解读较少，解读的针对性和可读性有待提高。下一步将加强业务培训，完善审核制度，丰富解读形式。";

    private async Task PublishAsync(Guid agency, string name, int year, string problems)
    {
        var report = SampleReports.Consistent(new Random(year), ReportFormat.F2021);
        report.AgencyName = name;
        report.Year = year;
        report.SetSection(SectionId.Overview, $"{year}年，{name}依法做好政府信息公开工作。");
        report.SetSection(SectionId.ProblemsAndImprovements, problems);
        var json = JsonReportWriter.Write(report);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        db.PublishedReports.Add(new PublishedReportRecord(Guid.NewGuid(), agency, year, name, json,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))), "test", 0, new DateOnly(year + 1, 1, 20),
            new DateTimeOffset(year + 1, 1, 20, 2, 0, 0, TimeSpan.Zero), "测试"));
        await db.SaveChangesAsync();
    }

    [DatabaseFact]
    public async Task SupervisingOffice_SeesWhichAgencyCopiedLastYearOrASibling_AndComparesThemSideBySide()
    {
        var (region, department, government) = await AnnualReportTestData.AddRegionAsync(app);
        await PublishAsync(department, "科学技术局", 2022, Problems);
        await PublishAsync(department, "科学技术局", 2023, Problems);
        await PublishAsync(government, "区人民政府", 2023, "本年度政府网站集约化建设仍有短板，个别部门栏目长期未更新，依申请公开答复文书格式不统一，政务新媒体管理需要加强，将组织专题培训并开展季度检查，逐项抓好整改落实。");
        var supervisor = new StaffScope(Guid.NewGuid(), "督查员", region, [AccountRole.Supervisor], [department, government]);

        await using var scope = app.CreateScope();
        var copies = (await scope.ServiceProvider.GetRequiredService<RegionProseCopies>().ForRegionAsync(supervisor, region, 2023)).Value;

        var dep = copies.Single(c => c.AgencyId == department);
        var copied = Assert.Single(dep.Copies);
        Assert.Equal(ProseCopyRelation.PreviousYear, copied.Relation);
        Assert.Equal(SectionId.ProblemsAndImprovements, copied.Section);
        Assert.Equal(100, copied.Percent);
        Assert.Empty(copies.Single(c => c.AgencyId == government).Copies);

        var client = app.CreateStaffClient(region, AccountRole.Supervisor);
        var page = await client.GetStringAsync("/staff/supervision/copies?year=2023");
        Assert.Contains("照搬上年报告", page);
        var compare = await client.GetAsync($"/staff/supervision/compare?agency={department}&year=2023&source={department}&sourceYear=2022");
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Contains("相似度 100%（疑似照搬）", await compare.Content.ReadAsStringAsync());

        var clerk = app.CreateStaffClient(department, AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/staff/supervision/copies?year=2023")).StatusCode);
        var (_, elsewhere, _) = await AnnualReportTestData.AddRegionAsync(app);
        Assert.IsType<Gongkai.Services.Appeals.AgencyRecordsNotFoundError>((await scope.ServiceProvider.GetRequiredService<RegionProseCopies>()
            .CompareAsync(supervisor, elsewhere, 2023, department, 2022)).Error);
    }
}

public sealed class SqliteSupervisionCopiesTests(SqliteAppFixture app) : SupervisionCopiesTests<SqliteAppFixture>(app);

public sealed class PostgresSupervisionCopiesTests(PostgresAppFixture app) : SupervisionCopiesTests<PostgresAppFixture>(app);
