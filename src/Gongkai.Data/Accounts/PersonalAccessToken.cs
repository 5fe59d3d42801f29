namespace Gongkai.Data.Accounts;

/// <summary>
/// 个人访问令牌: a secret an account holder creates to call <c>/api/v1</c> from a script. Only the SHA-256 of the secret is
/// stored; the secret is shown once at creation. The token acts with the account's own roles and agency scope.
/// </summary>
public sealed class PersonalAccessToken
{
    public const int MaxNameLength = 100;

    private PersonalAccessToken()
    {
    }

    public PersonalAccessToken(Guid id, Guid accountId, Guid agencyId, string name, string tokenHash, DateTimeOffset createdAt,
        DateTimeOffset expiresAt)
    {
        Id = id;
        AccountId = accountId;
        AgencyId = agencyId;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>The account's agency when the token was made; a token never reaches beyond it.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>What the holder calls it (e.g. 统计脚本).</summary>
    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret (never the secret itself).</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;
}
