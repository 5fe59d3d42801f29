using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Gongkai.Services.ReportChecking;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Gongkai.Web.Accounts;
using Gongkai.Web.Agencies;
using Gongkai.Web.Catalogue;
using Gongkai.Web.Appeals;
using Gongkai.Web.Health;
using Gongkai.Web.Hosting;
using Gongkai.Web.Logging;
using Gongkai.Web.ReportChecking;
using Gongkai.Web.Requests;

var builder = WebApplication.CreateBuilder(DemoStartup.Without(args));

// Loopback on a fixed port unless Urls / ASPNETCORE_URLS / --urls says otherwise.
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
    builder.WebHost.UseUrls(HostingDefaults.Urls);

builder.Services.AddGongkaiLogging();
builder.Services.AddGongkaiForwardedHeaders();
builder.Services.AddGongkaiRateLimiting();

builder.Services.AddGongkaiServices();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
builder.Services.AddDataProtectionInDatabase(builder.Configuration);
builder.Services.AddGongkaiSignIn();
builder.Services.AddGongkaiAuthorization();
builder.Services.AddRazorPages();
builder.Services.AddSingleton<PortalPageCache>();
builder.Services.AddHostedService<ScheduledPublicationJob>();
builder.Services.AddHostedService<Gongkai.Web.Reminders.ReminderJob>();
// Razor would otherwise write every Chinese character as an HTML entity.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    ReportCheckJson.Configure(o.SerializerOptions);
    // JSON responses are not embedded in HTML: keep Chinese and quotes unescaped for readers of the API.
    o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});
// A request the binder rejects (a required query parameter missing, a body that is not JSON) is the caller's error: answer
// its 400 as a problem naming what is wrong, not a 500.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
{
    if (c.Exception is BadHttpRequestException bad) c.ProblemDetails.Detail = bad.Message;
});
builder.Services.AddOpenApi(o => o
    .AddDocumentTransformer<GongkaiOpenApiInfo>()
    .AddOperationTransformer<CheckReportRequestBody>());
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
if (DemoStartup.Requested(args, app.Configuration)) await DemoStartup.SeedAsync(app);
await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().EnsureAsync(Console.Out);

// First, so everything after it (request log, rate limiter, audit) sees the client's address, not the proxy's.
app.UseGongkaiForwardedHeaders();
app.UseSecurityHeaders();
app.UseGongkaiRequestLogging();
app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiRoutes.Prefix), api => api.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
}));
app.UseWhen(c => !c.Request.Path.StartsWithSegments(ApiRoutes.Prefix), pages =>
{
    if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});
app.UseStaticFiles();
app.UseRouting();
// After routing (the policy is endpoint metadata), before authentication (a flood is turned away cheaply).
app.UseRateLimiter();
// Anonymous views of the catalogue and item pages, served from memory while the change stamp holds (one lookup per request);
// before authentication, which a request carrying no credentials at all does not need.
app.UsePortalPageCache();
app.UseAuthentication();
app.UseAccountGate();
app.UseApiSessionGuard();
app.UseAuthorization();
app.UseUploadLimit();

app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapReportStyleSheet();
app.MapOpenApi().AllowAnonymous();
app.MapReportCheckApi();
app.MapAccountApi();
app.MapAgencyApi();
app.MapRequestApi();
app.MapCatalogueEndpoints();
app.MapAppealApi();
app.MapRazorPages();

app.Run();

public partial class Program;
