using Gongkai.Core.Appeals;
using Gongkai.Services.Appeals;
using Gongkai.Services.Supervision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Services.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>Appeal cases, the annual report's assembly from its table sources, publication, the period lock and supervision.</summary>
    public static IServiceCollection AddGongkaiAnnualReports(this IServiceCollection services)
    {
        // The decision → table-四 result mapping (report-format.md §5, practice UNVERIFIED): an operator may register another.
        services.TryAddSingleton(AppealOutcomeMapping.Default);
        services.AddScoped<AppealCases>();
        services.AddScoped<AppealTableQuery>();
        // Each source also by its own type: the assembler's side-by-side reads resolve one source per child scope.
        AddTableSource<ProactiveTableSource>(services);
        AddTableSource<RequestsTableSource>(services);
        AddTableSource<AppealsTableSource>(services);
        services.AddScoped<ReportingPeriodLock>();
        services.AddScoped<PublishedReports>();
        services.AddScoped<AnnualReportAssembler>();
        services.AddScoped<ReportPublisher>();
        services.AddScoped<ReportProseEditor>();
        services.AddScoped<SupervisionOverview>();
        services.AddScoped<RegionStatistics>();
        services.AddScoped<ReportExportSource>();
        return services;
    }

    private static void AddTableSource<TSource>(IServiceCollection services) where TSource : class, IReportTableSource
    {
        services.AddScoped<TSource>();
        services.AddScoped<IReportTableSource>(sp => sp.GetRequiredService<TSource>());
    }
}
