using System.Diagnostics;

namespace Gongkai.Browser.Tests.Requests;

/// <summary>
/// "Now" for the app under test: a fixed starting instant that then runs with real time (sign-in cookies, antiforgery and
/// data protection see time pass normally) and can be moved forward by whole days for deadline steps.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>The legal date now (China Standard Time).</summary>
    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
