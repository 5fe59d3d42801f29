using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="GongkaiDbContext"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options) : GongkaiDbContext(options);
