using System.Diagnostics;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Data.Agencies;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Search;
using Gongkai.Services;
using Gongkai.Services.Disclosure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Bench.Portal;

/// <summary>An agency of the generated data with the number of its published items.</summary>
internal sealed record BenchAgency(Guid Id, string Name, int Items);

/// <summary>
/// The portal benchmark's database: a region with four agencies and N published items (one approved version each, on the
/// portal and some on WeChat, with their search index rows), written in bulk — SQLite in one transaction with prepared
/// statements, PostgreSQL by binary COPY. The schema comes from the application's own migrations; the rows are what
/// <c>ItemStore</c> would have written for items that went through the three reviews.
/// </summary>
internal sealed class PortalDataset
{
    private const int Seed = 20261126;
    private static readonly (string Name, AgencyLevel Level, string Short, string Prefix, double Share)[] AgencyPlan =
    [
        ("滨江区人民政府办公室", AgencyLevel.Government, "滨府办", "BJQZFB", 0.4),
        ("滨江区科学技术局", AgencyLevel.Department, "滨科", "BJQKJJ", 0.2),
        ("滨江区教育局", AgencyLevel.Department, "滨教", "BJQJYJ", 0.2),
        ("滨江区卫生健康委员会", AgencyLevel.Department, "滨卫健", "BJQWJW", 0.2),
    ];

    public required IServiceProvider Services { get; init; }
    public required bool IsPostgres { get; init; }

    public static ServiceProvider CreateServices(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGongkaiServices();
        return services.BuildServiceProvider();
    }

    /// <summary>Creates the schema and the data unless the database already holds exactly <paramref name="items"/> generated items.</summary>
    public async Task<IReadOnlyList<BenchAgency>> EnsureAsync(int items, TextWriter log)
    {
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var existing = await db.PublishedVersions().CountAsync();
        if (existing == items && existing > 0)
        {
            log.WriteLine($"data: reusing {existing:N0} items already in the database");
            return await AgenciesAsync(db);
        }
        if (existing != 0)
            throw new InvalidOperationException($"the database holds {existing:N0} published versions, not {items:N0}: give an empty database (or delete the cached SQLite directory)");

        var region = new Agency(Guid.NewGuid(), null, new AgencyProfile("滨江区", null, AgencyLevel.Region, null, null, DisclosureOfficeContact.None), DateTimeOffset.UtcNow);
        db.Agencies.Add(region);
        var agencies = AgencyPlan.Select(p => new Agency(Guid.NewGuid(), region.Id, new AgencyProfile(p.Name, null, p.Level, p.Prefix, p.Short,
            new DisclosureOfficeContact($"{p.Name}政务公开办公室", "滨江区江滨大道1号", "0571-88886666", "工作日 9:00-17:00")), DateTimeOffset.UtcNow)).ToList();
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync();
        var setup = scope.ServiceProvider.GetRequiredService<CatalogueSetup>();
        var catalogues = new List<AgencyCatalogue>();
        foreach (var a in agencies) catalogues.Add((await setup.LoadAsync(a.Id))!);

        var clock = Stopwatch.StartNew();
        using var segmenter = new ChineseSegmenter();
        var corpus = PortalCorpus.Build(segmenter, Seed);
        log.WriteLine($"data: sentence and title pools segmented in {clock.Elapsed.TotalSeconds:F1} s");

        IEnumerable<Row> Rows() => Generate(corpus, segmenter, catalogues, items);
        PortalCorpus.VerifySegmentation(segmenter, Rows().Take(300).Select(r => (r.Title, r.DocumentNumber, r.TitleWords, r.BodyText, r.BodyWords)));
        clock.Restart();
        if (IsPostgres) await WritePostgresAsync((NpgsqlConnection)db.Database.GetDbConnection(), Rows);
        else WriteSqlite((SqliteConnection)db.Database.GetDbConnection(), Rows());
        log.WriteLine($"data: {items:N0} items with their search rows written in {clock.Elapsed.TotalSeconds:F0} s");
        return await AgenciesAsync(db);
    }

