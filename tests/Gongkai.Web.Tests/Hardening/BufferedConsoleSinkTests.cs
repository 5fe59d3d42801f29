using System.Text;
using Gongkai.Web.Logging;
using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Compact;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>
/// The default log sink writes in batches from a background task: the operator must still get every line, in order, exactly as
/// the formatter writes it — including the lines still queued when the host stops.
/// </summary>
public sealed class BufferedConsoleSinkTests
{
    [Fact]
    public void EventsQueuedWhenTheLoggerIsDisposed_AreAllWritten_InOrder_AsTheFormatterWritesThem()
    {
        var formatter = new RenderedCompactJsonFormatter();
        var output = new MemoryStream();
        var captured = new CapturedLogSink();
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(new BufferedConsoleSink(formatter, output),
                new BatchingOptions { BufferingTimeLimit = TimeSpan.FromHours(1), EagerlyEmitFirstEvent = false })
            .WriteTo.Sink(captured)
            .CreateLogger();

        for (var i = 0; i < 250; i++) logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", $"/xxgk/{i}", 200);
        logger.Dispose();

        var expected = new StringWriter();
        foreach (var (logEvent, _) in captured.Events) formatter.Format(logEvent, expected);
        Assert.Equal(250, captured.Events.Count);
        Assert.Equal(expected.ToString(), new UTF8Encoding(false).GetString(output.ToArray()));
    }
}
