using System.Security.Claims;
using System.Text.Encodings.Web;
using Gongkai.Services.Access;
using Gongkai.Web.Access;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// A test-only way to act as a staff account without going through the sign-in pages: a request carrying
/// <see cref="Header"/> is authenticated with exactly the claims a real sign-in issues (<see cref="GongkaiClaims"/>).
/// Requests without the header go to the app's own schemes, so tests of sign-in itself are unaffected.
/// </summary>
public static class TestStaffAuthentication
{
    public const string Header = "X-Test-Staff";
    private const string SchemeName = "TestStaff";
    private const string Selector = "TestStaffOrApp";

    public static void AddTo(IServiceCollection services)
    {
        // Requests without the header fall through to what the app configured as its default scheme.
        string? appDefault = null;
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, Handler>(SchemeName, _ => { })
            .AddPolicyScheme(Selector, Selector, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : appDefault);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            appDefault ??= o.DefaultScheme ?? o.DefaultAuthenticateScheme;
            o.DefaultScheme = Selector;
            o.DefaultAuthenticateScheme = Selector;
            o.DefaultChallengeScheme = Selector;
            o.DefaultForbidScheme = Selector;
        });
    }

    /// <summary>The header value that signs a request in as an account of <paramref name="agencyId"/> with these roles.</summary>
    public static string Value(Guid accountId, Guid agencyId, params AccountRole[] roles) =>
        $"{accountId}|{agencyId}|{string.Join(',', roles)}";

    // Declared like every scheme's credentials, so the app knows a request with this header may be signed in.
    [CredentialHeader(Header)]
    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var parts = Request.Headers[Header].ToString().Split('|');
            if (parts.Length != 3) return Task.FromResult(AuthenticateResult.Fail("bad test staff header"));
            var claims = new List<Claim>
            {
                new(ClaimTypes.NameIdentifier, parts[0]),
                new(ClaimTypes.Name, "test-" + parts[0][..8]),
                new(GongkaiClaims.Agency, parts[1]),
            };
            claims.AddRange(parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(GongkaiClaims.Role, r)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
    }
}
