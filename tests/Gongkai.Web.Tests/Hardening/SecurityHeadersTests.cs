using System.Text.RegularExpressions;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Agencies;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>The security headers on pages, API answers and error pages, and pages that need no inline script or style.</summary>
public sealed partial class SecurityHeadersTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/reports/check")]
    [InlineData("/api/v1/reports/checks")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OverHttps_StrictTransportSecurityIsSent()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync("/");
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task EveryPageThatRenders_HasNoInlineScriptOrStyle()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var everyRole = app.CreateStaffClient(tree.Region, Enum.GetValues<AccountRole>());
        var pages = (await PageHandler.AllAsync(app.Services, tree.AgencyA)).Where(h => h.HttpMethod == "Get").Select(h => h.HandlerUrl).Distinct().ToList();

        var rendered = 0;
        foreach (var url in pages)
        {
            var response = await everyRole.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            rendered++;
            Assert.False(InlineScript().IsMatch(html), $"{url} has an inline <script>");
            Assert.False(InlineStyle().IsMatch(html), $"{url} has an inline style");
            Assert.DoesNotContain(" onclick=", html);
        }
        Assert.True(rendered >= 4, $"only {rendered} pages rendered");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style[\\s>]|\\sstyle=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
