using System.Net;
using System.Net.Http.Json;
using Gongkai.Core.Identifiers;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Agencies;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>
/// The app logging at Information, ASP.NET Core's request lines (full URL with query string) included, into a captured
/// sink next to the configured console sink.
/// </summary>
public sealed class CapturedLogsFixture : ConfiguredSqliteAppFixture
{
    public CapturedLogSink Sink { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(Sink);
}

/// <summary>
/// 个人信息不得写入日志: requests carrying an ID number and telephone numbers in the query string, a form and a JSON body,
/// and the app's own log calls with them, leave no line holding them in clear — while the positive controls show those
/// requests were logged and the values reached the logging pipeline (masked).
/// </summary>
public sealed class PersonalDataInLogsTests(CapturedLogsFixture app) : IClassFixture<CapturedLogsFixture>
{
    private const string IdNumber = "110101199003071234";
    private const string IdNumberWithX = "11010119900307123X";
    private const string Mobile = "13812345678";
    private const string OtherMobile = "15987654321";
    private const string Landline = "010-62345678";

    [Fact]
    public async Task RequestsAndAppLogs_CarryingIdAndPhoneNumbers_LeaveNoneInClearInAnyLogLine()
    {
        var anonymous = app.CreateClient();

        // Query string.
        var query = await anonymous.GetAsync($"/api/v1/reports/checks?idNumber={IdNumber}&phone={Mobile}&tel={Landline}");
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);

        // Form body (the public report-check form, antiforgery token included).
        var token = HtmlForms.AntiforgeryToken(await anonymous.GetStringAsync("/reports/check"));
        var form = await anonymous.PostAsync("/reports/check", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Text", $"申请人身份证号{IdNumberWithX}，联系电话{OtherMobile}"),
        ]));
        Assert.NotEqual(HttpStatusCode.InternalServerError, form.StatusCode);

        // JSON body refused by validation, which logs the input it refused.
        var tree = await TestAgencyTree.CreateAsync(app);
        var json = await app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin).PostAsJsonAsync("/api/v1/agencies", new
        {
            parentId = tree.Region, name = $"申请人{IdNumber}", creditCode = "bad", level = "department",
            contact = new { office = "办公室", address = "某路1号", phone = $"{Mobile} / {Landline}", hours = (string?)null },
        });
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        // The app's own log calls: a property, a destructured identifier, and text interpolated into a template.
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Tests.Applicants");
        var id = ResidentIdNumber.Validate("11010519491231002X", new DateOnly(2024, 1, 30)).Value!;
        logger.LogInformation("Applicant {IdNumber} called from {Phone}", IdNumber, Mobile);
        logger.LogInformation("Applicant identity {@Identity}", id);
#pragma warning disable CA2254 // A template built from input is exactly the mistake the masking must survive.
        logger.LogWarning($"Free text mentioning {IdNumberWithX} and {Landline}");
#pragma warning restore CA2254
        logger.LogError(new FormatException($"bad input '{OtherMobile}'"), "Parsing failed");

        // The request line is written when the pipeline unwinds, which can be just after the client has the response.
        await app.Sink.WaitForAsync(events => new[] { RequestLine("GET", "/api/v1/reports/checks"), RequestLine("POST", "/reports/check"),
            RequestLine("POST", "/api/v1/agencies") }.All(line => events.Any(e => line(e))));
        var lines = app.Sink.Lines;

        // Positive controls: each request produced its request line, and the values reached the pipeline masked.
        Assert.Contains(app.Sink.Events.Select(e => e.Event), RequestLine("GET", "/api/v1/reports/checks"));
        Assert.Contains(app.Sink.Events.Select(e => e.Event), RequestLine("POST", "/reports/check"));
        Assert.Contains(app.Sink.Events.Select(e => e.Event), RequestLine("POST", "/api/v1/agencies"));
        Assert.Contains(lines, l => l.Contains("Request starting") && l.Contains("idNumber=1101**********1234"));
        Assert.Contains(lines, l => l.Contains("refused") && l.Contains("138****5678") && l.Contains("010-****5678"));
        Assert.Contains(lines, l => l.Contains("Applicant identity") && l.Contains("1101**********002X"));
        Assert.Contains(lines, l => l.Contains("Parsing failed") && l.Contains("159****4321"));

        foreach (var secret in new[] { IdNumber, IdNumberWithX, Mobile, OtherMobile, "62345678", "11010519491231002X" })
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    private static Predicate<LogEvent> RequestLine(string method, string path) => e =>
        e.Properties.TryGetValue("RequestMethod", out var m) && m is ScalarValue { Value: string mv } && mv == method &&
        e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string pv } && pv == path &&
        e.Properties.ContainsKey("StatusCode");
}
