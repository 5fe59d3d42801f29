using Gongkai.Core.Agencies;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Services.Agencies;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// Account changes are audited like any other, but secrets never reach the append-only log and personal data is masked
/// (等保: the audit trail must not become a copy of credentials or personal information).
/// </summary>
public abstract class AccountAuditTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task SavingAnAccount_RecordsNoSecrets_AndMasksPersonalData()
    {
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var region = await services.GetRequiredService<AgencyDirectory>().AddAsync(
            new NewAgency(null, new AgencyInput($"审计区{Guid.NewGuid():N}"[..10], null, "region", null, null, DisclosureOfficeContact.None)));
        var db = services.GetRequiredService<GongkaiDbContext>();
        var account = new StaffAccount
        {
            Id = Guid.NewGuid(), AgencyId = region.Value.Id, UserName = "wangxiaoming", NormalizedUserName = "WANGXIAOMING",
            Email = "wangxiaoming@example.gov.cn", NormalizedEmail = "WANGXIAOMING@EXAMPLE.GOV.CN", PhoneNumber = "13912345678",
            DisplayName = "王晓明", PasswordHash = "AQAAAAIAAYagSECRETHASH", SecurityStamp = "STAMPSTAMPSTAMP",
            ConcurrencyStamp = "CONCURRENCYSTAMP", CreatedAt = app.Clock.GetUtcNow(),
        };
        db.Users.Add(account);
        db.UserTokens.Add(new IdentityUserToken<Guid>
        {
            UserId = account.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXPAUTHKEY",
        });
        await db.SaveChangesAsync();

        var log = services.GetRequiredService<AuditLog>();
        var accountEntry = Assert.Single(await log.SearchAsync(new AuditQuery(RecordType: nameof(StaffAccount), RecordId: account.Id.ToString())));
        var tokenEntries = await log.SearchAsync(new AuditQuery(RecordType: typeof(IdentityUserToken<Guid>).Name));
        var all = accountEntry.Changes + string.Join("", tokenEntries.Select(e => e.Changes));

        foreach (var secret in new[] { "SECRETHASH", "STAMPSTAMP", "CONCURRENCYSTAMP", "JBSWY3DPEHPK3PXPAUTHKEY", "13912345678",
                     "wangxiaoming@example", "王晓明", "WANGXIAOMING" })
            Assert.DoesNotContain(secret, all);
        Assert.DoesNotContain("\"PasswordHash\"", accountEntry.Changes);
        Assert.Contains("\"PhoneNumber\":[null,\"1391***5678\"]", accountEntry.Changes);
        Assert.Contains($"\"AgencyId\":[null,\"{region.Value.Id}\"]", accountEntry.Changes);
        Assert.Contains($"\"Id\":[null,\"{account.Id}\"]", accountEntry.Changes);
        Assert.True((await log.VerifyAsync()).Intact);
    }
}

public sealed class SqliteAccountAuditTests(SqliteAppFixture app) : AccountAuditTests<SqliteAppFixture>(app);

public sealed class PostgresAccountAuditTests(PostgresAppFixture app) : AccountAuditTests<PostgresAppFixture>(app);
