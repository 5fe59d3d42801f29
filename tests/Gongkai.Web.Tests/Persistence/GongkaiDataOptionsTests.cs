using Gongkai.Data.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Tests.Persistence;

public sealed class GongkaiDataOptionsTests
{
    private static GongkaiDataOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddGongkaiData();
        return services.BuildServiceProvider().GetRequiredService<IOptions<GongkaiDataOptions>>().Value;
    }

    [Fact]
    public void NothingConfigured_IsSqliteInGongkaiDataUnderTheWorkingDirectory()
    {
        var options = Resolve();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine(Directory.GetCurrentDirectory(), "gongkai-data", "gongkai.db")}", options.EffectiveConnectionString);
    }

    [Fact]
    public void DataDirectory_MovesTheSqliteFile()
    {
        var options = Resolve(("DataDirectory", "/srv/gongkai"));

        Assert.Equal("Data Source=/srv/gongkai/gongkai.db", options.EffectiveConnectionString);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    public void PostgresProvider_UsesTheNamedConnectionString(string name)
    {
        var options = Resolve(("Database:Provider", name), ("ConnectionStrings:Gongkai", "Host=db;Database=gongkai"));

        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal("Host=db;Database=gongkai", options.EffectiveConnectionString);
    }

    [Fact]
    public void PostgresProvider_WithoutAConnectionString_IsRefusedNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(("Database:Provider", "postgres")));

        Assert.Contains("ConnectionStrings:Gongkai", error.Message);
    }

    [Fact]
    public void UnknownProvider_IsRefusedNamingTheAcceptedOnes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", "oracle")));

        Assert.Contains("'sqlite'", error.Message);
        Assert.Contains("'postgres'", error.Message);
    }
}
