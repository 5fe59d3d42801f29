using System.Security.Cryptography;
using System.Text;
using Gongkai.Core;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Accounts;

/// <summary>One of an account holder's tokens, without its secret.</summary>
public sealed record PersonalAccessTokenInfo(
    Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Active);

/// <summary>A token just created, with the secret the holder copies now (it is never shown again).</summary>
public sealed record IssuedToken(PersonalAccessTokenInfo Token, string Secret);

public sealed record PersonalAccessTokenNotFoundError()
    : DomainError("token-not-found", "找不到该令牌", "no such token"), Errors.INotFoundError;

public sealed record PersonalAccessTokenInputError(string ReasonZh, string ReasonEn)
    : DomainError("token-input", ReasonZh, ReasonEn), Errors.IInvalidInputError;

/// <summary>
/// 个人访问令牌: an account holder's own tokens for <c>/api/v1</c>. The secret is <c>gk_</c> + 32 random bytes (base64url);
/// only its SHA-256 is stored, so a copy of the database does not hand out API access. A token acts as its account
/// (same roles, same agency) and stops working when revoked, expired, or when the account is locked or moved.
/// </summary>
public sealed class PersonalAccessTokens(GongkaiDbContext db, UserManager<StaffAccount> users, TimeProvider clock, IOptions<AccountsOptions> options)
{
    public const string Prefix = "gk_";

    public async Task<IReadOnlyList<PersonalAccessTokenInfo>> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var tokens = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.AccountId == accountId).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).Select(t => Info(t, now)).ToList();
    }

    public async Task<DomainResult<IssuedToken>> CreateAsync(Guid accountId, string name, int validDays, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > PersonalAccessToken.MaxNameLength)
            return new PersonalAccessTokenInputError($"请填写令牌名称（不超过 {PersonalAccessToken.MaxNameLength} 个字）", "a token needs a name");
        var maxDays = options.Value.MaxTokenLifetimeDays;
        if (validDays < 1 || validDays > maxDays)
            return new PersonalAccessTokenInputError($"有效期须为 1 至 {maxDays} 天", $"the lifetime must be 1 to {maxDays} days");
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null) return new PersonalAccessTokenNotFoundError();

        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken(Guid.CreateVersion7(now), accountId, account.AgencyId, name, Hash(secret), now, now.AddDays(validDays));
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(Info(token, now), secret);
    }

    public async Task<DomainResult<PersonalAccessTokenInfo>> RevokeAsync(Guid accountId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.AccountId == accountId, cancellationToken);
        if (token is null) return new PersonalAccessTokenNotFoundError();
        var now = clock.GetUtcNow();
        token.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        return Info(token, now);
    }

    /// <summary>The account a presented secret acts for, or null when the secret is unknown, revoked, expired or no longer valid.</summary>
    public async Task<StaffAccount?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200) return null;
        var hash = Hash(secret);
        var token = await db.PersonalAccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now)) return null;
        var account = await users.FindByIdAsync(token.AccountId.ToString());
        if (account is null || account.AgencyId != token.AgencyId || await users.IsLockedOutAsync(account)) return null;

        // Last use is usage metadata, not a change of business state: it is written directly (not through the audited
        // unit of work, which would add an audit entry per API call) and at most once a minute per token.
        if (token.LastUsedAt is null || now - token.LastUsedAt.Value > TimeSpan.FromMinutes(1))
            await db.PersonalAccessTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        return account;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static PersonalAccessTokenInfo Info(PersonalAccessToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, t.IsActive(now));
}
