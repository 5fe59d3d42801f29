using Gongkai.Data.Persistence;
using Gongkai.Services.Accounts;
using Gongkai.Services.Agencies;
using Gongkai.Services.Auditing;
using Gongkai.Services.Disclosure;
using Gongkai.Services.ReportChecking;
using Gongkai.Services.Reminders;
using Gongkai.Services.Requests;
using Gongkai.Services.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the database and the use cases both hosts (web and CLI) share.</summary>
    public static IServiceCollection AddGongkaiServices(this IServiceCollection services)
    {
        services.AddGongkaiData();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ReportCheckingOptions>()
            .Configure<IConfiguration>((o, c) =>
            {
                var section = c.GetSection(ReportCheckingOptions.SectionName);
                if (long.TryParse(section[nameof(ReportCheckingOptions.MaxBytes)], out var maxBytes)) o.MaxBytes = maxBytes;
                if (int.TryParse(section[nameof(ReportCheckingOptions.RecentCount)], out var recent)) o.RecentCount = recent;
            })
            .Validate(o => o.IsValid, "ReportChecking:MaxBytes must be 1…2000000 and ReportChecking:RecentCount 1…200.")
            .ValidateOnStart();
        services.AddScoped<CheckReport>();
        services.AddScoped<ReportCheckHistory>();
        services.AddScoped<ReportAuditing>();
        services.AddScoped<Gongkai.Services.Supervision.RegionProseCopies>();
        services.AddScoped<AgencyDirectory>();
        services.AddScoped<AuditLog>();
        services.AddGongkaiAccounts();
        services.AddGongkaiRequests();
        services.AddGongkaiReminders();
        services.AddCatalogue();
        services.AddGongkaiAnnualReports();
        return services;
    }
}
