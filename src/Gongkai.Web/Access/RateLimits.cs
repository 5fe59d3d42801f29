namespace Gongkai.Web.Access;

/// <summary>
/// Names of the rate-limiting policies (ASP.NET Core's rate limiter). Public endpoints declare one with
/// <c>[EnableRateLimiting(RateLimits.X)]</c> / <c>.RequireRateLimiting(RateLimits.X)</c>; the limits themselves are
/// configuration (section <c>RateLimits</c>) so an operator can tune them and a benchmark run can lift them.
/// </summary>
public static class RateLimits
{
    /// <summary>Public reads and submissions (portal forms, report checks, search), per client address.</summary>
    public const string Public = "public";

    /// <summary>Sign-in attempts, per client address (account lockout limits per account on top).</summary>
    public const string Login = "login";

    /// <summary>An applicant's status lookup by request number and code: strict, against guessing codes.</summary>
    public const string StatusLookup = "status-lookup";
}
