using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Services.Agencies;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Auditing;

/// <summary>Changes made through the web app are audited in the same unit of work, on SQLite and on PostgreSQL.</summary>
public abstract class AuditTrailTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task ReportCheckOverTheApi_IsAuditedAsAnonymous_AndTheChainStillVerifies()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/reports/check", new { text = TestReports.Consistent, fileName = "审计.txt" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        await using var scope = app.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var entry = Assert.Single(await log.SearchAsync(new AuditQuery(RecordType: "ReportCheck", RecordId: id)));
        Assert.Equal("anonymous", entry.Actor);
        Assert.Equal("insert", entry.Action);
        Assert.Equal(app.Clock.GetUtcNow(), entry.At);
        // The report's text is recorded by digest, not copied into the log.
        Assert.Matches("\"ReportText\":\\[null,\"sha256:[0-9a-f]{64} \\(\\d+ chars\\)\"\\]", entry.Changes);
        Assert.True((await log.VerifyAsync()).Intact);
    }

    [DatabaseFact]
    public async Task ConcurrentChanges_FromSeparateUnitsOfWork_ChainWithoutGapsOrForks()
    {
        await Task.WhenAll(Enumerable.Range(1, 12).Select(async i =>
        {
            await using var scope = app.CreateScope();
            var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
            var added = await directory.AddAsync(new NewAgency(null, new AgencyInput($"并发区{i}", null, "region", null, null, DisclosureOfficeContact.None)));
            Assert.True(added.Succeeded);
        }));

        await using var check = app.CreateScope();
        var verification = await check.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync();
        Assert.True(verification.Intact, verification.FirstBreak?.ReasonEn);
        var db = check.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        // The first-start bootstrap added the installation's top region before the test; count only this test's regions.
        Assert.Equal(12, await db.AuditEntries.CountAsync(e => e.RecordType == "Agency" && e.Changes.Contains("并发区")));
    }

    [DatabaseFact]
    public async Task AuditEntries_CannotBeChangedThroughTheApplication()
    {
        await app.CreateClient().PostAsJsonAsync("/api/v1/reports/check", new { text = TestReports.Consistent, fileName = "改动.txt" });
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var entry = await db.AuditEntries.OrderBy(e => e.Sequence).FirstAsync();

        db.AuditEntries.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteAuditTrailTests(SqliteAppFixture app) : AuditTrailTests<SqliteAppFixture>(app);

public sealed class PostgresAuditTrailTests(PostgresAppFixture app) : AuditTrailTests<PostgresAppFixture>(app);
