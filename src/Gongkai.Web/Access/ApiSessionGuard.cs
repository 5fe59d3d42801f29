using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Access;

/// <summary>
/// State-changing <c>/api/v1</c> calls authenticated by the browser's session cookie must carry an antiforgery token
/// (header <c>RequestVerificationToken</c>); API clients authenticate with personal access tokens, which a forged
/// cross-site request cannot attach. SameSite=Lax alone would leave same-site subdomains and old browsers open.
/// </summary>
public static class ApiSessionGuard
{
    public static IApplicationBuilder UseApiSessionGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsAntiforgery(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token required",
                detail: "A state-changing API call signed in by the session cookie needs the RequestVerificationToken header; " +
                        "API clients should authenticate with a personal access token (Authorization: Bearer gk_…).")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static bool NeedsAntiforgery(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiRoutes.Prefix)
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);
}
