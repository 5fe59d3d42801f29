using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Access;

/// <summary>One rate-limiting policy's budget: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> per client.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }
}

/// <summary>
/// The <c>RateLimits</c> configuration section. Defaults suit a district portal on one node; each node counts on its own,
/// so behind a load balancer with N nodes a client gets up to N times the budget. <see cref="Disabled"/> lifts every limit
/// (benchmarks, load tests) — never set it on a public installation.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Disabled { get; set; }

    /// <summary>Public pages and APIs (report checks, portal forms, search): generous, against scripted floods.</summary>
    public RateLimitWindow Public { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>
    /// Sign-in attempts: a person mistypes a few times; a password-guessing script is stopped. Every request to a sign-in page counts, the form's GET as well as its POST, so 30 requests are about 15 attempts;
    /// the per-account lockout (5 failures) applies on top.
    /// </summary>
    public RateLimitWindow Login { get; set; } = new() { PermitLimit = 30, WindowSeconds = 300 };

    /// <summary>An applicant's status lookup by number and code: strict, against guessing codes.</summary>
    public RateLimitWindow StatusLookup { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };
}

/// <summary>Registers ASP.NET Core's rate limiter with the policies of <see cref="RateLimits"/>, partitioned by client address.</summary>
public static class RateLimiting
{
    public static IServiceCollection AddGongkaiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.Public, context => Partition(context, l => l.Public));
            o.AddPolicy(RateLimits.Login, context => Partition(context, l => l.Login));
            o.AddPolicy(RateLimits.StatusLookup, context => Partition(context, l => l.StatusLookup));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// The partition key: the client address as resolved by the forwarded-headers middleware. An IPv6 client is counted
    /// by its /64 network, which a single subscriber usually holds whole — otherwise it could rotate addresses freely.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, RateLimitWindow> policy)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (options.Disabled) return RateLimitPartition.GetNoLimiter("disabled");
        var window = policy(options);
        return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, window.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, window.WindowSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>429 with Retry-After: problem details under /api, a Chinese page (the error page, re-executed) elsewhere.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments(ApiRoutes.Prefix)) return;

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = "urn:gongkai:problem:too-many-requests",
            Title = "请求过于频繁，请稍后再试。",
            Detail = "Too many requests from this address; retry after the time given in the Retry-After header.",
            Extensions = { ["code"] = "too-many-requests" },
        };
        await TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
