using Serilog;
using Serilog.AspNetCore;
using Serilog.Core;
using Serilog.Events;

namespace Gongkai.Web.Logging;

/// <summary>
/// Serilog as configured in the <c>Serilog</c> section, with every sink behind <see cref="MaskingSink"/>. Levels, enrichers
/// and filters are read into the outer logger; the sinks (<c>WriteTo</c>, <c>AuditTo</c> and sinks registered as services)
/// into an inner logger that receives only masked events. An operator adding a sink in appsettings.json cannot bypass
/// the masking.
/// </summary>
internal static class GongkaiLogging
{
    private const string Section = "Serilog";
    private static readonly string[] SinkKeys = ["WriteTo", "AuditTo"];

    /// <remarks>
    /// <c>preserveStaticLogger</c>: otherwise Serilog makes this host's logger the process-wide <c>Log.Logger</c> and routes
    /// every <c>ILogger</c> through that static — so with several hosts in one process (the test fixtures) one host's
    /// events (ASP.NET Core's "Request starting" line among them) land in whichever host configured it last, at that
    /// host's levels and sinks, and a host shutting down silences the rest. Each host keeps its own logger.
    /// </remarks>
    public static IServiceCollection AddGongkaiLogging(this IServiceCollection services) =>
        services.AddSerilog((provider, logger) => Configure(logger, provider), preserveStaticLogger: true);

    public static void Configure(LoggerConfiguration logger, IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var serilog = configuration.GetSection(Section).AsEnumerable()
            .Where(kv => kv.Value is not null)
            .ToList();

        var sinks = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(InMemory(serilog.Where(kv => IsSinkKey(kv.Key) || IsKey(kv.Key, "Using"))));
        foreach (var sink in services.GetServices<ILogEventSink>()) sinks.WriteTo.Sink(sink);

        logger.ReadFrom.Configuration(InMemory(serilog.Where(kv => !IsSinkKey(kv.Key))))
            .Destructure.With<PersonalDataDestructuringPolicy>();
        foreach (var enricher in services.GetServices<ILogEventEnricher>()) logger.Enrich.With(enricher);
        foreach (var filter in services.GetServices<ILogEventFilter>()) logger.Filter.With(filter);
        logger.WriteTo.Sink(new MaskingSink(sinks.CreateLogger()));
    }

    /// <summary>
    /// One line per request, with the path but never the query string (Serilog's default; the sink masks what a path
    /// might carry), and the client address as resolved after forwarded headers.
    /// </summary>
    public static IApplicationBuilder UseGongkaiRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o =>
    {
        // This app's logger, not the process-wide static one (several hosts in one process — tests — each have their own).
        o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        o.IncludeQueryInRequestPath = false;
        o.EnrichDiagnosticContext = (diagnostics, context) =>
            diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
        o.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
    });

    private static bool IsSinkKey(string key) => SinkKeys.Any(k => IsKey(key, k));

    private static bool IsKey(string key, string name) =>
        key.StartsWith($"{Section}:{name}", StringComparison.OrdinalIgnoreCase) &&
        (key.Length == Section.Length + 1 + name.Length || key[Section.Length + 1 + name.Length] == ':');

    private static IConfiguration InMemory(IEnumerable<KeyValuePair<string, string?>> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
