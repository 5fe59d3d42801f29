using Serilog.Core;
using Serilog.Events;

namespace Gongkai.Web.Logging;

/// <summary>
/// Stands in front of every configured sink and hands them only masked events: whatever a sink is configured to write
/// (console, file, Seq), personal data never reaches it.
/// </summary>
internal sealed class MaskingSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent) => inner.Emit(PersonalDataMasking.Mask(logEvent));

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
