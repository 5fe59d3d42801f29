using System.Security.Cryptography;
using Gongkai.Core.Appeals;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>
/// Where the live report reads: one batch of statements on the assembler's connection — inside a caller's transaction in that
/// transaction, whose uncommitted records only its own connection sees. Either way the report is the same.
/// </summary>
public abstract class AssemblyConnectionTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private static StaffScope Clerk(Guid agency) => StaffScope.ForAgency(agency, AccountRole.Clerk);

    [DatabaseFact]
    public async Task Assembly_OutsideATransaction_EqualsTheAssemblyInsideTheCallersTransaction()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await AnnualReportTestData.RequestAsync(app, agency, new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 20));
        await AnnualReportTestData.RequestAsync(app, agency, new DateOnly(2023, 12, 20));
        await AnnualReportTestData.StoreAsync(app,
            AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2023, 5, 1), new DateOnly(2023, 7, 1)));
        await using (var prose = app.CreateScope())
        {
            var db = prose.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            db.ReportProse.Add(new ReportProseRecord(agency, 2023, Core.Reporting.SectionId.ProblemsAndImprovements, "（测试）存在的主要问题。", app.Clock.GetUtcNow(), "clerk"));
            await db.SaveChangesAsync();
        }

        await using var scope = app.CreateScope();
        var assembler = scope.ServiceProvider.GetRequiredService<AnnualReportAssembler>();
        var outside = (await assembler.AssembleAsync(Clerk(agency), agency, 2023)).Value;
        var db2 = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        AssembledReport oneConnection;
        await using (await db2.Database.BeginTransactionAsync())
            oneConnection = (await assembler.AssembleAsync(Clerk(agency), agency, 2023)).Value;

        Assert.Equal(2m, outside.Report.Number("t3.r1.c7")); // both requests received in 2023
        Assert.Equal(1m, outside.Report.Number("t4.a5"));
        Assert.Equal(oneConnection.Report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal), outside.Report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(oneConnection.Report.Sections.OrderBy(s => s.Key).Select(s => s.Value.Body), outside.Report.Sections.OrderBy(s => s.Key).Select(s => s.Value.Body));
        Assert.Equal(oneConnection.Findings.Select(f => f.RuleId), outside.Findings.Select(f => f.RuleId));
        Assert.Equal(oneConnection.EditedSections.Order(), outside.EditedSections.Order());
        Assert.Equal(oneConnection.NotComputed, outside.NotComputed);
    }

    [DatabaseFact]
    public async Task Assembly_InsideACallersTransaction_CountsTheCaseItHasNotCommitted()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var assembler = scope.ServiceProvider.GetRequiredService<AnnualReportAssembler>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var filed = AnnualReportTestData.Case(agency, AppealKind.LitigationDirect, new DateOnly(2023, 4, 1));
            var hash = Convert.ToHexStringLower(SHA256.HashData(filed.RequestId.ToByteArray()));
            db.Add(new DisclosureRequestRecord(filed.RequestId, agency, 1999, Random.Shared.Next(1, int.MaxValue), hash, app.Clock.GetUtcNow()));
            db.AppealCases.Add(filed);
            await db.SaveChangesAsync();

            var inTransaction = (await assembler.AssembleAsync(Clerk(agency), agency, 2023)).Value;
            Assert.Equal(1m, inTransaction.Report.Number("t4.b5"));
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();

        var afterRollback = (await assembler.AssembleAsync(Clerk(agency), agency, 2023)).Value;
        Assert.Equal(0m, afterRollback.Report.Number("t4.b5"));
    }
}

public sealed class SqliteAssemblyConnectionTests(SqliteAppFixture app) : AssemblyConnectionTests<SqliteAppFixture>(app);

public sealed class PostgresAssemblyConnectionTests(PostgresAppFixture app) : AssemblyConnectionTests<PostgresAppFixture>(app);
