using System.Net;

namespace Gongkai.Web.Accounts;

/// <summary>
/// Confines a signed-in account with an unfinished mandatory step to the page of that step: an account that must use
/// TOTP (admins, supervisors, and — if configured — every role) but has not enrolled an authenticator, or whose password
/// an admin reset. Everything else answers with a redirect to that page (403 on the API), so a stolen password alone
/// never reaches data.
/// </summary>
public static class AccountGate
{
    public const string PendingClaim = "gongkai:pending";
    public const string ChangePassword = "change-password";
    public const string EnrolAuthenticator = "enrol-authenticator";

    public const string ChangePasswordPath = "/account/change-password";
    public const string TwoFactorPath = "/account/two-factor";
    public const string LogoutPath = "/account/logout";

    public static IApplicationBuilder UseAccountGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var pending = context.User.FindAll(PendingClaim).Select(c => c.Value).ToHashSet();
        // The password first: the authenticator is then bound by the person who alone knows the password.
        var step = pending.Contains(ChangePassword) ? ChangePasswordPath : pending.Contains(EnrolAuthenticator) ? TwoFactorPath : null;
        var path = context.Request.Path;
        if (step is null || path.StartsWithSegments(step) || path.StartsWithSegments(LogoutPath) || IsAsset(path))
        {
            await next(context);
            return;
        }
        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = (int)HttpStatusCode.Forbidden;
            return;
        }
        context.Response.Redirect(step);
    });

    private static bool IsAsset(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/error") || path == "/favicon.ico";
}
