using Gongkai.Services.Access;

namespace Gongkai.Services.Accounts;

/// <summary>
/// Settings of staff accounts (section <c>Accounts</c>). The defaults follow what 等保 level 2 (GB/T 22239-2019 8.1.4.1
/// 身份鉴别) asks of an internet-facing government system: complex passwords, lockout after repeated failures, idle
/// session timeout, and two-factor authentication for administrators.
/// </summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Minimum password length; with <see cref="RequiredCharacterClasses"/> of upper, lower, digit, symbol.</summary>
    public int MinPasswordLength { get; set; } = 10;

    public int RequiredCharacterClasses { get; set; } = 3;

    /// <summary>Failed sign-ins (password or second factor) before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// Also require TOTP for the four work roles (经办人 …). Admins and supervisors always need it. Off by default: an
    /// operator turns it on where the work roles handle applicants' personal data from outside the government network.
    /// </summary>
    public bool RequireTwoFactorForAllRoles { get; set; }

    /// <summary>Days a new personal access token is valid unless its holder asks for fewer.</summary>
    public int MaxTokenLifetimeDays { get; set; } = 365;

    public BootstrapOptions Bootstrap { get; set; } = new();

    public bool IsValid =>
        MinPasswordLength is >= 8 and <= 128 && RequiredCharacterClasses is >= 1 and <= 4 && MaxFailedAttempts is >= 1 and <= 100
        && LockoutMinutes is >= 1 and <= 24 * 60 && IdleTimeoutMinutes is >= 1 and <= 24 * 60 && MaxTokenLifetimeDays is >= 1 and <= 3660;

    /// <summary>Whether an account holding <paramref name="roles"/> must sign in with a second factor.</summary>
    public bool RequiresTwoFactor(IEnumerable<AccountRole> roles) => roles.Any(r =>
        r is AccountRole.SystemAdmin or AccountRole.AgencyAdmin or AccountRole.Supervisor
        || (RequireTwoFactorForAllRoles && r.IsAgencyWorkRole()));
}

/// <summary>The system admin created on first start (section <c>Accounts:Bootstrap</c>).</summary>
public sealed class BootstrapOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>When empty a strong password is generated and printed once on standard output.</summary>
    public string? Password { get; set; }

    /// <summary>The top region created when the database has none.</summary>
    public string RegionName { get; set; } = "本行政区";
}
