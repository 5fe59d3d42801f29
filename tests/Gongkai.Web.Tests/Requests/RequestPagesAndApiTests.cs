using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Requests;

/// <summary>The request pages (no JavaScript: plain form posts) and /api/v1/requests, end to end through HTTP.</summary>
public abstract partial class RequestPagesAndApiTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? path);
        var all = fields.Append(new("__RequestVerificationToken", HtmlForms.AntiforgeryToken(page)));
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    private static Dictionary<string, string> ApplicationFields(string id, string title) => new()
    {
        ["Form.ApplicantKind"] = "NaturalPerson",
        ["Form.Name"] = "李四",
        ["Form.IdentityType"] = "resident-id",
        ["Form.IdentityNumber"] = id,
        ["Form.Phone"] = "13900000000",
        ["Form.Title"] = title,
        ["Form.Form"] = "Electronic",
        ["Form.Delivery"] = "Online",
    };

    [DatabaseFact]
    public async Task ApplicationForm_WithAnInvalidIdNumber_ShowsTheChineseMessageBesideTheField_AndStoresNothing()
    {
        var (_, agency) = await kit.AgencyAsync();
        var client = Anonymous();

        var response = await PostFormAsync(client, $"/apply/{agency}", ApplicationFields("110105199003071230", "某文件"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("申请未提交", html);
        Assert.Contains("class=\"field-error\">身份证号码", html);
        Assert.Contains("value=\"李四\"", html);
        Assert.Equal(0, await kit.RequestCountAsync(agency));
    }

    [DatabaseFact]
    public async Task ApplicationForm_Submitted_ShowsNumberAndCodeOnce_AndTheStatusPageShowsTheState()
    {
        var (_, agency) = await kit.AgencyAsync();
        var client = Anonymous();

        var response = await PostFormAsync(client, $"/apply/{agency}", ApplicationFields(RequestTestKit.IdNumber(), "<script>alert(1)</script>某文件"));

        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("申请已提交", html);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var number = CodeCell().Matches(html)[0].Groups[1].Value;
        var code = CodeCell().Matches(html)[1].Groups[1].Value;

        var status = await PostFormAsync(client, "/apply/status", [new("Number", number), new("Code", code)]);
        var statusHtml = await status.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("待确认收到", statusHtml);
        var wrong = await PostFormAsync(client, "/apply/status", [new("Number", number), new("Code", "2222-3333-4444-5555")]);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain("待确认收到", await wrong.Content.ReadAsStringAsync());

        var id = await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.Number == number && r.AgencyId == agency).Select(r => r.Id).SingleAsync());
        var staff = app.CreateStaffClient(agency, AccountRole.Clerk);
        var detail = await staff.GetStringAsync($"/requests/{id}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;某文件", detail);
        Assert.DoesNotContain("<script>alert(1)", detail);
    }

    [DatabaseFact]
    public async Task StaffSteps_ThroughTheDetailPageForms_AndTheApplicantsCorrectionOnTheStatusPage()
    {
        var (_, agency) = await kit.AgencyAsync();
        var submitted = (await kit.SubmitAsync(agency)).Value;
        var staff = app.CreateStaffClient(agency, AccountRole.Clerk);
        var path = $"/requests/{submitted.Id}";

        var confirm = await PostFormAsync(staff, $"{path}?handler=Step", [new("step", "confirm-receipt")], path);
        Assert.Contains("已办理：确认收到申请", await confirm.Content.ReadAsStringAsync());
        var correction = await PostFormAsync(staff, $"{path}?handler=Step", [new("step", "request-correction"), new("Items", "请写明文件的年度")], path);
        Assert.Contains("第1次告知补正", await correction.Content.ReadAsStringAsync());
        var refused = await PostFormAsync(staff, $"{path}?handler=Step", [new("step", "approve-extension"), new("WorkingDays", "10"), new("Reason", "x")], path);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var applicant = Anonymous();
        var status = await PostFormAsync(applicant, "/apply/status", [new("Number", submitted.Number), new("Code", submitted.LookupCode)]);
        var statusHtml = await status.Content.ReadAsStringAsync();
        Assert.Contains("请写明文件的年度", statusHtml);
        var corrected = await applicant.PostAsync("/apply/status?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(statusHtml),
            ["Number"] = submitted.Number, ["Code"] = submitted.LookupCode,
            ["Correction.Title"] = "2023年度某文件", ["Correction.Form"] = "Electronic", ["Correction.Delivery"] = "Online",
        }));
        var correctedHtml = await corrected.Content.ReadAsStringAsync();
        Assert.Contains("补正后的申请已提交", correctedHtml);
        Assert.Contains("办理中", correctedHtml);
        Assert.Contains("答复期限的计算", correctedHtml);
    }

    [DatabaseFact]
    public async Task Api_SubmitStatusAndSteps_AnswerWithProblemsForBadInputRolesAndOtherAgencies()
    {
        var (_, agency) = await kit.AgencyAsync();
        var client = Anonymous();
        var form = RequestTestKit.PersonForm();

        var created = await client.PostAsJsonAsync("/api/v1/requests", new { agencyId = agency, form });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetGuid();
        var number = body.GetProperty("number").GetString();
        var code = body.GetProperty("lookupCode").GetString();

        var bad = await client.PostAsJsonAsync("/api/v1/requests", new { agencyId = agency, form = new { applicantKind = "NaturalPerson", name = "王五" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "contact-missing" && e.GetProperty("field").GetString() == "Phone");

        var status = await client.PostAsJsonAsync("/api/v1/requests/status", new { number, code });
        Assert.Equal("AwaitingReceiptConfirmation", JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/requests/{id}/steps/confirm-receipt", new { })).StatusCode);
        var again = await clerk.PostAsJsonAsync($"/api/v1/requests/{id}/steps/confirm-receipt", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("receipt-already-confirmed", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        var forbidden = await clerk.PostAsJsonAsync($"/api/v1/requests/{id}/steps/approve-extension", new { workingDays = 10, reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var head = app.CreateStaffClient(agency, AccountRole.DisclosureOfficeHead);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/v1/requests/{id}/steps/approve-extension", new { workingDays = 10, reason = "需要检索档案" })).StatusCode);
        var stranger = app.CreateStaffClient(Guid.NewGuid(), AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/requests/{id}/steps/notify-extension", new { })).StatusCode);
        var detail = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/requests/{id}")).RootElement;
        Assert.Equal(3, detail.GetProperty("history").GetArrayLength());
        Assert.True((await Anonymous().GetAsync("/api/v1/requests")).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Found);

        var table = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/requests/table?year={app.Clock.GetUtcNow().Year}")).RootElement;
        Assert.Equal(1, table.GetProperty("cells").GetProperty("t3.r1.c1").GetDecimal());
    }

    [GeneratedRegex("<dd class=\"code\">([^<]+)</dd>")]
    private static partial Regex CodeCell();
}

public sealed class SqliteRequestPagesAndApiTests(SqliteAppFixture app) : RequestPagesAndApiTests<SqliteAppFixture>(app);

public sealed class PostgresRequestPagesAndApiTests(PostgresAppFixture app) : RequestPagesAndApiTests<PostgresAppFixture>(app);
