using Gongkai.Data.Disclosure;
using Gongkai.Documents.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Services.Disclosure;

public static class CatalogueServices
{
    /// <summary>The catalogue's use cases (staff workflow, registers, statistics, the public portal and its search).</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        // The analyzer is thread-safe and loads its dictionary once.
        services.TryAddSingleton<ChineseSegmenter>();
        services.AddScoped<CatalogueSetup>();
        services.AddScoped<FileStore>();
        services.AddScoped<ItemStore>();
        services.AddScoped<DisclosureDesk>();
        services.AddScoped<RegisterBook>();
        services.AddScoped<ProactiveStatistics>();
        services.TryAddSingleton<PublicCatalogueCache>();
        services.TryAddSingleton<ChangeStampReader>();
        services.TryAddSingleton<SearchTermCounts>();
        services.AddScoped<PublicCatalogue>();
        services.AddScoped<CatalogueSearch>();
        return services;
    }
}
