using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Accounts;

/// <summary>
/// Names a request header an authentication handler reads its credentials from (a cookie handler needs no declaration: its
/// cookie's name is read from its options). <see cref="SignInCredentials"/> treats a scheme whose handler declares nothing as
/// one that may sign in any request.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class CredentialHeaderAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// 登录凭据: whether a request carries anything any registered authentication scheme could sign it in with — a cookie of a
/// cookie scheme (the session, the two-factor and external sign-in cookies), an <c>Authorization</c> header, or a header a
/// scheme declares with <see cref="CredentialHeaderAttribute"/>. A request carrying none of them is anonymous whatever
/// authentication would do with it, so it can be answered before authentication runs (<see cref="Catalogue.PortalPageCache"/>).
/// </summary>
/// <remarks>
/// Derived from the schemes registered at the time of the request (rebuilt when the scheme list changes), so a scheme added
/// later — a new sign-in method, a test's scheme — is covered without editing this class; a scheme whose credentials cannot be
/// told (a handler that is neither a cookie handler, a policy scheme nor declares its headers) makes every request "may be
/// signed in": slower, never wrong.
/// </remarks>
public sealed class SignInCredentials(IAuthenticationSchemeProvider schemes, IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private Sources? _sources;

    private sealed record Sources(IEnumerable<AuthenticationScheme> Schemes, string[] Cookies, string[] Headers, bool AnyRequest);

    public async ValueTask<bool> MayBeSignedInAsync(HttpRequest request)
    {
        var registered = await schemes.GetAllSchemesAsync();
        var sources = _sources;
        if (sources is null || !ReferenceEquals(sources.Schemes, registered)) _sources = sources = Read(registered);
        if (sources.AnyRequest) return true;

        var headers = request.Headers;
        // Whatever scheme might read it: a request that sends credentials is never taken for an anonymous one.
        if (!StringValues.IsNullOrEmpty(headers.Authorization)) return true;
        foreach (var header in sources.Headers)
            if (headers.ContainsKey(header)) return true;
        if (StringValues.IsNullOrEmpty(headers.Cookie)) return false;
        // A cookie split into chunks (ChunkingCookieManager) keeps its own name on the first chunk.
        var sent = request.Cookies;
        foreach (var cookie in sources.Cookies)
            if (sent.ContainsKey(cookie)) return true;
        return false;
    }

    private Sources Read(IEnumerable<AuthenticationScheme> registered)
    {
        var cookieNames = new List<string>();
        var headerNames = new List<string>();
        var anyRequest = false;
        foreach (var scheme in registered)
        {
            if (typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType))
                cookieNames.Add(cookies.Get(scheme.Name).Cookie.Name ?? CookieAuthenticationDefaults.CookiePrefix + scheme.Name);
            // A policy scheme only forwards to other registered schemes, which are looked at themselves.
            else if (typeof(PolicySchemeHandler).IsAssignableFrom(scheme.HandlerType)) continue;
            else
            {
                var declared = scheme.HandlerType.GetCustomAttributes(typeof(CredentialHeaderAttribute), inherit: true)
                    .Cast<CredentialHeaderAttribute>().Select(a => a.Name).ToList();
                if (declared.Count == 0) anyRequest = true;
                headerNames.AddRange(declared);
            }
        }
        return new Sources(registered, cookieNames.Distinct(StringComparer.Ordinal).ToArray(),
            headerNames.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), anyRequest);
    }
}
