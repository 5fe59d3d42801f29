using Gongkai.Documents.Rendering.Html;

namespace Gongkai.Web.ReportChecking;

/// <summary>
/// Serves the report renderer's stylesheet as a file: the content security policy allows no inline style, and the renderer
/// stays the one place that styles a report.
/// </summary>
internal static class ReportStyleSheet
{
    public const string Path = "/css/report.css";

    public static IEndpointRouteBuilder MapReportStyleSheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(HtmlReportRenderer.StyleSheet, "text/css; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
