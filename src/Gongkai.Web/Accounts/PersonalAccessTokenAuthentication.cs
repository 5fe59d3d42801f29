using System.Text.Encodings.Web;
using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer gk_…</c> on <c>/api/v1</c>: the personal access token's account, with exactly the claims a
/// cookie sign-in of that account carries (so the same policies and the same agency scope apply). An unknown, revoked or
/// expired token is a 401; a token is never accepted on the back-office pages.
/// </summary>
[CredentialHeader("Authorization")]
public sealed class PersonalAccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PersonalAccessTokens tokens, IUserClaimsPrincipalFactory<StaffAccount> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";
    private const string Bearer = "Bearer ";

    public static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments(Hosting.ApiRoutes.V1)
        && request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Applies(Request)) return AuthenticateResult.NoResult();
        var secret = Request.Headers.Authorization.ToString()[Bearer.Length..].Trim();
        var account = await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        if (account is null) return AuthenticateResult.Fail("The personal access token is unknown, revoked or expired.");
        var principal = await principals.CreateAsync(account);
        var identity = new System.Security.Claims.ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType,
            principal.Identities.First().RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
