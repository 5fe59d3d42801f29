using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Access;
using Gongkai.Web.Appeals;
using Microsoft.AspNetCore.Authentication.Cookies;
using Gongkai.Web.Health;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Loopback on a fixed port unless Urls / ASPNETCORE_URLS / --urls says otherwise.
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
    builder.WebHost.UseUrls(HostingDefaults.Urls);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
    .ReadFrom.Services(services));

builder.Services.AddGongkaiServices();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
builder.Services.AddDataProtectionInDatabase();
// Staff sign in with a cookie; the account pages and Identity replace this minimal scheme's setup.
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o => o.LoginPath = "/account/login");
builder.Services.AddGongkaiAuthorization();
builder.Services.AddRazorPages();
// Razor would otherwise write every Chinese character as an HTML entity.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    ReportCheckJson.Configure(o.SerializerOptions);
    // JSON responses are not embedded in HTML: keep Chinese and quotes unescaped for readers of the API.
    o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o
    .AddDocumentTransformer<GongkaiOpenApiInfo>()
    .AddOperationTransformer<CheckReportRequestBody>());
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiRoutes.Prefix), api => api.UseExceptionHandler());
app.UseWhen(c => !c.Request.Path.StartsWithSegments(ApiRoutes.Prefix), pages =>
{
    if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseUploadLimit();

app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapReportStyleSheet();
app.MapOpenApi().AllowAnonymous();
app.MapReportCheckApi();
app.MapAppealApi();
app.MapRazorPages();

app.Run();

public partial class Program;
