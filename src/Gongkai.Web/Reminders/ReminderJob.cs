using Gongkai.Services.Reminders;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Reminders;

/// <summary>
/// 办理提醒 job: every <see cref="ReminderOptions.IntervalSeconds"/> creates the due reminders and sends their e-mail
/// (<see cref="ReminderDesk"/>). Every web node may run it: the database's unique reminder key and the send claims keep each
/// reminder and each e-mail single. The cadence is wall-clock infrastructure; the legal "today" comes from the TimeProvider.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : BackgroundService
{
    /// <summary>This process among the nodes (a restarted process is a new node; its old claims simply expire).</summary>
    public static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderDesk>().RunAsync(Node, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder run failed; retrying at the next tick");
            }
        }
    }
}
