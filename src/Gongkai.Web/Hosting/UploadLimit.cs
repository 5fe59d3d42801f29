using Gongkai.Services.ReportChecking;
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
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is not null &&
            context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            var maxBytes = context.RequestServices.GetRequiredService<IOptions<ReportCheckingOptions>>().Value.MaxBytes;
            limit.MaxRequestBodySize = maxBytes + UploadLimitAttribute.EnvelopeBytes;
        }
        await next(context);
    });
}
