using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Services.Reminders;

public static class ReminderServices
{
    /// <summary>Reminders (办理提醒) and their e-mail (section <c>Reminders</c>).</summary>
    public static IServiceCollection AddGongkaiReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>()
            .Configure<IConfiguration>((o, c) => c.GetSection(ReminderOptions.SectionName).Bind(o))
            .Validate(o => o.IsValid, "Reminders: IntervalSeconds 5…86400, LeaseSeconds 10…86400, MaxMailAttempts 1…100, Smtp:Port 1…65535, SiteUrl absolute.")
            .ValidateOnStart();
        services.TryAddSingleton<IReminderMailer, SmtpReminderMailer>();
        services.AddScoped<ReminderDesk>();
        return services;
    }
}
