using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Gongkai.Web.Logging;

/// <summary>
/// 缓冲控制台日志: log events written to standard output by a background task, many lines per write — the default sink of
/// <c>appsettings.json</c> (<c>"Name": "BufferedConsole"</c>), in the same format Serilog's console sink writes.
/// </summary>
/// <remarks>
/// Why not the plain console sink: it formats and writes every event on the request's thread, under a lock, with one
/// <c>write(2)</c> per line — with a line per request (the request log) that was about a tenth of the server's CPU per
/// portal page. Here the request's thread only queues the event; a background task formats what has queued up and writes it
/// with one call. The lines are the same, in the same order, at most <c>bufferSeconds</c> (default 0.5 s) later; the first
/// event after a quiet spell is written at once, and the queue is written out when the host stops (the logger is disposed).
/// What can be lost: the last half second if the process is killed outright, and — beyond <c>queueLimit</c> events waiting
/// (a flood faster than standard output can take) — the newest events, rather than making requests wait for the log.
/// </remarks>
internal sealed class BufferedConsoleSink : IBatchedLogEventSink, IDisposable
{
    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _output;

    public BufferedConsoleSink(ITextFormatter formatter, Stream output)
    {
        _formatter = formatter;
        _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };
    }

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch) _formatter.Format(logEvent, _output);
        _output.Flush();
        return Task.CompletedTask;
    }

    public void Dispose() => _output.Dispose();
}

/// <summary>The <c>BufferedConsole</c> sink for <c>WriteTo</c> (configuration: <c>"Using": ["Gongkai.Web"]</c>).</summary>
public static class BufferedConsoleSinkConfiguration
{
    public static LoggerConfiguration BufferedConsole(this LoggerSinkConfiguration sinkConfiguration, ITextFormatter formatter,
        double bufferSeconds = 0.5, int queueLimit = 100_000, LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum) =>
        sinkConfiguration.Sink(new BufferedConsoleSink(formatter, Console.OpenStandardOutput()), new BatchingOptions
        {
            BufferingTimeLimit = TimeSpan.FromSeconds(Math.Max(0.01, bufferSeconds)),
            BatchSizeLimit = 1000,
            QueueLimit = Math.Max(1000, queueLimit),
            EagerlyEmitFirstEvent = true,
        }, restrictedToMinimumLevel);
}
