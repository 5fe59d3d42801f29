using System.Net;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Agencies;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>
/// Antiforgery on every form: each POST handler of each Razor page, found from the app's endpoints, refuses a request
/// without a token with 400 — even for a caller holding every role, so authorization is not what stops it.
/// </summary>
public sealed class AntiforgeryTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    /// <summary>Pages allowed to take a POST without a token, with the reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        // The error page only re-renders a failed POST (re-executed by the status-code and exception middleware).
        ["/Error"] = "error re-execution",
    };

    [Fact]
    public async Task EveryPagePostHandler_WithoutAToken_Is400()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var handlers = await PageHandler.AllAsync(app.Services, tree.AgencyA);
        var posts = handlers.Where(h => h.HttpMethod == "Post").ToList();
        var everyRole = app.CreateStaffClient(tree.Region, Enum.GetValues<AccountRole>());

        // Positive control: the enumeration finds the forms known today (more may come; none may go unnoticed).
        Assert.Contains(posts, h => h.Page == "/Reports/Check");
        Assert.Contains(posts, h => h.Page == "/Admin/Agencies/Import");
        Assert.Contains(posts, h => h.Page == "/Admin/Audit/Index" && h.Name == "Verify");

        var failures = new List<string>();
        foreach (var handler in posts)
        {
            if (handler.IgnoresAntiforgery)
            {
                if (!Exempt.ContainsKey(handler.Page)) failures.Add($"{handler.Page} ignores antiforgery without being listed as exempt");
                continue;
            }
            var response = await everyRole.PostAsync(handler.HandlerUrl, new FormUrlEncodedContent([new("probe", "1")]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"POST {handler.HandlerUrl} ({handler.Page}) without a token answered {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task APagePost_WithItsToken_IsNotRefused()
    {
        var client = app.CreateClient();
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/reports/check"));

        var response = await client.PostAsync("/reports/check", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Text", TestReports.Consistent)]));

        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
