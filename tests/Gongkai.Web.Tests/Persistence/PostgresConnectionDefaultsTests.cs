using Gongkai.Data.Persistence;
using Npgsql;

namespace Gongkai.Web.Tests.Persistence;

/// <summary>What Gongkai adds to a PostgreSQL connection string the operator left it open, and what it leaves alone.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void ConnectionString_WithoutAutoPrepare_PreparesTheStatementsRunMostOften()
    {
        var effective = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithPostgresDefaults("Host=db.example;Database=gongkai;Username=app"));

        Assert.Equal(DataServiceCollectionExtensions.DefaultMaxAutoPrepare, effective.MaxAutoPrepare);
        Assert.Equal("db.example", effective.Host);
        Assert.Equal("gongkai", effective.Database);
        Assert.Equal("app", effective.Username);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db.example;max auto prepare=200", 200)]
    public void OperatorsAutoPrepareSetting_IsKept(string configured, int expected)
    {
        var effective = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithPostgresDefaults(configured));

        Assert.Equal(expected, effective.MaxAutoPrepare);
    }
}
