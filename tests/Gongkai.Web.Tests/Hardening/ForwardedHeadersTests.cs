using System.Text.Json;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Hardening.HttpContextRequests;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>The app behind one trusted reverse proxy (10.0.0.1), with a public budget of two requests per client.</summary>
public sealed class TrustedProxyFixture : ConfiguredSqliteAppFixture
{
    public const string Proxy = "10.0.0.1";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["RateLimits:Public:PermitLimit"] = "2",
        ["RateLimits:Public:WindowSeconds"] = "3600",
        ["RateLimits:Disabled"] = "false",
    };
}

public sealed class ForwardedHeadersTests(TrustedProxyFixture app) : IClassFixture<TrustedProxyFixture>
{
    [Fact]
    public async Task ThroughTrustedProxy_AuditRecordsTheForwardedClientAddress()
    {
        var id = await CheckReportAsync(TrustedProxyFixture.Proxy, "203.0.113.7");

        Assert.Equal("203.0.113.7", await AuditedAddressAsync(id));
    }

    [Fact]
    public async Task FromAnUntrustedSender_ForwardedHeaderIsIgnored()
    {
        var id = await CheckReportAsync("10.0.0.2", "203.0.113.8");

        Assert.Equal("10.0.0.2", await AuditedAddressAsync(id));
    }

    [Fact]
    public async Task ThroughTrustedProxy_RateLimiterCountsEachForwardedClient()
    {
        var forwardedA = ("X-Forwarded-For", "203.0.113.20");
        var forwardedB = ("X-Forwarded-For", "203.0.113.21");
        for (var i = 0; i < 2; i++) await app.SendFromAsync(TrustedProxyFixture.Proxy, Get("/api/v1/reports/checks", forwardedA));

        Assert.Equal(429, (await app.SendFromAsync(TrustedProxyFixture.Proxy, Get("/api/v1/reports/checks", forwardedA))).Response.StatusCode);
        Assert.Equal(200, (await app.SendFromAsync(TrustedProxyFixture.Proxy, Get("/api/v1/reports/checks", forwardedB))).Response.StatusCode);
    }

    private async Task<string> CheckReportAsync(string sender, string forwardedFor)
    {
        var context = await app.SendFromAsync(sender, PostJson("/api/v1/reports/check",
            new { text = TestReports.Consistent, fileName = "代理.txt" }, ("X-Forwarded-For", forwardedFor)));
        Assert.Equal(201, context.Response.StatusCode);
        using var body = JsonDocument.Parse(await context.BodyAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    private async Task<string?> AuditedAddressAsync(string recordId)
    {
        await using var scope = app.CreateScope();
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .SearchAsync(new AuditQuery(RecordType: "ReportCheck", RecordId: recordId)));
        return entry.RemoteAddress;
    }
}

/// <summary>With no proxy configured (the default), even a loopback sender's X-Forwarded-For is not believed.</summary>
public sealed class UntrustedByDefaultTests(StrictRateLimitFixture app) : IClassFixture<StrictRateLimitFixture>
{
    [Fact]
    public async Task WithoutConfiguredProxies_ForwardedHeaderFromLoopbackIsIgnored()
    {
        var context = await app.SendFromAsync("127.0.0.1", PostJson("/api/v1/reports/check",
            new { text = TestReports.Consistent, fileName = "本机.txt" }, ("X-Forwarded-For", "203.0.113.9")));
        Assert.Equal(201, context.Response.StatusCode);
        using var body = JsonDocument.Parse(await context.BodyAsync());

        await using var scope = app.CreateScope();
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .SearchAsync(new AuditQuery(RecordType: "ReportCheck", RecordId: body.RootElement.GetProperty("id").GetString())));
        Assert.Equal("127.0.0.1", entry.RemoteAddress);
    }
}
