using Gongkai.Core.Agencies;
using Gongkai.Core.Appeals;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Appeals;
using Gongkai.Data.Persistence;
using Gongkai.Services.Agencies;
using Gongkai.Services.Reporting;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Builders for the annual-report tests: agencies in a region, appeal cases decided by Core's rules.</summary>
public static class AnnualReportTestData
{
    public static async Task<(Guid Region, Guid Department, Guid Government)> AddRegionAsync(GongkaiAppFixture app)
    {
        await using var scope = app.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var region = await directory.AddAsync(new NewAgency(null, new AgencyInput($"测试区{tag}", null, "region", null, null, DisclosureOfficeContact.None)));
        var department = await directory.AddAsync(new NewAgency(region.Value.Name, Input($"科学技术局{tag}", "department")));
        var government = await directory.AddAsync(new NewAgency(region.Value.Name, Input($"区人民政府{tag}", "government")));
        return (region.Value.Id, department.Value.Id, government.Value.Id);
    }

    private static AgencyInput Input(string name, string level) => new(name, NewCreditCode(), level, null, null, DisclosureOfficeContact.None);

    /// <summary>A valid, unique 统一社会信用代码 (an organ, 11, in 红寺堡区 640303).</summary>
    private static string NewCreditCode()
    {
        var organization = Random.Shared.NextInt64(0, 100_000_000).ToString("D8");
        var body = "11640303" + organization + UnifiedSocialCreditCode.OrganizationCheckCharacter(organization);
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    /// <summary>A case made by Core's <see cref="AppealCase"/> rules (filed, and concluded when a decision is given).</summary>
    public static AppealCaseRecord Case(Guid agencyId, AppealKind kind, DateOnly filed, DateOnly? concluded = null,
        AppealDecision decision = AppealDecision.Upheld)
    {
        var actor = Actor.Staff("clerk", StaffRole.Clerk);
        var at = new DateTimeOffset(2024, 1, 30, 0, 0, 0, TimeSpan.Zero);
        var filedCase = AppealCase.File(AppealCaseId.New(), kind, RequestId.New(), filed.AddDays(-30), "（测试）", new Acting(actor, at, filed)).Value.Case;
        var record = new AppealCaseRecord(agencyId, "2023-0001", filed.AddDays(-30), filedCase);
        if (concluded is { } on)
        {
            var step = filedCase.Conclude(decision, false, null, null, AppealOutcomeMapping.Default, new Acting(actor, at, on)).Value;
            record.Record((AppealConcluded)step.Event);
        }
        return record;
    }

    public static async Task StoreAsync(GongkaiAppFixture app, params AppealCaseRecord[] cases)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        db.AppealCases.AddRange(cases);
        await db.SaveChangesAsync();
    }
}

/// <summary>
/// Tables 二 and 三 of an agency that received no requests and kept empty registers — the truth for such an agency, standing in
/// for the catalogue and requests sources that other features register.
/// </summary>
public sealed class EmptyRegistersAndRequestsSource(IReadOnlyDictionary<string, decimal>? overrides = null) : IReportTableSource
{
    public string NameZh => "（测试）空的登记簿与申请";

    public IReadOnlySet<string> CellIds(ReportLayout layout) =>
        layout.Cells.Where(c => c.Table != ReportTable.Appeals).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public Task<TableContribution> ContributeAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var cells = CellIds(ReportLayout.F2021).ToDictionary(id => id, id => CellValue.Of(overrides?.GetValueOrDefault(id) ?? 0), StringComparer.Ordinal);
        return Task.FromResult(new TableContribution(cells, [new ProseStatement(SectionId.Overview, "（二）依申请公开情况", $"{year}年，本机关未收到政府信息公开申请。")]));
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) => null;
}
