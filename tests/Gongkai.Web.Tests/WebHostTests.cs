using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Data.Persistence;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The web host end to end, run once on SQLite and once on PostgreSQL (see the two classes at the end).</summary>
public abstract class WebHostTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    protected TFixture App { get; } = app;

    private HttpClient Client(bool followRedirects = true) =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });

    [DatabaseFact]
    public async Task Startup_MigratesTheDatabase_AllMigrationsOfTheProviderAppliedAndMatchingTheModel()
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        Assert.Equal(App.Provider == DatabaseProvider.Postgres ? typeof(PostgresGongkaiDbContext) : typeof(SqliteGongkaiDbContext), db.GetType());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // A model change without a migration for this provider fails here.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [DatabaseFact]
    public async Task HomePage_IsServedInSimplifiedChinese()
    {
        var response = await Client().GetAsync("/");

        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("政府信息公开", html);
        Assert.Contains("href=\"/reports/check\"", html);
    }

    [DatabaseFact]
    public async Task Healthz_WhenTheDatabaseAnswers_IsHealthy()
    {
        var response = await Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        foreach (var path in new[] { "/", "/healthz", "/no-such-page" })
        {
            var response = await Client().GetAsync(path);

            Assert.Equal("default-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
                response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [DatabaseFact]
    public async Task OpenApiDocument_DescribesTheCheckEndpointAndItsThreeBodyTypes()
    {
        using var document = JsonDocument.Parse(await Client().GetStringAsync("/openapi/v1.json"));

        var check = document.RootElement.GetProperty("paths").GetProperty("/api/v1/reports/check").GetProperty("post");
        Assert.Equal("CheckReport", check.GetProperty("operationId").GetString());
        var bodyTypes = check.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["application/json", "multipart/form-data", "text/plain"], bodyTypes);
        Assert.True(check.GetProperty("responses").TryGetProperty("413", out _));
    }

    [DatabaseFact]
    public async Task CheckApi_PlainTextWithAnInconsistentTable_ReturnsFindingsAndStoresACheckThatReopensUnchanged()
    {
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var bytes = Encoding.UTF8.GetBytes(TestReports.WithUnbalancedRequests);

        var response = await Client().PostAsync("/api/v1/reports/check", new ByteArrayContent(bytes) { Headers = { ContentType = new("text/plain") } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(created);
        var root = json.RootElement;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), root.GetProperty("sha256").GetString());
        Assert.Equal(bytes.Length, root.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(App.Clock.GetUtcNow(), root.GetProperty("createdAt").GetDateTimeOffset());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("readerVersion").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("ruleSetVersion").GetString()));
        Assert.Equal(2m, root.GetProperty("report").GetProperty("cells").GetProperty("t3.r1.c1").GetDecimal());
        Assert.Equal("红寺堡区科学技术局", root.GetProperty("report").GetProperty("agency").GetString());
        var r1 = root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "R1").ToList();
        Assert.NotEmpty(r1);
        Assert.All(r1, f => Assert.Equal("Error", f.GetProperty("severity").GetString()));
        Assert.Contains(r1, f => f.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("cellId").GetString() == "t3.r1.c1"));
        Assert.True(root.GetProperty("errorCount").GetInt32() >= r1.Count);

        var self = root.GetProperty("links").GetProperty("self").GetString();
        Assert.Equal(self, response.Headers.Location?.OriginalString);
        var reopened = await Client().GetStringAsync(self);
        Assert.Equal(created, reopened);
    }

    [DatabaseFact]
    public async Task CheckApi_JsonBodyAndMultipartFile_AreCheckedLikePlainText()
    {
        var viaJson = await Client().PostAsJsonAsync("/api/v1/reports/check", new { text = TestReports.Consistent, fileName = "红寺堡.txt" });
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(TestReports.Consistent)) { Headers = { ContentType = new("text/plain") } };
        var viaForm = await Client().PostAsync("/api/v1/reports/check", new MultipartFormDataContent { { file, "file", "hongsibao-2023.txt" } });

        Assert.Equal(HttpStatusCode.Created, viaJson.StatusCode);
        Assert.Equal(HttpStatusCode.Created, viaForm.StatusCode);
        using var json = JsonDocument.Parse(await viaJson.Content.ReadAsStringAsync());
        using var form = JsonDocument.Parse(await viaForm.Content.ReadAsStringAsync());
        Assert.Equal("红寺堡.txt", json.RootElement.GetProperty("fileName").GetString());
        Assert.Equal("hongsibao-2023.txt", form.RootElement.GetProperty("fileName").GetString());
        Assert.Equal(json.RootElement.GetProperty("sha256").GetString(), form.RootElement.GetProperty("sha256").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("errorCount").GetInt32());
    }

    [DatabaseFact]
    public async Task CheckApi_EmptyBody_IsAProblemDetails400()
    {
        var response = await Client().PostAsync("/api/v1/reports/check", new StringContent("  \n", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "report-empty");
    }

    [DatabaseFact]
    public async Task CheckApi_BodyOverTheLimit_IsAProblemDetails413()
    {
        var tooLarge = new string('年', 1024 * 1024 / 3 + 1); // 3 UTF-8 bytes each: just over 1 MiB

        var response = await Client().PostAsync("/api/v1/reports/check", new StringContent(tooLarge, Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "report-too-large");
    }

    [DatabaseFact]
    public async Task CheckApi_BodyFarOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var response = await Client().PostAsync("/api/v1/reports/check", new ByteArrayContent(new byte[3 * 1024 * 1024]) { Headers = { ContentType = new("text/plain") } });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "report-too-large");
    }

    [DatabaseFact]
    public async Task CheckPage_UploadFarOverTheLimit_ShowsTheTooLargePageRatherThanATokenError()
    {
        var client = Client(followRedirects: false);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/reports/check"));

        var post = await client.PostAsync("/reports/check", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[3 * 1024 * 1024]), "Upload", "big.txt" },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
        Assert.Contains("内容过大", await post.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task CheckApi_DamagedPdfFile_IsAProblemDetails415NamingThePdf()
    {
        var pdf = new ByteArrayContent("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray()) { Headers = { ContentType = new("application/octet-stream") } };

        var response = await Client().PostAsync("/api/v1/reports/check", new MultipartFormDataContent { { pdf, "file", "report.pdf" } });

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "report-damaged");
        Assert.Contains("PDF", problem.GetProperty("title").GetString());
    }

    [DatabaseFact]
    public async Task CheckApi_UnacceptedContentType_IsAProblemDetails415()
    {
        var response = await Client().PostAsync("/api/v1/reports/check", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("image/png") } });

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [DatabaseFact]
    public async Task CheckApi_MalformedJson_IsAProblemDetails400()
    {
        var response = await Client().PostAsync("/api/v1/reports/check", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed-json");
    }

    [DatabaseFact]
    public async Task CheckApi_UnknownCheckId_IsAProblemDetails404()
    {
        var response = await Client().GetAsync($"/api/v1/reports/checks/{Guid.NewGuid()}");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "report-check-not-found");
    }

    [DatabaseFact]
    public async Task CheckPage_FormPostWithTheAntiforgeryToken_RedirectsToTheStoredResultWithFailingCellsHighlighted()
    {
        var client = Client(followRedirects: false);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/reports/check"));

        var post = await client.PostAsync("/reports/check", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(TestReports.WithUnbalancedRequests), "Text" },
        });

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var resultPath = post.Headers.Location!.OriginalString;
        Assert.StartsWith("/reports/checks/", resultPath);
        var html = await client.GetStringAsync(resultPath);
        Assert.Contains("红寺堡区科学技术局", html);
        Assert.Contains("R1", html);
        Assert.Matches("<td[^>]*data-cell=\"t3.r1.c1\"[^>]*class=\"[^\"]*gk-flagged|<td[^>]*class=\"[^\"]*gk-flagged[^\"]*\"[^>]*data-cell=\"t3.r1.c1\"", html);
        // The stored check is listed among the recent ones and reopens from there.
        Assert.Contains($"href=\"{resultPath}\"", await client.GetStringAsync("/reports/check"));
    }

    [DatabaseFact]
    public async Task CheckPage_FormPostWithoutTheAntiforgeryToken_IsRejected()
    {
        var client = Client(followRedirects: false);
        await client.GetStringAsync("/reports/check"); // the antiforgery cookie alone is not enough

        var post = await client.PostAsync("/reports/check", new MultipartFormDataContent { { new StringContent(TestReports.Consistent), "Text" } });

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [DatabaseFact]
    public async Task AntiforgeryToken_IssuedByOneNode_IsAcceptedByAnotherNodeOnTheSameDatabase()
    {
        await using var secondNode = App.WithWebHostBuilder(_ => { });
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var page = await App.CreateClient(options).GetAsync("/reports/check");
        var token = HtmlForms.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];

        var post = new HttpRequestMessage(HttpMethod.Post, "/reports/check")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Text"] = TestReports.Consistent }),
            Headers = { { "Cookie", cookie } },
        };
        var response = await secondNode.CreateClient(options).SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = App.CreateScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().DataProtectionKeys.ToListAsync());
    }

    [DatabaseFact]
    public async Task CheckPage_EmptyForm_ShowsTheReasonInChinese()
    {
        var client = Client(followRedirects: false);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/reports/check"));

        var post = await client.PostAsync("/reports/check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Text"] = "",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("没有收到年报内容", await post.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal($"urn:gongkai:problem:{code}", problem.GetProperty("type").GetString());
        return problem;
    }
}

public sealed class SqliteWebHostTests(SqliteAppFixture app) : WebHostTests<SqliteAppFixture>(app);

public sealed class PostgresWebHostTests(PostgresAppFixture app) : WebHostTests<PostgresAppFixture>(app);
