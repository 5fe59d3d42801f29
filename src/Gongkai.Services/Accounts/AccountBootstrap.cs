using Gongkai.Core.Agencies;
using Gongkai.Data.Accounts;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Accounts;

/// <summary>What the first-start check did.</summary>
public enum BootstrapOutcome
{
    /// <summary>Accounts already existed (or another node created the admin at the same moment).</summary>
    AlreadySetUp,

    /// <summary>The system admin was created with the configured password.</summary>
    CreatedWithConfiguredPassword,

    /// <summary>The system admin was created with a generated password, printed once.</summary>
    CreatedWithGeneratedPassword,
}

/// <summary>
/// 首次启动: on a database without any account, creates the roles, a top region when there is none, and the system admin
/// from <c>Accounts:Bootstrap</c> — or with a generated password written once to standard output (never to the log,
/// which is kept and shipped elsewhere). Idempotent and safe when several nodes start together: the check and the
/// creation run in one transaction holding the audit-chain lock, and a unique-key violation from a racing node is taken
/// as "already set up".
/// </summary>
public sealed class AccountBootstrap(
    GongkaiDbContext db, UserManager<StaffAccount> users, RoleManager<IdentityRole<Guid>> roles, IOptions<AccountsOptions> options,
    TimeProvider clock)
{
    public async Task<BootstrapOutcome> EnsureAsync(TextWriter console, CancellationToken cancellationToken = default)
    {
        try
        {
            return await CreateAsync(console, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node won the race between our check and our insert; its admin stands.
            return BootstrapOutcome.AlreadySetUp;
        }
    }

    private async Task<BootstrapOutcome> CreateAsync(TextWriter console, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SerializeWritersAsync(cancellationToken);

        await CreateMissingRolesAsync();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return BootstrapOutcome.AlreadySetUp;
        }

        var settings = options.Value.Bootstrap;
        var region = await db.Agencies.Where(a => a.ParentId == null && a.Level == AgencyLevel.Region)
            .OrderBy(a => a.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            var profile = AgencyProfile.Validate(new AgencyInput(settings.RegionName, null, "region", null, null, DisclosureOfficeContact.None));
            if (!profile.Succeeded) throw new InvalidOperationException($"Accounts:Bootstrap:RegionName: {profile.Errors[0].MessageEn}");
            region = new Agency(Guid.CreateVersion7(clock.GetUtcNow()), null, profile.Value, clock.GetUtcNow());
            db.Agencies.Add(region);
            await db.SaveChangesAsync(cancellationToken);
        }

        var generated = string.IsNullOrEmpty(settings.Password);
        var password = generated ? StaffAccounts.GeneratePassword() : settings.Password!;
        var admin = new StaffAccount
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = settings.UserName, DisplayName = "系统管理员", AgencyId = region.Id,
            CreatedAt = clock.GetUtcNow(), MustChangePassword = generated,
        };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, AccountRole.SystemAdmin.ToString()));
        await transaction.CommitAsync(cancellationToken);

        if (!generated) return BootstrapOutcome.CreatedWithConfiguredPassword;
        await console.WriteLineAsync($"""

            ==== 公开 Gongkai：已创建系统管理员 ====
            用户名：{admin.UserName}
            初始密码：{password}
            此密码只显示这一次。首次登录后须修改密码，并绑定身份验证器（TOTP）。
            ========================================

            """);
        await console.FlushAsync(cancellationToken);
        return BootstrapOutcome.CreatedWithGeneratedPassword;
    }

    /// <summary>
    /// Creates the Identity roles named by <see cref="AccountRole"/> that are missing (the CLI calls this before adding an
    /// account to a database the web app has not started on yet).
    /// </summary>
    public async Task EnsureRolesAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SerializeWritersAsync(cancellationToken);
        await CreateMissingRolesAsync();
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateMissingRolesAsync()
    {
        foreach (var role in Enum.GetValues<AccountRole>())
        {
            if (await roles.RoleExistsAsync(role.ToString())) continue;
            Check(await roles.CreateAsync(new IdentityRole<Guid>(role.ToString()) { Id = Guid.CreateVersion7(clock.GetUtcNow()) }));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Accounts:Bootstrap: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
