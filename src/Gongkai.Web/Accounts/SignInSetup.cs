using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Accounts;

/// <summary>
/// Staff sign-in with ASP.NET Core Identity: a password, then a TOTP code where required; the session is an HttpOnly,
/// SameSite=Lax cookie (Secure whenever the request is HTTPS) that expires after <see cref="AccountsOptions.IdleTimeoutMinutes"/>
/// without a request. API callers use personal access tokens instead (<see cref="PersonalAccessTokenAuthentication"/>).
/// </summary>
public static class SignInSetup
{
    /// <summary>The default scheme: picks the token handler for <c>Authorization: Bearer</c>, the session cookie otherwise.</summary>
    public const string Scheme = "Gongkai";

    public const string LoginPath = "/account/login";

    public static IServiceCollection AddGongkaiSignIn(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(StaffAccount), typeof(IdentityRole<Guid>), services)
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = context =>
                PersonalAccessTokenAuthentication.Applies(context.Request)
                    ? PersonalAccessTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PersonalAccessTokenAuthentication>(
                PersonalAccessTokenAuthentication.SchemeName, _ => { })
            .AddIdentityCookies();
        services.AddSingleton<SignInCredentials>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountsOptions>>((cookie, accounts) =>
            {
                cookie.Cookie.Name = "gongkai.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.IdleTimeoutMinutes);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = AccountGate.LogoutPath;
                cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
                // A missing role is a plain 403 (the error page explains it); there is no separate access-denied page.
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }
        // A lock, a password reset or a 2FA reset by an admin changes the security stamp; sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    // Pages send the browser to the sign-in form; the API answers 401 and never redirects.
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = apiStatus;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
