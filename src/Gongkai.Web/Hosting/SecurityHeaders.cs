namespace Gongkai.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style anywhere, no framing. The headers are added when the response starts, so error pages
    /// (whose handler clears earlier headers) carry them too.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>The pages use no camera, microphone, location, payment or USB: a script injected anyway gets none of them.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    /// <summary>
    /// One year of HTTPS-only, sent only over HTTPS (as the standard requires). No includeSubDomains: the platform usually
    /// runs on one host of a government domain whose other hosts it does not control.
    /// </summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Behind a TLS-terminating proxy the scheme is HTTPS once X-Forwarded-Proto from a trusted proxy is applied.
            if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
