namespace Gongkai.Web.Hosting;

internal static class HostingDefaults
{
    /// <summary>Where the app listens when nothing is configured: loopback only, so a fresh checkout exposes nothing.</summary>
    public const string Urls = "http://127.0.0.1:5080";

    /// <summary>China Standard Time has had no daylight saving since 1991: a fixed offset shows stored instants as local time.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
}

/// <summary>Route prefixes shared by the endpoint mapping and the middleware pipeline.</summary>
internal static class ApiRoutes
{
    public const string Prefix = "/api";
    public const string V1 = "/api/v1";
}
