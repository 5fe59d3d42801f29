using System.Net;
using System.Text.Json;
using Gongkai.Web.Access;
using Gongkai.Web.Tests.Infrastructure;
using static Gongkai.Web.Tests.Hardening.HttpContextRequests;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>The app with a public budget of three requests per hour per client, and no trusted proxy.</summary>
public sealed class StrictRateLimitFixture : ConfiguredSqliteAppFixture
{
    public const int PublicLimit = 3;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:Public:PermitLimit"] = PublicLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Public:WindowSeconds"] = "3600",
        ["RateLimits:Disabled"] = "false",
    };
}

/// <summary>The same tiny budget, lifted by the benchmark switch.</summary>
public sealed class DisabledRateLimitFixture : ConfiguredSqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:Public:PermitLimit"] = "1",
        ["RateLimits:Public:WindowSeconds"] = "3600",
        ["RateLimits:Disabled"] = "true",
    };
}

public sealed class RateLimitingTests(StrictRateLimitFixture app) : IClassFixture<StrictRateLimitFixture>
{
    [Fact]
    public async Task PublicApi_RequestBeyondTheBudget_Is429ProblemWithRetryAfter()
    {
        const string client = "198.51.100.1";
        for (var i = 0; i < StrictRateLimitFixture.PublicLimit; i++)
            Assert.Equal(StatusCodes200, (await app.SendFromAsync(client, Get("/api/v1/reports/checks"))).Response.StatusCode);

        var refused = await app.SendFromAsync(client, Get("/api/v1/reports/checks"));

        Assert.Equal((int)HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        Assert.StartsWith("application/problem+json", refused.Response.ContentType);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var problem = JsonDocument.Parse(await refused.BodyAsync());
        Assert.Equal("too-many-requests", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task PublicPage_RequestBeyondTheBudget_ShowsChinesePageWith429AndRetryAfter()
    {
        const string client = "198.51.100.2";
        for (var i = 0; i < StrictRateLimitFixture.PublicLimit; i++)
            Assert.Equal(StatusCodes200, (await app.SendFromAsync(client, Get("/reports/check"))).Response.StatusCode);

        var refused = await app.SendFromAsync(client, Get("/reports/check"));

        Assert.Equal((int)HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        Assert.False(string.IsNullOrEmpty(refused.Response.Headers.RetryAfter.ToString()));
        Assert.StartsWith("text/html", refused.Response.ContentType);
        Assert.Contains("请求过于频繁", await refused.BodyAsync());
    }

    [Fact]
    public async Task Budget_IsCountedPerClientAddress()
    {
        for (var i = 0; i <= StrictRateLimitFixture.PublicLimit; i++) await app.SendFromAsync("198.51.100.3", Get("/api/v1/reports/checks"));
        Assert.Equal(429, (await app.SendFromAsync("198.51.100.3", Get("/api/v1/reports/checks"))).Response.StatusCode);

        Assert.Equal(StatusCodes200, (await app.SendFromAsync("198.51.100.4", Get("/api/v1/reports/checks"))).Response.StatusCode);
    }

    [Fact]
    public async Task EndpointsWithoutAPolicy_AreNotLimited()
    {
        for (var i = 0; i < StrictRateLimitFixture.PublicLimit * 2; i++)
            Assert.Equal(StatusCodes200, (await app.SendFromAsync("198.51.100.5", Get("/healthz"))).Response.StatusCode);
    }

    [Theory]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    public void ClientKey_CountsAnIPv6ClientByItsSlash64(string address, string key) =>
        Assert.Equal(key, RateLimiting.ClientKey(IPAddress.Parse(address)));

    private const int StatusCodes200 = 200;
}

public sealed class DisabledRateLimitTests(DisabledRateLimitFixture app) : IClassFixture<DisabledRateLimitFixture>
{
    [Fact]
    public async Task DisabledSwitch_LiftsEveryLimit()
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(200, (await app.SendFromAsync("198.51.100.10", Get("/api/v1/reports/checks"))).Response.StatusCode);
    }
}
