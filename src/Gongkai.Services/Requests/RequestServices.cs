using Gongkai.Services.LegalTime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Services.Requests;

public static class RequestServices
{
    /// <summary>The request use cases (依申请公开) and their settings (section <c>Requests</c>).</summary>
    public static IServiceCollection AddGongkaiRequests(this IServiceCollection services)
    {
        services.AddOptions<RequestAttachmentOptions>()
            .Configure<IConfiguration>((o, c) =>
            {
                var section = c.GetSection(RequestAttachmentOptions.SectionName);
                if (long.TryParse(section[nameof(RequestAttachmentOptions.MaxAttachmentBytes)], out var bytes)) o.MaxAttachmentBytes = bytes;
                if (int.TryParse(section[nameof(RequestAttachmentOptions.MaxAttachments)], out var count)) o.MaxAttachments = count;
            })
            .Validate(o => o.MaxAttachmentBytes > 0 && o.MaxAttachments >= 0, "Requests:MaxAttachmentBytes must be positive and Requests:MaxAttachments not negative.")
            .ValidateOnStart();
        services.AddOptions<OperatorCalendarOptions>()
            .Configure<IConfiguration>((o, c) =>
            {
                var section = c.GetSection(OperatorCalendarOptions.SectionName);
                if (int.TryParse(section[nameof(OperatorCalendarOptions.RefreshSeconds)], out var seconds)) o.RefreshSeconds = seconds;
                if (section[nameof(OperatorCalendarOptions.Region)] is { Length: > 0 } region) o.Region = region;
            })
            .Validate(o => o.RefreshSeconds is >= 1 and <= 86400, "Calendar:RefreshSeconds must be 1…86400.")
            .ValidateOnStart();
        services.TryAddSingleton<OperatorCalendar>();
        services.TryAddSingleton(sp => new RequestRulesProvider(sp.GetRequiredService<OperatorCalendar>()));
        services.AddScoped<RequestIntake>();
        services.AddScoped<RequestWorkflow>();
        services.AddScoped<ApplicantDesk>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<ReplyLetterDesk>();
        return services;
    }
}
