using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data.Persistence;

/// <summary>The SQLite flavour of <see cref="GongkaiDbContext"/>; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteGongkaiDbContext(DbContextOptions<SqliteGongkaiDbContext> options) : GongkaiDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no timestamp type: EF would store DateTimeOffset as text, which SQL cannot order or compare.
        // Instants are stored as UTC ticks (exact, ordered); the offset is not kept, as PostgreSQL's timestamptz does not keep it either.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