    private static async Task<IReadOnlyList<BenchAgency>> AgenciesAsync(GongkaiDbContext db)
    {
        var counts = await db.PublishedVersions().GroupBy(v => v.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var names = await db.Agencies.Where(a => a.Level != AgencyLevel.Region).ToDictionaryAsync(a => a.Id, a => a.Name);
        return counts.Where(c => names.ContainsKey(c.Key)).OrderByDescending(c => c.Count).Select(c => new BenchAgency(c.Key, names[c.Key], c.Count)).ToList();
    }

    /// <summary>One generated item: its row, its version and its index text.</summary>
    private sealed record Row(Guid Id, Guid AgencyId, string IssuingAgency, string CategoryCode, string IndexNumber, string Title, string? DocumentNumber,
        string TitleWords, string BodyHtml, string BodyText, string BodyWords, DateTimeOffset PublishAt, DateOnly GeneratedOn, int PublishYear,
        string[] Channels);

    private static IEnumerable<Row> Generate(PortalCorpus corpus, ChineseSegmenter segmenter, IReadOnlyList<AgencyCatalogue> catalogues, int items)
    {
        var random = new Random(Seed + 1);
        var leaves = catalogues.Select(c => c.Tree.Active.Where(k => c.Tree.Children(k.Code).Count == 0).Select(k => k.Code).ToArray()).ToArray();
        var serials = new Dictionary<(int, int), int>();
        var start = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = (new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero) - start).TotalSeconds;
        for (var n = 0; n < items; n++)
        {
            var share = random.NextDouble();
            var a = 0;
            for (var acc = AgencyPlan[0].Share; a < AgencyPlan.Length - 1 && share > acc; acc += AgencyPlan[++a].Share) { }
            var catalogue = catalogues[a];
            var publishAt = start.AddSeconds(Math.Floor(random.NextDouble() * span));
            var chinaDate = DateOnly.FromDateTime(publishAt.ToOffset(ChinaStandardTime.Offset).DateTime);
            var serial = serials[(a, chinaDate.Year)] = serials.GetValueOrDefault((a, chinaDate.Year)) + 1;
            var text = corpus.Compose(random);
            string? documentNumber = random.Next(10) < 3 ? $"{AgencyPlan[a].Short}〔{chinaDate.Year}〕{random.Next(1, 300)}号" : null;
            var titleWords = documentNumber is null ? text.TitleWords : text.TitleWords + " " + segmenter.IndexText(documentNumber);
            var channels = random.Next(10) < 3 ? new[] { catalogue.Channels[0].Code, catalogue.Channels[1].Code } : new[] { catalogue.Channels[0].Code };
            yield return new Row(NextGuid(random), catalogue.Agency.Id, catalogue.Agency.Name, Pick(random, leaves[a]),
                $"{AgencyPlan[a].Prefix}/{chinaDate.Year}-{serial:D6}", text.Title, documentNumber, titleWords, text.BodyHtml, text.BodyText, text.BodyWords,
                publishAt, chinaDate.AddDays(-random.Next(0, 15)), chinaDate.Year, channels);
        }
    }

