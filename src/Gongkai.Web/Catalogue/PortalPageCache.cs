using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Accounts;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Catalogue;

/// <summary>
/// Marks a public portal page whose anonymous rendering may be kept by <see cref="PortalPageCache"/>: a page that reads only
/// through <see cref="PublicCatalogue"/>'s cached methods (so its bytes depend on nothing but the change stamp and the time).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PortalPageCacheAttribute : Attribute;

/// <summary>
/// 门户页面缓存: the rendered HTML of the public catalogue and item pages as an anonymous visitor receives it, kept in this node's
/// memory and served without running the page again while the database's change stamp is the one the page was rendered
/// under and its time limit (the agency's next scheduled publication) has not passed. The stamp is read on every request (one
/// primary-key lookup, <see cref="ChangeStampReader"/>), so a change committed through any web node is visible on every node
/// with the next request — nothing here is a node-local truth other nodes must agree on.
/// </summary>
/// <remarks>
/// Only GETs without credentials (<see cref="SignInCredentials"/>) of pages marked <see cref="PortalPageCacheAttribute"/> are
/// kept, only 200 answers without cookies, and only when everything the page read came from <see cref="PublicCatalogue"/>'s
/// cache (<see cref="PublicCatalogue.ReadState"/>). Signed-in staff see the header for staff and always get a fresh rendering.
/// A kept page carries a strong ETag (a hash of its bytes), so a browser revalidating it gets 304. Bounded by
/// <see cref="CapacityBytes"/>: past it the cache starts over.
/// </remarks>
public sealed class PortalPageCache
{
    public const long CapacityBytes = 64L * 1024 * 1024;

    /// <summary>A rendering larger than this is served but not kept.</summary>
    public const int MaxPageBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private long _bytes;

    internal sealed record Page(byte[] Body, string ContentType, string ETag, long Stamp, DateTimeOffset? Until);

    internal bool TryGet(string key, long stamp, DateTimeOffset now, out Page page)
    {
        if (_pages.TryGetValue(key, out page!) && page.Stamp == stamp && (page.Until is null || now < page.Until)) return true;
        page = null!;
        return false;
    }

    internal void Set(string key, Page page)
    {
        if (Interlocked.Add(ref _bytes, page.Body.Length) > CapacityBytes)
        {
            _pages.Clear();
            Interlocked.Exchange(ref _bytes, page.Body.Length);
        }
        _pages[key] = page;
    }

    internal static string ETagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToBase64String(SHA256.HashData(body)[..18]).Replace('+', '-').Replace('/', '_') + "\"";
}

public static class PortalPageCacheMiddleware
{
    /// <summary>
    /// After routing (the endpoint's marker is known) and the rate limiter, before authentication: a request that carries no
    /// credentials at all (<see cref="SignInCredentials"/>: no sign-in cookie, no <c>Authorization</c>, no header a scheme
    /// declares) is anonymous whatever authentication would conclude, so its hit is answered without running authentication.
    /// A request that carries credentials goes on through authentication to the page and is rendered afresh, even when the
    /// credentials turn out not to sign anyone in (an expired session): the bytes are the same, only not from the cache.
    /// </summary>
    public static IApplicationBuilder UsePortalPageCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PortalPageCache>();
        var stamps = app.ApplicationServices.GetRequiredService<ChangeStampReader>();
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        var credentials = app.ApplicationServices.GetRequiredService<SignInCredentials>();
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PortalPageCacheAttribute>() is null
                || await credentials.MayBeSignedInAsync(context.Request))
            {
                await next(context);
                return;
            }
            var key = context.Request.PathBase.Value + context.Request.Path.Value + context.Request.QueryString.Value;
            var stamp = await stamps.ReadAsync(context.RequestAborted);
            if (cache.TryGet(key, stamp, clock.GetUtcNow(), out var page))
            {
                await ServeAsync(context, page);
                return;
            }
            context.RequestServices.GetRequiredService<PublicCatalogue>().ReadUnder(stamp);
            await RenderAndKeepAsync(context, next, cache, key);
        });
    }

    private static Task ServeAsync(HttpContext context, PortalPageCache.Page page)
    {
        var response = context.Response;
        response.Headers.ETag = page.ETag;
        if (Matches(context.Request.Headers.IfNoneMatch, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        return response.Body.WriteAsync(page.Body, context.RequestAborted).AsTask();
    }

    private static async Task RenderAndKeepAsync(HttpContext context, RequestDelegate next, PortalPageCache cache, string key)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        var read = context.RequestServices.GetRequiredService<PublicCatalogue>().ReadState;
        // Authentication ran after the credential check: should a scheme have signed the request in all the same (one that
        // reads something it did not declare), its rendering is not the anonymous page and is not kept.
        if (response.StatusCode == StatusCodes.Status200OK && context.User.Identity?.IsAuthenticated != true && !response.HasStarted
            && read is { } state && buffer.Length <= PortalPageCache.MaxPageBytes && !response.Headers.ContainsKey(HeaderNames.SetCookie) && response.ContentType is { } contentType)
        {
            var body = buffer.ToArray();
            var page = new PortalPageCache.Page(body, contentType, PortalPageCache.ETagOf(body), state.Stamp, state.Until);
            cache.Set(key, page);
            response.Headers.ETag = page.ETag;
            response.ContentLength = body.Length;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch)) return false;
        foreach (var value in ifNoneMatch)
            foreach (var candidate in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (candidate == "*" || candidate == etag || candidate == "W/" + etag) return true;
        return false;
    }
}
