using Gongkai.Services.Disclosure;

namespace Gongkai.Web.Catalogue;

/// <summary>
/// 定时发布: once a minute, records the publication of scheduled versions whose time has come. The portal already shows them from
/// their time on (the public predicate compares with now); this completes their status in the staff lists. Safe on several nodes:
/// two nodes recording the same item collide on its event sequence and the second gives way.
/// </summary>
public sealed class ScheduledPublicationJob(IServiceScopeFactory scopes, ILogger<ScheduledPublicationJob> logger) : BackgroundService
{
    // The cadence is wall-clock infrastructure; "now" for the legal facts comes from the injected TimeProvider inside the service.
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var recorded = await scope.ServiceProvider.GetRequiredService<DisclosureDesk>().PublishDueAsync(stoppingToken);
                if (recorded > 0) logger.LogInformation("Recorded {Count} scheduled publication(s)", recorded);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recording scheduled publications failed; retrying at the next tick");
            }
        }
    }
}