    // From the seeded generator, so every pass over the rows (one per COPY) yields the same ids.
    private static Guid NextGuid(Random r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Pick(Random r, string[] list) => list[r.Next(list.Length)];

    private static void WriteSqlite(SqliteConnection connection, IEnumerable<Row> rows)
    {
        // The migration's pooled connections would keep the file in WAL mode (switching needs the only connection).
        SqliteConnection.ClearAllPools();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        // A file being generated (renamed only when complete) needs no journal: a crash leaves a .partial directory to delete.
        Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        using var tx = connection.BeginTransaction();
        var item = Prepare(connection, tx, "INSERT INTO disclosure_items (id, agency_id, status, title, category_code, revision, index_number, validity, " +
            "formed_or_changed_on, first_publish_at, created_by, created_at, updated_at, event_count) VALUES ($id, $agency, 'Published', $title, $category, 1, " +
            "$index, 'InForce', $formed, $publish, 'bench', $publish, $publish, 0)");
        var version = Prepare(connection, tx, "INSERT INTO published_versions (item_id, revision, agency_id, title, category_code, issuing_agency, generated_on, " +
            "document_number, summary, body_html, body_text, publish_at, formed_or_changed_on, publish_year, visible_until, cancelled) VALUES ($id, 1, $agency, " +
            "$title, $category, $issuer, $formed, $number, NULL, $html, $text, $publish, $formed, $year, NULL, 0)");
        var channel = Prepare(connection, tx, "INSERT INTO published_version_channels (item_id, revision, channel_code, position) VALUES ($id, 1, $code, $position)");
        var search = Prepare(connection, tx, "INSERT INTO catalogue_search (item_id, revision, agency_id, title, body) VALUES ($id, 1, $agency, $title, $body)");
        foreach (var r in rows)
        {
            var id = r.Id.ToString().ToUpperInvariant();
            var agency = r.AgencyId.ToString().ToUpperInvariant();
            var formed = r.GeneratedOn.ToString("yyyy-MM-dd");
            Run(item, ("$id", id), ("$agency", agency), ("$title", r.Title), ("$category", r.CategoryCode), ("$index", r.IndexNumber),
                ("$formed", formed), ("$publish", r.PublishAt.UtcTicks));
            Run(version, ("$id", id), ("$agency", agency), ("$title", r.Title), ("$category", r.CategoryCode), ("$issuer", r.IssuingAgency),
                ("$formed", formed), ("$number", (object?)r.DocumentNumber ?? DBNull.Value), ("$html", r.BodyHtml), ("$text", r.BodyText),
                ("$publish", r.PublishAt.UtcTicks), ("$year", r.PublishYear));
            for (var c = 0; c < r.Channels.Length; c++) Run(channel, ("$id", id), ("$code", r.Channels[c]), ("$position", c));
            Run(search, ("$id", id), ("$agency", agency), ("$title", r.TitleWords), ("$body", r.BodyWords));
        }
        // The index rows' visibility rows, as the migration fills them for rows indexed before it (CatalogueSearchIndex.IndexAsync
        // writes them one by one).
        using (var fill = connection.CreateCommand())
        {
            fill.Transaction = tx;
            fill.CommandText = CatalogueSearchIndex.SqliteVisibilityFill;
            fill.ExecuteNonQuery();
        }
        tx.Commit();
        Exec(connection, "ANALYZE; PRAGMA journal_mode=WAL;");
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct())
            command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// One COPY per table, each over its own pass of the deterministic generator (a connection has one COPY open at a time, and
    /// a million bodies are not worth holding in memory). The search rows go through a staging table so the tsvector is built
    /// by the same expression as <c>CatalogueSearchIndex.IndexAsync</c>; the GIN index is rebuilt once at the end, as the
    /// migration defines it.
    /// </summary>
    private static async Task WritePostgresAsync(NpgsqlConnection connection, Func<IEnumerable<Row>> rows)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await ExecAsync(connection, "DROP INDEX IF EXISTS ix_catalogue_search_tsv; CREATE TEMP TABLE bench_search (item_id uuid, agency_id uuid, title text, body text);");
        await CopyAsync(connection, "COPY disclosure_items (id, agency_id, status, title, category_code, revision, index_number, validity, " +
            "formed_or_changed_on, first_publish_at, created_by, created_at, updated_at, event_count) FROM STDIN (FORMAT BINARY)", rows(), async (w, r) =>
        {
            await w.StartRowAsync();
            await w.WriteAsync(r.Id, NpgsqlDbType.Uuid);
            await w.WriteAsync(r.AgencyId, NpgsqlDbType.Uuid);
            await w.WriteAsync("Published", NpgsqlDbType.Varchar);
            await w.WriteAsync(r.Title, NpgsqlDbType.Varchar);
            await w.WriteAsync(r.CategoryCode, NpgsqlDbType.Varchar);
            await w.WriteAsync(1, NpgsqlDbType.Integer);
            await w.WriteAsync(r.IndexNumber, NpgsqlDbType.Varchar);
            await w.WriteAsync("InForce", NpgsqlDbType.Varchar);
            await w.WriteAsync(r.GeneratedOn, NpgsqlDbType.Date);
            await w.WriteAsync(r.PublishAt, NpgsqlDbType.TimestampTz);
            await w.WriteAsync("bench", NpgsqlDbType.Varchar);
            await w.WriteAsync(r.PublishAt, NpgsqlDbType.TimestampTz);
            await w.WriteAsync(r.PublishAt, NpgsqlDbType.TimestampTz);
            await w.WriteAsync(0, NpgsqlDbType.Integer);
        });
        await CopyAsync(connection, "COPY published_versions (item_id, revision, agency_id, title, category_code, issuing_agency, generated_on, document_number, " +
            "body_html, body_text, publish_at, formed_or_changed_on, publish_year, cancelled) FROM STDIN (FORMAT BINARY)", rows(), async (w, r) =>
        {
            await w.StartRowAsync();
            await w.WriteAsync(r.Id, NpgsqlDbType.Uuid);
            await w.WriteAsync(1, NpgsqlDbType.Integer);
            await w.WriteAsync(r.AgencyId, NpgsqlDbType.Uuid);
            await w.WriteAsync(r.Title, NpgsqlDbType.Varchar);
            await w.WriteAsync(r.CategoryCode, NpgsqlDbType.Varchar);
            await w.WriteAsync(r.IssuingAgency, NpgsqlDbType.Varchar);
            await w.WriteAsync(r.GeneratedOn, NpgsqlDbType.Date);
            if (r.DocumentNumber is null) await w.WriteNullAsync(); else await w.WriteAsync(r.DocumentNumber, NpgsqlDbType.Varchar);
            await w.WriteAsync(r.BodyHtml, NpgsqlDbType.Text);
            await w.WriteAsync(r.BodyText, NpgsqlDbType.Text);
            await w.WriteAsync(r.PublishAt, NpgsqlDbType.TimestampTz);
            await w.WriteAsync(r.GeneratedOn, NpgsqlDbType.Date);
            await w.WriteAsync(r.PublishYear, NpgsqlDbType.Integer);
            await w.WriteAsync(false, NpgsqlDbType.Boolean);
        });
        await CopyAsync(connection, "COPY published_version_channels (item_id, revision, channel_code, position) FROM STDIN (FORMAT BINARY)", rows(), async (w, r) =>
        {
            for (var c = 0; c < r.Channels.Length; c++)
            {
                await w.StartRowAsync();
                await w.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(1, NpgsqlDbType.Integer);
                await w.WriteAsync(r.Channels[c], NpgsqlDbType.Varchar);
                await w.WriteAsync(c, NpgsqlDbType.Integer);
            }
        });
        await CopyAsync(connection, "COPY bench_search (item_id, agency_id, title, body) FROM STDIN (FORMAT BINARY)", rows(), async (w, r) =>
        {
            await w.StartRowAsync();
            await w.WriteAsync(r.Id, NpgsqlDbType.Uuid);
            await w.WriteAsync(r.AgencyId, NpgsqlDbType.Uuid);
            await w.WriteAsync(r.TitleWords, NpgsqlDbType.Text);
            await w.WriteAsync(r.BodyWords, NpgsqlDbType.Text);
        });
        await ExecAsync(connection, """
            INSERT INTO catalogue_search (item_id, revision, agency_id, tsv)
            SELECT item_id, 1, agency_id, setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'D') FROM bench_search;
            DROP TABLE bench_search;
            CREATE INDEX ix_catalogue_search_tsv ON catalogue_search USING GIN (tsv);
            ANALYZE;
            """);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string copy, IEnumerable<Row> rows, Func<NpgsqlBinaryImporter, Row, Task> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        importer.Timeout = TimeSpan.Zero;
        foreach (var r in rows) await write(importer, r);
        await importer.CompleteAsync();
    }

    private static async Task ExecAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
