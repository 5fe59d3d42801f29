using Gongkai.Services.ReportChecking;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Marks an endpoint that receives a report. Its request body is capped near <see cref="ReportCheckingOptions.MaxBytes"/>
/// instead of the server's 30 MB default; the use case itself answers the exact limit with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class UploadLimitAttribute : Attribute
{
    /// <summary>Room for what wraps the report in a request: multipart boundaries and headers, form fields, the antiforgery token.</summary>
    public const long EnvelopeBytes = 64 * 1024;
}

internal static class UploadLimitExtensions
{
    /// <summary>
    /// Applies the cap of endpoints marked <see cref="UploadLimitAttribute"/>. A body announced as larger is refused before
    /// anything reads it — otherwise the form reader of the antiforgery check would fail first and report a bad token —
    /// with problem details under /api and the "too large" error page elsewhere.
    /// </summary>
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is null)
        {
            await next(context);
            return;
        }

        var maxBytes = context.RequestServices.GetRequiredService<IOptions<ReportCheckingOptions>>().Value.MaxBytes;
        var cap = maxBytes + UploadLimitAttribute.EnvelopeBytes;
        if (context.Request.ContentLength > cap)
        {
            if (context.Request.Path.StartsWithSegments(ApiRoutes.Prefix))
                await ProblemMapping.ToProblem(new ReportTooLargeError(maxBytes)).ExecuteAsync(context);
            else
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = cap;
        await next(context);
    });
}
