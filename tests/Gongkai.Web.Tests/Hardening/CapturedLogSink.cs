using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>
/// Keeps every log event the app writes, rendered as a sink would write it (template, rendered message, every property,
/// the exception), so a test can search what would have reached a log file.
/// </summary>
public sealed class CapturedLogSink : ILogEventSink
{
    private static readonly JsonFormatter Formatter = new(renderMessage: true);

    public ConcurrentQueue<(LogEvent Event, string Line)> Events { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        Formatter.Format(logEvent, writer);
        Events.Enqueue((logEvent, writer.ToString()));
    }

    public IReadOnlyList<string> Lines => Events.Select(e => e.Line).ToList();

    /// <summary>Waits (at most ten seconds) until the events written so far satisfy <paramref name="condition"/>.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<LogEvent>, bool> condition)
    {
        for (var i = 0; i < 200 && !condition(Events.Select(e => e.Event).ToList()); i++) await Task.Delay(50);
    }
}
