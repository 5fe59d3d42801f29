using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>One Razor page handler as the app routes it: the page, its URL (parameters filled in), the HTTP method and handler name.</summary>
public sealed record PageHandler(string Page, string Url, string HttpMethod, string? Name, bool IgnoresAntiforgery)
{
    /// <summary>The URL that reaches this handler (named handlers by <c>?handler=</c>).</summary>
    public string HandlerUrl => Name is null ? Url : $"{Url}{(Url.Contains('?') ? '&' : '?')}handler={Name}";

    /// <summary>
    /// Every handler of every Razor page the app serves, read from its endpoint data source, so pages added later are
    /// included without anyone listing them. Route parameters are filled with <paramref name="id"/> (guid), 1 (int) or
    /// "x"; optional ones are left out.
    /// </summary>
    public static async Task<IReadOnlyList<PageHandler>> AllAsync(IServiceProvider services, Guid id)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var url = Fill(endpoint.RoutePattern, id);
            var ignores = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ViewFeatures.IAntiforgeryPolicy>() is IgnoreAntiforgeryTokenAttribute;
            handlers.AddRange(compiled.HandlerMethods.Select(h => new PageHandler(page.ViewEnginePath, url, h.HttpMethod, h.Name, ignores)));
        }
        return handlers;
    }

    private static string Fill(RoutePattern pattern, Guid id)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { IsOptional: true } => "",
                RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => id.ToString(),
                RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "1",
                RoutePatternParameterPart => "x",
                _ => "",
            }));
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }
}
