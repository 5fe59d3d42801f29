using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Gongkai.Web.Tests.Access;

/// <summary>One routable endpoint of the app, as the matrix test sees it.</summary>
public sealed record InventoriedEndpoint(string Pattern, IReadOnlyList<string> Methods, string? Policy, bool Anonymous, RoutePattern Route, string DisplayName)
{
    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>A Razor page (no HTTP method metadata: the page's handlers decide).</summary>
    public bool IsPage => Methods.Count == 0;
}

/// <summary>
/// Every endpoint of an app, read from its <see cref="EndpointDataSource"/> (Razor pages and minimal APIs alike), and the
/// rule each must follow: declare a policy (<c>[Authorize(Policy = …)]</c>, <c>.RequireAuthorization(policy)</c>) or
/// declare itself public (<c>[AllowAnonymous]</c>, <c>.AllowAnonymous()</c>). Relying on the fallback policy is not enough.
/// </summary>
public static class EndpointInventory
{
    public static IReadOnlyList<InventoriedEndpoint> Read(EndpointDataSource source) => source.Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => new InventoriedEndpoint(
            "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
            e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null),
            e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
            e.RoutePattern,
            e.DisplayName ?? e.RoutePattern.RawText ?? ""))
        .ToList();

    /// <summary>Endpoints that declare neither a policy nor anonymous access — each one is a bug.</summary>
    public static IReadOnlyList<InventoriedEndpoint> Undeclared(IEnumerable<InventoriedEndpoint> endpoints) =>
        endpoints.Where(e => !e.Anonymous && e.Policy is null).ToList();
}
