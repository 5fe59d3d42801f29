using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Hosting;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto
/// are believed. Empty (the default) trusts nobody — the connection's own address is the client's — because a header
/// any client can send must not decide the address the audit log records and the rate limiter counts.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>["10.0.0.5"]</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>["10.0.0.0/24"]</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may append to X-Forwarded-For (1: one load balancer in front).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddGongkaiForwardedHeaders(this IServiceCollection services)
    {
        services.AddSingleton(provider => Read(provider.GetRequiredService<IConfiguration>()));
        services.AddOptions<ForwardedHeadersOptions>().Configure<ForwardedHeadersSettings>((o, settings) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            // ASP.NET Core trusts loopback by default; here only what the operator lists is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            foreach (var network in settings.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        });
        return services;
    }

    /// <summary>
    /// Runs the middleware only when a proxy is configured: with both lists empty ASP.NET Core would believe every
    /// sender's headers.
    /// </summary>
    public static IApplicationBuilder UseGongkaiForwardedHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>();
        return settings.TrustsAnyProxy ? app.UseForwardedHeaders() : app;
    }

    private static ForwardedHeadersSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        // A typo here would silently trust nobody (or fail late): refuse to start instead, naming the bad entry.
        foreach (var proxy in settings.KnownProxies)
            if (!IPAddress.TryParse(proxy.Trim(), out _))
                throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in settings.KnownNetworks)
            if (!System.Net.IPNetwork.TryParse(network.Trim(), out _))
                throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).");
        return settings;
    }
}
