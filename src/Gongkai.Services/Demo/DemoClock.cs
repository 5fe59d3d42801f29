using Gongkai.Core.Calendar;

namespace Gongkai.Services.Demo;

/// <summary>
/// The clock the demo records its history under: set to each step's day (China time) before the step runs, so items, requests and
/// cases of 2023 and 2024 carry the dates they would have had — the services read "now" from it as they read the real clock.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private DateTimeOffset _now;

    public DemoClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves to <paramref name="day"/> at <paramref name="at"/> China time (never backwards: the audit log stays in order).</summary>
    public void MoveTo(DateOnly day, TimeOnly at)
    {
        var next = new DateTimeOffset(day.ToDateTime(at), ChinaStandardTime.Offset).ToUniversalTime();
        _now = next > _now ? next : _now.AddMilliseconds(1);
    }

    /// <summary>A moment later on the same day (the next step of the same sitting).</summary>
    public void Tick() => _now = _now.AddSeconds(7);
}
