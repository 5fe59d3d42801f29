namespace Gongkai.Services.Demo;

/// <summary>
/// The demo's dated steps, played in date order (steps of one day in the order they were planned), each under the clock of its
/// day. Steps dated after the end stay unplayed: those requests and cases are still open, as on a real January morning.
/// </summary>
internal sealed class DemoTimeline
{
    private readonly PriorityQueue<Func<CancellationToken, Task>, (DateOnly Day, int Order)> _steps = new();
    private int _planned;

    /// <summary>Plans a step; a step may plan later ones (the answer to a request a decision reopened).</summary>
    public void At(DateOnly day, Func<CancellationToken, Task> run) => _steps.Enqueue(run, (day, _planned++));

    public async Task RunAsync(DemoClock clock, DateOnly end, CancellationToken cancellationToken)
    {
        while (_steps.TryPeek(out _, out var when) && when.Day <= end)
        {
            var run = _steps.Dequeue();
            clock.MoveTo(when.Day, new TimeOnly(9, 0));
            await run(cancellationToken);
        }
    }
}
