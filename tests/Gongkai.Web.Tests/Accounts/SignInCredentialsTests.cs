using System.Text.Encodings.Web;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// Which requests may be signed in, told from the registered schemes alone: the page cache answers the others before
/// authentication, so a request that a scheme could sign in must never be taken for an anonymous one.
/// </summary>
public sealed class SignInCredentialsTests
{
    private const string TokenHeader = "X-Declared-Token";

    [Fact]
    public async Task RequestWithoutCookiesOrHeaders_IsAnonymous()
    {
        Assert.False(await Credentials(Declared).MayBeSignedInAsync(Request()));
    }

    [Fact]
    public async Task RequestWithOnlyCookiesNoSchemeReads_IsAnonymous()
    {
        Assert.False(await Credentials(Declared).MayBeSignedInAsync(Request(cookie: ".AspNetCore.Antiforgery.x=abc; theme=dark")));
    }

    [Fact]
    public async Task RequestWithACookieSchemesCookie_MayBeSignedIn_UnderTheConfiguredName()
    {
        var credentials = Credentials(Declared);
        Assert.True(await credentials.MayBeSignedInAsync(Request(cookie: "theme=dark; portal.session=chunks-2")));
        // The default name of a cookie scheme without a configured one.
        Assert.True(await credentials.MayBeSignedInAsync(Request(cookie: ".AspNetCore.Second=x")));
    }

    [Fact]
    public async Task RequestWithAnAuthorizationHeader_MayBeSignedIn_EvenWhenNoSchemeDeclaresIt()
    {
        Assert.True(await Credentials(Declared).MayBeSignedInAsync(Request(header: ("Authorization", "Bearer abc"))));
    }

    [Fact]
    public async Task RequestWithAHeaderASchemeDeclares_MayBeSignedIn()
    {
        Assert.True(await Credentials(Declared).MayBeSignedInAsync(Request(header: (TokenHeader.ToLowerInvariant(), "1"))));
    }

    [Fact]
    public async Task SchemeThatDeclaresNothing_MakesEveryRequestMaybeSignedIn()
    {
        Assert.True(await Credentials(Undeclared).MayBeSignedInAsync(Request()));
    }

    [Fact]
    public async Task SchemeAddedAfterTheFirstRequest_IsTakenIntoAccount()
    {
        using var services = Services(Declared);
        var credentials = services.GetRequiredService<SignInCredentials>();
        Assert.False(await credentials.MayBeSignedInAsync(Request()));

        services.GetRequiredService<IAuthenticationSchemeProvider>().AddScheme(new AuthenticationScheme("late", null, typeof(UndeclaredHandler)));
        Assert.True(await credentials.MayBeSignedInAsync(Request()));
    }

    private static void Declared(AuthenticationBuilder auth) => auth
        .AddCookie("First", o => o.Cookie.Name = "portal.session")
        .AddCookie("Second")
        .AddScheme<AuthenticationSchemeOptions, DeclaredHandler>("Token", _ => { })
        .AddPolicyScheme("Either", "Either", o => o.ForwardDefault = "First");

    private static void Undeclared(AuthenticationBuilder auth)
    {
        Declared(auth);
        auth.AddScheme<AuthenticationSchemeOptions, UndeclaredHandler>("Mystery", _ => { });
    }

    private static ServiceProvider Services(Action<AuthenticationBuilder> schemes)
    {
        var services = new ServiceCollection().AddLogging();
        schemes(services.AddAuthentication());
        services.AddSingleton<SignInCredentials>();
        return services.BuildServiceProvider();
    }

    private static SignInCredentials Credentials(Action<AuthenticationBuilder> schemes) =>
        Services(schemes).GetRequiredService<SignInCredentials>();

    private static HttpRequest Request(string? cookie = null, (string Name, string Value)? header = null)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null) context.Request.Headers.Cookie = cookie;
        if (header is { } h) context.Request.Headers[h.Name] = h.Value;
        return context.Request;
    }

    [CredentialHeader(TokenHeader)]
    private sealed class DeclaredHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }

    private sealed class UndeclaredHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
