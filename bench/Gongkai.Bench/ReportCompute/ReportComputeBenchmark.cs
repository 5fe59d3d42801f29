using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Services.Supervision;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Bench.ReportCompute;

/// <summary>
/// Issue 7 target: with 1,000 agencies and 1,000,000 requests, computing one agency's annual report (the workspace's
/// <see cref="AnnualReportAssembler"/>: tables 二, 三, 四, prose, checks) takes at most 1.5× a single hand-written GROUP BY over
/// the tables its figures come from (<see cref="HandReportTablesAsync"/>; table 三's GROUP BY alone is printed beside it), for
/// the busiest agency and one of average size, and the region roll-up (<see cref="RegionStatistics.RequestTableAsync"/>, table 三
/// of every agency of the region) at most 1.5× table 三's GROUP BY over the region and under 2 s — on SQLite, and on PostgreSQL
/// when <c>--postgres CONNSTR</c> is given. Also printed (no target): the supervising office's overview, every agency's live
/// report computed at once. Each time is the median of runs taken in turn with its baselines, after a warm-up.
/// </summary>
internal static class ReportComputeBenchmark
{
    private const double RatioTarget = 1.5;
    private static readonly TimeSpan RollUpTarget = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args)
    {
        int agencies = IntOption(args, "--agencies", 1000);
        int requests = IntOption(args, "--requests", 1_000_000);
        int runs = IntOption(args, "--runs", 7);
        string? postgres = StringOption(args, "--postgres");
        string dataDir = StringOption(args, "--data-dir") ?? RepoPaths.InRepository("bench", "data", "report-compute");
        string? only = StringOption(args, "--only");
        if (only is not (null or "sqlite" or "postgres")) throw new ArgumentException("--only takes sqlite or postgres");
        var region = new BenchRegion(agencies, requests);

        bool ok = true;
        var sqliteDir = Path.Combine(dataDir, $"sqlite-{agencies}-{requests}");
        if (only is not "postgres")
            ok &= await RunOnAsync("SQLite", region, runs, new()
            {
                ["Database:Provider"] = "sqlite",
                ["DataDirectory"] = sqliteDir,
            });
        if (only is "sqlite")
            Console.WriteLine("PostgreSQL: skipped (--only sqlite)");
        else if (postgres is not null)
            ok &= await RunOnAsync("PostgreSQL", region, runs, new()
            {
                ["Database:Provider"] = "postgres",
                [$"ConnectionStrings:{GongkaiDataOptions.ConnectionStringName}"] = postgres,
            });
        else
            Console.WriteLine("PostgreSQL: skipped (give --postgres \"Host=…;Database=gongkai_bench;Username=…;Password=…\")");
        return ok ? 0 : 1;
    }

    private static async Task<bool> RunOnAsync(string name, BenchRegion region, int runs, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGongkaiServices();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (!await EnsureDataAsync(name, region, provider)) return false;

        var busy = region.AgencyId(0);
        var typical = region.AgencyId(region.AgencyCount / 2);
        var supervisor = new StaffScope(Guid.NewGuid(), "bench", BenchRegion.RegionId, [AccountRole.Supervisor],
            Enumerable.Range(0, region.AgencyCount).Select(region.AgencyId));

        Console.WriteLine($"{name}: {region.AgencyCount:N0} agencies, {region.RequestCount:N0} requests; year {BenchRegion.Year}; median of {runs} runs");
        bool ok = true;
        var agencies = new[] { ("busiest agency", busy), ("typical agency", typical) };
        Func<Task<int>> Hand(Guid agency) => () => WithDbAsync(provider, db => HandGroupByAsync(db, AgencyFilter.One(agency)));
        Func<Task<int>> HandTables(Guid agency) => () => WithDbAsync(provider, db => HandReportTablesAsync(db, agency));
        Func<Task<int>> Report(Guid agency) => () => WithScopeAsync(provider, async sp =>
        {
            var assembled = await sp.GetRequiredService<AnnualReportAssembler>()
                .AssembleAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), agency, BenchRegion.Year);
            if (!assembled.Succeeded) throw new InvalidOperationException(string.Join("; ", assembled.Errors.Select(e => e.MessageEn)));
            return assembled.Value.Report.Number("t3.r1.c7") is { } n ? (int)n : -1;
        });
        var warmUp = await WarmUpAsync([.. agencies.SelectMany(a => new[] { Hand(a.Item2), HandTables(a.Item2), Report(a.Item2) })]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: warmed up {warmUp.TotalSeconds:F1} s, until tiered compilation settled"));
        foreach (var (label, agency) in agencies)
        {
            int rows = await WithDbAsync(provider, db => db.Set<Gongkai.Data.Requests.DisclosureRequestRecord>().CountAsync(r => r.AgencyId == agency));
            var timed = await TimeInTurnAsync(runs, Hand(agency), HandTables(agency), Report(agency));
            var (hand, handTables, report) = (timed[0], timed[1], timed[2]);
            ok &= Print($"{name}: {label} ({rows:N0} requests) report", report, handTables, null, "hand-written GROUP BY over the report's tables");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {label}: table 三's GROUP BY alone {Ms(hand.Median)}; the report is {report.Median / hand.Median:F2}× it (printed only)"));
            Console.WriteLine($"{name}: {label} phases (medians): {await PhasesAsync(provider, agency, runs)}");
        }

        var regionTimed = await TimeInTurnAsync(runs,
            () => WithDbAsync(provider, db => HandGroupByAsync(db, AgencyFilter.Region(BenchRegion.RegionId))),
            () => WithScopeAsync(provider, async sp =>
            {
                var totals = await sp.GetRequiredService<RegionStatistics>().RequestTableAsync(supervisor, BenchRegion.RegionId, BenchRegion.Year);
                if (!totals.Succeeded) throw new InvalidOperationException(string.Join("; ", totals.Errors.Select(e => e.MessageEn)));
                return totals.Value.Number("t3.r1.c7") is { } n ? (int)n : -1;
            }));
        var (handRegion, rollUp) = (regionTimed[0], regionTimed[1]);
        ok &= Print($"{name}: region roll-up of table 三", rollUp, handRegion, RollUpTarget);

        // The supervising office's view in January: every agency's live report (tables 二, 三, 四, prose, checks) at once.
        var overview = await TimeAsync(runs, () => WithScopeAsync(provider, async sp =>
        {
            var view = await sp.GetRequiredService<SupervisionOverview>().ForRegionAsync(supervisor, BenchRegion.RegionId, BenchRegion.Year);
            if (!view.Succeeded) throw new InvalidOperationException(string.Join("; ", view.Errors.Select(e => e.MessageEn)));
            return view.Value.Agencies.Count;
        }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: supervision overview ({overview.Check:N0} live reports): {Ms(overview.Median)}; {overview.Median / handRegion.Median:F2}× the region's hand-written GROUP BY (printed only)"));
        return ok;
    }

    /// <summary>
    /// Where a report's time goes, so that progress shows through the noise of a loaded machine: the report's reads one by one
    /// on one open connection — the agency, each table source, the saved prose and last year's published report (the rest of
    /// the report's time is building it and running the checks in memory). Here each source runs its reads as a batch of its
    /// own; the assembler sends every source's reads, the saved prose and last year's report as one batch after the agency's.
    /// </summary>
    private static async Task<string> PhasesAsync(IServiceProvider provider, Guid agencyId, int runs)
    {
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (int i = 0; i <= runs; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var assembler = scope.ServiceProvider.GetRequiredService<AnnualReportAssembler>();
            var published = scope.ServiceProvider.GetRequiredService<PublishedReports>();
            var clock = Stopwatch.StartNew();
            void Lap(string phase)
            {
                // The first pass warms up; its laps are not kept.
                if (i > 0) (times.TryGetValue(phase, out var list) ? list : times[phase] = []).Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
            }
            await db.Database.OpenConnectionAsync();
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId);
            Lap("agency");
            foreach (var source in assembler.Sources)
            {
                await source.ContributeAsync(agency, BenchRegion.Year, CancellationToken.None);
                Lap(source.GetType().Name.Replace("TableSource", "", StringComparison.Ordinal));
            }
            await db.ReportProse.AsNoTracking().Where(p => p.AgencyId == agencyId && p.Year == BenchRegion.Year).ToListAsync();
            await published.FindReportAsync(agencyId, BenchRegion.Year - 1);
            Lap("prose+last year");
        }
        return string.Join(", ", times.Select(kv =>
        {
            kv.Value.Sort();
            return string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value[kv.Value.Count / 2]:F1} ms");
        }));
    }

    private static bool Print(string label, Timing subject, Timing hand, TimeSpan? limit, string baseline = "hand-written GROUP BY")
    {
        if (subject.Check != hand.Check)
            throw new InvalidOperationException($"{label}: r1 total {subject.Check} differs from the hand query's {hand.Check}");
        double ratio = subject.Median.TotalMilliseconds / hand.Median.TotalMilliseconds;
        bool ratioOk = ratio <= RatioTarget;
        bool limitOk = limit is null || subject.Median <= limit;
        string limitText = limit is { } l ? string.Create(CultureInfo.InvariantCulture, $"; target < {l.TotalSeconds:0} s {(limitOk ? "ok" : "MISSED")}") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {Ms(subject.Median)}; {baseline} {Ms(hand.Median)}; ratio {ratio:F2}× (target ≤ {RatioTarget}×) {(ratioOk ? "ok" : "MISSED")}{limitText}"));
        return ratioOk && limitOk;
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F1} ms");

    private sealed record Timing(TimeSpan Median, int Check);

    /// <summary>Longest warm-up: on a machine busy with other work tiered compilation may need this long to catch up.</summary>
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs the measured actions in rounds until tiered compilation has settled — no method compiled for a second, and at least
    /// three seconds — so that neither the report nor the hand query is measured in unoptimised code, as neither runs in a
    /// server that has been up for a while. One warm-up run was not enough: the report's code (EF Core's query pipeline, the
    /// sources, the checks) then ran at tier 0 while the hand query's little code did not matter.
    /// </summary>
    private static async Task<TimeSpan> WarmUpAsync(IReadOnlyList<Func<Task<int>>> actions)
    {
        var clock = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        long compiled = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed < MaxWarmUp)
        {
            foreach (var action in actions) await action();
            long now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quiet.Restart();
            }
            else if (quiet.Elapsed.TotalSeconds >= 1 && clock.Elapsed.TotalSeconds >= 3) break;
        }
        return clock.Elapsed;
    }

    /// <summary>
    /// Actions timed in turn — one run of each, then the next round — so that a change in the machine's load (other processes,
    /// a garbage collection) falls on all alike rather than on whichever was timed at that moment; the median of each.
    /// </summary>
    private static async Task<Timing[]> TimeInTurnAsync(int runs, params Func<Task<int>>[] actions)
    {
        var checks = new int[actions.Length];
        var times = actions.Select(_ => new List<TimeSpan>()).ToArray();
        for (int i = 0; i < actions.Length; i++) checks[i] = await actions[i]();
        // At least `runs` rounds and two seconds: a small agency's report takes about a millisecond, and seven runs of that
        // catch the scheduler's noise more than the report.
        var total = Stopwatch.StartNew();
        for (int run = 0; run < runs || total.Elapsed < TimeSpan.FromSeconds(2); run++)
            for (int i = 0; i < actions.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                checks[i] = await actions[i]();
                times[i].Add(clock.Elapsed);
            }
        return [.. times.Select((t, i) =>
        {
            t.Sort();
            return new Timing(t[t.Count / 2], checks[i]);
        })];
    }

    private static async Task<Timing> TimeAsync(int runs, Func<Task<int>> action)
    {
        int check = await action();
        var times = new List<TimeSpan>();
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            check = await action();
            times.Add(clock.Elapsed);
        }
        times.Sort();
        return new Timing(times[times.Count / 2], check);
    }

    private static async Task<T> WithScopeAsync<T>(IServiceProvider provider, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static Task<T> WithDbAsync<T>(IServiceProvider provider, Func<GongkaiDbContext, Task<T>> action) =>
        WithScopeAsync(provider, sp => action(sp.GetRequiredService<GongkaiDbContext>()));

    private sealed record AgencyFilter(string Sql, Guid Id)
    {
        public static AgencyFilter One(Guid agency) => new("agency_id = @id", agency);
        public static AgencyFilter Region(Guid region) => new("agency_id IN (SELECT id FROM agencies WHERE parent_id = @id)", region);
    }

    /// <summary>
    /// The baseline: one statement, written by hand, that reads the same rows and sums the same table-三 figures per applicant
    /// kind and outcome (received, open at the start, concluded, open at the end). Returns the r1 total as a cross-check.
    /// </summary>
    private static async Task<int> HandGroupByAsync(GongkaiDbContext db, AgencyFilter filter)
    {
        bool sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT applicant_kind, outcome,
                   SUM(CASE WHEN received_on >= @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN received_on < @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on <= @last THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on IS NULL OR concluded_on > @last THEN 1 ELSE 0 END)
            FROM disclosure_requests
            WHERE {filter.Sql} AND received_on IS NOT NULL AND received_on <= @last AND (concluded_on IS NULL OR concluded_on >= @first)
            GROUP BY applicant_kind, outcome
            """;
        AddAgencyAndYear(command, sqlite, filter.Id);
        int received = 0;
        await using var reader = await command.ExecuteReaderAsync();
        var sink = new ResultSink();
        while (await reader.ReadAsync())
        {
            sink.Text(reader, 0, 2);
            sink.Counts(reader, 2, 6);
            received += checked((int)reader.GetInt64(2));
        }
        sink.Done();
        return received;
    }

    /// <summary>
    /// The baseline of one agency's report: one statement, written by hand, over every table the report's figures are counted
    /// from — table 三's GROUP BY above; table 四's cases by kind and result; table 二's normative documents by kind (issued,
    /// repealed, in force) and the year's enforcement figures; section 一's items first published in the year by category and
    /// channel, and the year's publications by formed and published date (for 条例第二十六条's 20 working days) — as UNION ALL of
    /// one GROUP BY per table. The report reads besides: the agency's name, its catalogue's category and channel names, the saved
    /// prose and last year's published report. Returns table 三's r1 total as a cross-check.
    /// </summary>
    private static async Task<int> HandReportTablesAsync(GongkaiDbContext db, Guid agencyId)
    {
        bool sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'requests', CAST(applicant_kind AS TEXT), CAST(outcome AS TEXT),
                   SUM(CASE WHEN received_on >= @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN received_on < @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on <= @last THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on IS NULL OR concluded_on > @last THEN 1 ELSE 0 END)
            FROM disclosure_requests
            WHERE agency_id = @id AND received_on IS NOT NULL AND received_on <= @last AND (concluded_on IS NULL OR concluded_on >= @first)
            GROUP BY applicant_kind, outcome
            UNION ALL
            SELECT 'appeals', CAST(kind AS TEXT), CAST(result AS TEXT),
                   SUM(CASE WHEN filed_on >= @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN filed_on < @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on <= @last THEN 1 ELSE 0 END),
                   SUM(CASE WHEN concluded_on IS NULL OR concluded_on > @last THEN 1 ELSE 0 END)
            FROM appeal_cases
            WHERE agency_id = @id AND filed_on <= @last AND (filed_on >= @first OR concluded_on IS NULL OR concluded_on >= @first)
            GROUP BY kind, result
            UNION ALL
            SELECT 'documents', CAST(kind AS TEXT), NULL,
                   SUM(CASE WHEN issued_on >= @first THEN 1 ELSE 0 END),
                   SUM(CASE WHEN repealed_on >= @first AND repealed_on <= @last THEN 1 ELSE 0 END),
                   SUM(CASE WHEN (repealed_on IS NULL OR repealed_on > @last) AND (superseded_on IS NULL OR superseded_on > @last) THEN 1 ELSE 0 END),
                   0
            FROM normative_documents
            WHERE agency_id = @id AND issued_on <= @last
            GROUP BY kind
            UNION ALL
            SELECT 'enforcement', NULL, NULL, licensing_decisions, penalty_decisions, enforcement_decisions, fee_income_fen
            FROM enforcement_statistics
            WHERE agency_id = @id AND year = @year
            UNION ALL
            SELECT 'items', v.category_code, c.channel_code, COUNT(*), 0, 0, 0
            FROM published_versions AS v
            JOIN disclosure_items AS i ON i.id = v.item_id
            LEFT JOIN published_version_channels AS c ON c.item_id = v.item_id AND c.revision = v.revision
            WHERE v.agency_id = @id AND NOT v.cancelled AND v.publish_at <= @end AND (v.visible_until IS NULL OR v.visible_until > @end)
              AND i.first_publish_at >= @start AND i.first_publish_at <= @end
            GROUP BY v.category_code, c.channel_code
            UNION ALL
            SELECT 'publications', CAST(formed_or_changed_on AS TEXT), CAST(publish_at AS TEXT), COUNT(*), 0, 0, 0
            FROM published_versions
            WHERE agency_id = @id AND NOT cancelled AND publish_at >= @start AND publish_at <= @end
              AND (visible_until IS NULL OR visible_until > publish_at)
            GROUP BY formed_or_changed_on, publish_at
            """;
        // The year's first and last instant, China time; SQLite stores instants as UTC ticks.
        var start = new DateTimeOffset(BenchRegion.Year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var end = start.AddYears(1).AddTicks(-1);
        AddAgencyAndYear(command, sqlite, agencyId);
        Add(command, "@start", sqlite ? start.UtcTicks : start);
        Add(command, "@end", sqlite ? end.UtcTicks : end);
        Add(command, "@year", BenchRegion.Year);
        int received = 0;
        await using var reader = await command.ExecuteReaderAsync();
        var sink = new ResultSink();
        while (await reader.ReadAsync())
        {
            sink.Text(reader, 0, 3);
            sink.Counts(reader, 3, 7);
            if (reader.GetString(0) == "requests") received += checked((int)reader.GetInt64(3));
        }
        sink.Done();
        return received;
    }

    /// <summary>
    /// Takes every column of a hand query's rows, as a program producing the table must: its keys as text and its counts as
    /// whole numbers. (Until session 9 the hand queries read one count per row and left the rest unread — less than any caller
    /// of the query could do with it.)
    /// </summary>
    private sealed class ResultSink
    {
        private long _taken;

        public void Text(DbDataReader reader, int from, int to)
        {
            for (int i = from; i < to; i++) _taken += reader.IsDBNull(i) ? 0 : reader.GetString(i).Length;
        }

        public void Counts(DbDataReader reader, int from, int to)
        {
            for (int i = from; i < to; i++) _taken += reader.IsDBNull(i) ? 0 : reader.GetInt64(i);
        }

        public void Done()
        {
            if (_taken < 0) throw new InvalidOperationException("A hand query returned a negative count.");
        }
    }

    /// <summary>@id and the year's first and last day (@first, @last), in the forms each provider stores them.</summary>
    private static void AddAgencyAndYear(DbCommand command, bool sqlite, Guid id)
    {
        var first = new DateOnly(BenchRegion.Year, 1, 1);
        var last = new DateOnly(BenchRegion.Year, 12, 31);
        Add(command, "@id", sqlite ? id.ToString().ToUpperInvariant() : id);
        Add(command, "@first", sqlite ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : first);
        Add(command, "@last", sqlite ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : last);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<bool> EnsureDataAsync(string name, BenchRegion region, IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        switch (await region.IsGeneratedAsync(db))
        {
            case true:
                Console.WriteLine($"{name}: reusing the generated data");
                return true;
            case null:
                Console.Error.WriteLine($"{name}: the database holds other data; give an empty database (or delete the bench data directory)");
                return false;
        }
        var clock = Stopwatch.StartNew();
        await region.AddAgenciesAsync(db);
        void Progress(long n) => Console.Write($"\r{name}: generating requests {n:N0}/{region.RequestCount:N0}");
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite) region.InsertRequests(sqlite, Progress);
        else await region.InsertRequestsAsync((NpgsqlConnection)connection, Progress);
        // Fresh planner statistics, as a database in service has.
        await db.Database.ExecuteSqlRawAsync(connection is SqliteConnection ? "ANALYZE" : "ANALYZE disclosure_requests");
        Console.WriteLine($"\r{name}: generated {region.AgencyCount:N0} agencies and {region.RequestCount:N0} requests in {clock.Elapsed.TotalSeconds:F0} s");
        return true;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        if (at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new ArgumentException($"{name} takes a positive whole number");
    }

    private static string? StringOption(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        if (at < 0) return null;
        return at + 1 < args.Length ? args[at + 1] : throw new ArgumentException($"{name} takes a value");
    }
}
