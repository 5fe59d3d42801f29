using System.Security.Cryptography;
using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Accounts;

/// <summary>A new account as an administrator fills it in; a null password is generated and returned once.</summary>
public sealed record NewStaffAccount(string UserName, string DisplayName, Guid AgencyId, IReadOnlyList<AccountRole> Roles, string? Password);

/// <summary>One account as the administration pages list it (no secrets).</summary>
public sealed record StaffAccountSummary(
    Guid Id, string UserName, string DisplayName, Guid AgencyId, string AgencyName, IReadOnlyList<AccountRole> Roles,
    bool TwoFactorEnabled, bool LockedOut, bool MustChangePassword, DateTimeOffset CreatedAt);

/// <summary>An account just created or whose password was just reset, with the password to hand over (shown once).</summary>
public sealed record IssuedPassword(StaffAccountSummary Account, string Password, bool Generated);

/// <summary>
/// 账户管理: what an agency admin (its own agency) or the system admin (every agency and region) does with accounts. Every
/// method takes the caller's <see cref="StaffScope"/>; an account outside <see cref="StaffScope.AdministeredAgencies"/>
/// is reported as not found.
/// </summary>
public sealed class StaffAccounts(GongkaiDbContext db, UserManager<StaffAccount> users, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffAccountSummary>> ListAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        var agencies = scope.AdministeredAgencies.ToList();
        var accounts = await db.Users.AsNoTracking().Where(a => agencies.Contains(a.AgencyId))
            .OrderBy(a => a.UserName).ToListAsync(cancellationToken);
        return await SummariseAsync(accounts, cancellationToken);
    }

    public async Task<DomainResult<StaffAccountSummary>> GetAsync(StaffScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var account = await FindAsync(scope, id, cancellationToken);
        if (account is null) return new StaffAccountNotFoundError();
        return (await SummariseAsync([account], cancellationToken))[0];
    }

    public async Task<DomainResult<IssuedPassword>> CreateAsync(StaffScope scope, NewStaffAccount request, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AgencyId, cancellationToken);
        if (agency is null || !scope.CanAdminister(agency.Id)) return new StaffAccountAgencyNotFoundError(request.AgencyId.ToString());
        var roles = request.Roles.Distinct().ToList();
        if (CheckRoles(scope, roles, agency.Level == AgencyLevel.Region) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > StaffAccount.MaxDisplayNameLength)
            return new StaffAccountRejectedError("display-name", $"请填写姓名（不超过 {StaffAccount.MaxDisplayNameLength} 个字）。");

        var generated = string.IsNullOrEmpty(request.Password);
        var password = generated ? GeneratePassword() : request.Password!;
        var account = new StaffAccount
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(),
            AgencyId = agency.Id, CreatedAt = clock.GetUtcNow(),
            // A password someone else chose or read must be replaced by the holder before any work (等保: 初始口令).
            MustChangePassword = true,
        };
        // One transaction: the account, its roles and their audit entries are stored together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded) return Rejected(created);
        var granted = await users.AddToRolesAsync(account, roles.Select(r => r.ToString()));
        if (!granted.Succeeded) return Rejected(granted);
        await transaction.CommitAsync(cancellationToken);
        return new IssuedPassword((await SummariseAsync([account], cancellationToken))[0], password, generated);
    }

    /// <summary>Sets a new password (generated when none is given); the holder must change it at the next sign-in.</summary>
    public async Task<DomainResult<IssuedPassword>> ResetPasswordAsync(StaffScope scope, Guid id, string? newPassword,
        CancellationToken cancellationToken = default)
    {
        var account = await FindAsync(scope, id, cancellationToken);
        if (account is null) return new StaffAccountNotFoundError();
        var generated = string.IsNullOrEmpty(newPassword);
        var password = generated ? GeneratePassword() : newPassword!;
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, account, password);
            if (!valid.Succeeded) return Rejected(valid);
        }
        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.MustChangePassword = true;
        // A new security stamp ends every session of the account (cookies are re-validated against it).
        var updated = await users.UpdateSecurityStampAsync(account);
        if (!updated.Succeeded) return Rejected(updated);
        return new IssuedPassword((await SummariseAsync([account], cancellationToken))[0], password, generated);
    }

    /// <summary>Locks the account indefinitely, or lifts a lock (an admin's lock as well as a lockout after failures).</summary>
    public async Task<DomainResult<StaffAccountSummary>> SetLockedAsync(StaffScope scope, Guid id, bool locked, CancellationToken cancellationToken = default)
    {
        var account = await FindAsync(scope, id, cancellationToken);
        if (account is null) return new StaffAccountNotFoundError();
        if (locked && account.Id == scope.AccountId)
            return new StaffAccountForbiddenError("不能锁定自己的账户", "an administrator cannot lock their own account");
        account.LockoutEnabled = true;
        account.LockoutEnd = locked ? DateTimeOffset.MaxValue : null;
        account.AccessFailedCount = 0;
        var result = locked ? await users.UpdateSecurityStampAsync(account) : await users.UpdateAsync(account);
        if (!result.Succeeded) return Rejected(result);
        return (await SummariseAsync([account], cancellationToken))[0];
    }

    /// <summary>Removes the authenticator and recovery codes: the holder enrols again at the next sign-in.</summary>
    public async Task<DomainResult<StaffAccountSummary>> ResetTwoFactorAsync(StaffScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var account = await FindAsync(scope, id, cancellationToken);
        if (account is null) return new StaffAccountNotFoundError();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var steps = new[]
        {
            () => users.SetTwoFactorEnabledAsync(account, false),
            () => users.ResetAuthenticatorKeyAsync(account),
            // Zero new codes: every recovery code issued so far stops working.
            async () => { await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0); return IdentityResult.Success; },
        };
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded) return Rejected(result);
        }
        await transaction.CommitAsync(cancellationToken);
        return (await SummariseAsync([account], cancellationToken))[0];
    }

    /// <summary>A random password that satisfies any configured policy: 20 characters from all four classes.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!#$%*+-=?@_";
        var chars = new[]
        {
            RandomNumberGenerator.GetString(upper, 5), RandomNumberGenerator.GetString(lower, 7),
            RandomNumberGenerator.GetString(digits, 5), RandomNumberGenerator.GetString(symbols, 3),
        }.SelectMany(s => s).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static DomainError? CheckRoles(StaffScope scope, IReadOnlyList<AccountRole> roles, bool inRegion)
    {
        if (roles.Count == 0) return new StaffAccountRolesInvalidError("请至少选择一个角色", "an account needs at least one role");
        if ((roles.Contains(AccountRole.SystemAdmin) || roles.Contains(AccountRole.Supervisor)) && !scope.Has(AccountRole.SystemAdmin))
            return new StaffAccountForbiddenError("只有系统管理员可以设立监督机构或系统管理员账户",
                "only a system admin may create supervisor or system admin accounts");
        var regionRoles = roles.Where(r => r is AccountRole.Supervisor or AccountRole.SystemAdmin).ToList();
        if (inRegion && regionRoles.Count != roles.Count)
            return new StaffAccountRolesInvalidError("区域下只能设立监督机构或系统管理员账户；机关工作人员账户须属于某个机关",
                "a region holds only supervisor and system admin accounts; agency staff belong to an agency");
        if (!inRegion && regionRoles.Count > 0)
            return new StaffAccountRolesInvalidError("监督机构和系统管理员账户须属于区域，不能属于机关",
                "supervisor and system admin accounts belong to a region, not to an agency");
        return null;
    }

    private async Task<StaffAccount?> FindAsync(StaffScope scope, Guid id, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(id.ToString());
        return account is not null && scope.CanAdminister(account.AgencyId) ? account : null;
    }

    private async Task<IReadOnlyList<StaffAccountSummary>> SummariseAsync(IReadOnlyList<StaffAccount> accounts, CancellationToken cancellationToken)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var agencyIds = accounts.Select(a => a.AgencyId).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var roleRows = await (from ur in db.UserRoles.AsNoTracking()
                              join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                              where ids.Contains(ur.UserId)
                              select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return accounts.Select(a => new StaffAccountSummary(
            a.Id, a.UserName ?? "", a.DisplayName, a.AgencyId, names.GetValueOrDefault(a.AgencyId, ""),
            roleRows.Where(r => r.UserId == a.Id).Select(r => Enum.TryParse<AccountRole>(r.Name, out var role) ? role : (AccountRole?)null)
                .OfType<AccountRole>().Order().ToList(),
            a.TwoFactorEnabled, a.LockoutEnd is { } end && end > now, a.MustChangePassword, a.CreatedAt)).ToList();
    }

    private static StaffAccountRejectedError Rejected(IdentityResult result)
    {
        var first = result.Errors.First();
        return new StaffAccountRejectedError(first.Code, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

