extern alias web;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.RegularExpressions;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Persistence;
using Gongkai.Services.Agencies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Bench;

/// <summary>
/// Issue 5 target: durable online submissions per second through HTTP reach ≥ 50 % of the rate of raw INSERTs of the same
/// rows with the same durability, measured in the same run.
/// <para>
/// Subject: the real web host (Program, production environment) on loopback Kestrel, its database in a temporary data
/// directory (SQLite, WAL) or the given PostgreSQL database, with <c>RateLimits:Disabled=true</c> — the public form is
/// otherwise limited to 60 posts a minute per client address, and every bench client comes from 127.0.0.1. N clients each
/// fetch the form like a browser (GET: antiforgery cookie and token) and post it; a submission counts when the answer shows
/// the request number, i.e. after the commit.
/// </para>
/// <para>
/// Baseline: for every submission, one transaction that takes the next number from the counter and inserts copies of the
/// rows one HTTP submission stored (request, event, audit entries), with fresh keys — on SQLite on one connection to the same
/// database file (same journal mode and synchronous setting, read back from the app's connection); on PostgreSQL the faster of
/// one connection and as many side by side as the HTTP phase has clients (see <see cref="RawInsertsAsync"/>).
/// </para>
/// </summary>
internal static partial class RequestSubmitBenchmark
{
    private const double Target = 0.5;

    /// <summary>Longest warm-up of the HTTP phase while waiting for tiered compilation to settle.</summary>
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(300);

    // Tables a submission writes besides the numbering counter, in foreign-key order.
    private static readonly string[] Tables = ["disclosure_requests", "request_events", "audit_entries"];

    public static int Run(string[] args, double seconds)
    {
        // Enough clients to keep the server busy: the rate is what the intake can take. With 4, each client waits for its own
        // answer (≈ 8 ms a GET and POST on the idle machine) and the rate is 4 / that latency with a core idle (session 8: 148 %
        // of one core at 4 clients, 161–167 % at 8 and 16). `--clients 4` gives the earlier sessions' figure.
        var clients = 16;
        var at = Array.IndexOf(args, "--clients");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out clients) || clients < 1))
        {
            Console.Error.WriteLine("error: --clients takes a positive whole number, e.g. --clients 8");
            return 2;
        }
        var pg = Array.IndexOf(args, "--postgres");
        string? postgres = null;
        if (pg >= 0)
        {
            if (pg + 1 >= args.Length)
            {
                Console.Error.WriteLine("error: --postgres takes a connection string");
                return 2;
            }
            postgres = args[pg + 1];
        }
        if (WebAppGcSettings() is { Count: > 0 } gc) return RunInChildProcess(gc);
        return postgres is null
            ? RunAsync(seconds, clients, null).GetAwaiter().GetResult()
            : WithScratchDatabaseAsync(postgres, scratch => RunAsync(seconds, clients, scratch)).GetAwaiter().GetResult();
    }

    // The web app is hosted in this process, so it runs with this process's runtime settings, not with those of its own
    // Gongkai.Web.runtimeconfig.json, which a deployment (`dotnet Gongkai.Web.dll`) uses. The GC differs: an ASP.NET Core
    // project (Microsoft.NET.Sdk.Web) runs Server GC, which adapts its heaps to the load (DATAS), this console bench
    // Workstation GC. So the run is repeated in a child process with the web app's GC settings.
    private const string ChildMarker = "GONGKAI_BENCH_WEB_GC";

    /// <summary>The environment that gives this process the web app's GC; empty when it already runs with it.</summary>
    private static Dictionary<string, string> WebAppGcSettings()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "Gongkai.Web.runtimeconfig.json");
        if (Environment.GetEnvironmentVariable(ChildMarker) is not null || !File.Exists(path)) return settings;
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        if (!config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)) return settings;
        var server = properties.TryGetProperty("System.GC.Server", out var s) && s.GetBoolean();
        if (server != System.Runtime.GCSettings.IsServerGC) settings["DOTNET_gcServer"] = server ? "1" : "0";
        if (properties.TryGetProperty("System.GC.Concurrent", out var c)) settings["DOTNET_gcConcurrent"] = c.GetBoolean() ? "1" : "0";
        if (settings.Count > 0) settings[ChildMarker] = "1";
        return settings;
    }

    private static int RunInChildProcess(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        var commandLine = Environment.GetCommandLineArgs();
        // Under the dotnet host the first argument is the bench's .dll; an apphost is itself the first argument.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(commandLine[0]);
        foreach (var argument in commandLine.Skip(1)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        Console.WriteLine($"request-submit: running with the web app's GC settings ({string.Join(" ", environment.Where(e => e.Key != ChildMarker).Select(e => $"{e.Key}={e.Value}"))})");
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    private static async Task<int> RunAsync(double seconds, int clients, string? postgres)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        try
        {
            await using var host = new BenchHost(dataDirectory, postgres);
            host.Start();
            var agencyId = await host.AddAgencyAsync();
            var settings = await host.DurabilityAsync();
            // The baseline connects as the app does (on PostgreSQL with the defaults the app adds, e.g. prepared statements).
            var appConnection = postgres is null ? null : host.ConnectionString();
            Console.WriteLine($"request-submit: {(postgres is null ? "SQLite " + Path.Combine(dataDirectory, GongkaiDataOptions.SqliteFileName) : "PostgreSQL, Max Auto Prepare=" + new NpgsqlConnectionStringBuilder(appConnection).MaxAutoPrepare)}, " +
                              $"{settings}, {clients} clients, RateLimits:Disabled=true, {Environment.ProcessorCount} cores, " +
                              $"{(System.Runtime.GCSettings.IsServerGC ? "Server" : "Workstation")} GC");

            var before = await host.CountRowsAsync();
            var (submitted, total, elapsed) = await SubmitOverHttpAsync(host.BaseAddress, agencyId, clients, seconds);
            var after = await host.CountRowsAsync();
            var rowsPerSubmission = Tables.ToDictionary(t => t, t => (after[t] - before[t]) / (double)total);
            var httpRate = submitted / elapsed.TotalSeconds;
            Console.WriteLine($"  HTTP: {submitted} submissions in {elapsed.TotalSeconds:F1} s = {httpRate:F1}/s " +
                              $"(rows per submission: {string.Join(", ", rowsPerSubmission.Select(kv => $"{kv.Key} {kv.Value:F2}"))})");
            if (rowsPerSubmission.Any(kv => kv.Value != Math.Round(kv.Value)))
            {
                Console.Error.WriteLine("error: another writer changed the tables during the run; the row counts are not whole per submission");
                return 2;
            }

            var sample = await host.SampleRowsAsync(rowsPerSubmission.ToDictionary(kv => kv.Key, kv => (int)kv.Value));
            await host.DisposeAsync();
            SqliteConnection.ClearAllPools();
            // SQLite: one connection. PostgreSQL: one connection and as many as the HTTP phase has clients; the faster is the baseline.
            var rawRate = 0.0;
            foreach (var connections in appConnection is null ? [1] : new[] { 1, clients }.Distinct())
            {
                var (inserted, rawElapsed) = await RawInsertsAsync(appConnection, dataDirectory, settings, agencyId, sample, seconds, connections);
                Console.WriteLine($"  raw INSERT transactions on {connections} connection(s): {inserted} in {rawElapsed.TotalSeconds:F1} s = {inserted / rawElapsed.TotalSeconds:F1}/s");
                rawRate = Math.Max(rawRate, inserted / rawElapsed.TotalSeconds);
            }
            var ratio = httpRate / rawRate;
            Console.WriteLine($"request-submit: HTTP {httpRate:F1}/s vs raw {rawRate:F1}/s; ratio {ratio:P1} (target ≥ {Target:P0}) {(ratio >= Target ? "ok" : "MISSED")}");
            return ratio >= Target ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp directory left behind is harmless.
            }
        }
    }

    /// <summary>Runs against a new database on the given server (created from the given connection, dropped afterwards).</summary>
    private static async Task<int> WithScratchDatabaseAsync(string connectionString, Func<string, Task<int>> run)
    {
        var name = "gongkai_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, null, $"CREATE DATABASE {name}");
        }
        try
        {
            return await run(new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(connectionString);
            await admin.OpenAsync();
            await ExecuteAsync(admin, null, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>N clients, each a browser: GET the form (cookie + token), POST it, until the time is up; after a warm-up at least as long.</summary>
    /// <returns>Submissions in the measured time, all submissions (with the warm-up), and the measured time.</returns>
    private static async Task<(int Submitted, int Total, TimeSpan Elapsed)> SubmitOverHttpAsync(string baseAddress, Guid agencyId, int clients, double seconds)
    {
        var path = $"/apply/{agencyId}";
        var counter = 0;
        var total = 0;
        var failures = 0;
        long getTicks = 0, postTicks = 0;
        async Task ClientAsync(int client, Func<bool> running, bool count)
        {
            using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(baseAddress) };
            var i = 0;
            while (running())
            {
                var started = Stopwatch.GetTimestamp();
                var form = await http.GetStringAsync(path);
                var fetched = Stopwatch.GetTimestamp();
                var token = TokenPattern().Match(form).Groups[1].Value;
                using var content = new MultipartFormDataContent();
                foreach (var (name, value) in Fields(client, i++, token)) content.Add(new StringContent(value), name);
                using var response = await http.PostAsync(path, content);
                var body = await response.Content.ReadAsStringAsync();
                if (count)
                {
                    Interlocked.Add(ref getTicks, fetched - started);
                    Interlocked.Add(ref postTicks, Stopwatch.GetTimestamp() - fetched);
                }
                if (response.IsSuccessStatusCode && body.Contains("申请已提交", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref total);
                    if (count) Interlocked.Increment(ref counter);
                }
                else if (Interlocked.Increment(ref failures) == 1)
                    Console.Error.WriteLine($"  a submission failed: {(int)response.StatusCode} {string.Join("; ", Regex.Matches(body, "<li>([^<]+)</li>").Select(m => m.Groups[1].Value))}");
            }
        }

        // Warm-up at least as long as the measurement, then in 3-second rounds until tiered compilation has settled: three
        // rounds in a row that compiled at most 10 methods. The web app is some 40,000 methods; each is compiled at tier 0,
        // again instrumented, again optimised, only after enough calls, and on the JIT's background thread, in bursts — on a
        // busy machine for a minute or more, while the rate can stay flat (a plateau of unoptimised code, which is what
        // ended the earlier rule "until the rate stops rising" too soon in some runs). A deployment serves for days in
        // optimised code, which is what is measured here.
        var warmUp = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(c, () => warmUp.Elapsed.TotalSeconds < seconds, count: false)));
        var rounds = new List<long>();
        for (var settled = 0; settled < 3 && warmUp.Elapsed < MaxWarmUp;)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var round = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(c, () => round.Elapsed.TotalSeconds < 3, count: false)));
            rounds.Add(JitInfo.GetCompiledMethodCount() - compiled);
            settled = rounds[^1] <= 10 ? settled + 1 : 0;
        }
        Console.WriteLine($"  warm-up {warmUp.Elapsed.TotalSeconds:F0} s; methods compiled per 3-s round after the first {seconds:F0} s: {string.Join(" ", rounds)}");
        if (warmUp.Elapsed >= MaxWarmUp)
            Console.WriteLine($"  warning: tiered compilation had not settled after {MaxWarmUp.TotalSeconds:F0} s of warm-up; the figures include JIT work");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jitted = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(c, () => clock.Elapsed.TotalSeconds < seconds, count: true)));
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        jitted = JitInfo.GetCompiledMethodCount() - jitted;
        jitTime = JitInfo.GetCompilationTime() - jitTime;
        if (failures > 0) throw new InvalidOperationException($"{failures} submissions failed");
        if (counter > 0)
            Console.WriteLine($"  mean latency: GET form {Stopwatch.GetElapsedTime(0, getTicks / counter).TotalMilliseconds:F1} ms, " +
                              $"POST form {Stopwatch.GetElapsedTime(0, postTicks / counter).TotalMilliseconds:F1} ms; " +
                              $"CPU of server and clients {cpu.TotalMilliseconds / counter:F1} ms per submission ({cpu / clock.Elapsed:P0} of one core); " +
                              $"after {warmUp.Elapsed.TotalSeconds:F0} s of warm-up, JIT in the measured time {jitted} methods, {jitTime.TotalMilliseconds:F0} ms");
        return (counter, total, clock.Elapsed);
    }

    private static IEnumerable<(string Name, string Value)> Fields(int client, int i, string token)
    {
        var body17 = $"64030219850612{(client * 7919 + i) % 1000:D3}";
        return
        [
            ("__RequestVerificationToken", token),
            ("Form.ApplicantKind", "NaturalPerson"),
            ("Form.Name", "马小红"),
            ("Form.IdentityType", "resident-id"),
            ("Form.IdentityNumber", body17 + ResidentIdNumber.CheckCharacter(body17)),
            ("Form.Phone", "13995300000"),
            ("Form.Title", $"红寺堡区2025年度建设用地供应计划（第{client}-{i}件）"),
            ("Form.Description", "包括各宗地的位置、面积、用途和供应方式。"),
            ("Form.Form", "Electronic"),
            ("Form.Delivery", "Online"),
        ];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>One transaction per submission: next number from the counter, then the sampled rows with fresh keys.</summary>
    /// <remarks>
    /// On PostgreSQL the baseline is measured on one connection and on as many side by side as the HTTP phase has clients, and
    /// the faster counts: a server commits concurrent transactions together, but every raw transaction also waits for the
    /// previous one's commit on the numbering counter's row. SQLite has a single writer — further connections only wait for it
    /// (Microsoft.Data.Sqlite sleeps and retries a busy database) — so its baseline is one connection writing back to back.
    /// </remarks>
    private static async Task<(int Inserted, TimeSpan Elapsed)> RawInsertsAsync(
        string? postgres, string dataDirectory, Durability settings, Guid agencyId, IReadOnlyList<SampleRow> sample, double seconds, int count)
    {
        var connections = new List<DbConnection>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                DbConnection opened = postgres is null
                    ? new SqliteConnection($"Data Source={Path.Combine(dataDirectory, GongkaiDataOptions.SqliteFileName)};Pooling=False")
                    : new NpgsqlConnection(postgres);
                connections.Add(opened);
                await opened.OpenAsync();
                if (postgres is null)
                    await ExecuteAsync(opened, null, $"PRAGMA journal_mode={settings.JournalMode}; PRAGMA synchronous={settings.Synchronous}; PRAGMA foreign_keys=ON;");
            }
            return await RawInsertsOnAsync(connections, agencyId, sample, seconds);
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    private static async Task<(int Inserted, TimeSpan Elapsed)> RawInsertsOnAsync(
        IReadOnlyList<DbConnection> connections, Guid agencyId, IReadOnlyList<SampleRow> sample, double seconds)
    {
        var year = sample.First(r => r.Table == "disclosure_requests").Values["year"] is { } y ? Convert.ToInt32(y, CultureInfo.InvariantCulture) : DateTime.UtcNow.Year;
        long[] auditSequence = [Convert.ToInt64(await ScalarAsync(connections[0], null, "SELECT COALESCE(MAX(sequence), 0) FROM audit_entries"), CultureInfo.InvariantCulture)];

        async Task OneAsync(DbConnection connection)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var number = Convert.ToInt32(await ScalarAsync(connection, transaction,
                "UPDATE request_number_counters SET last_number = last_number + 1 WHERE agency_id = @p0 AND year = @p1 RETURNING last_number",
                agencyId, year), CultureInfo.InvariantCulture);
            var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in sample)
            {
                var values = new Dictionary<string, object?>(row.Values);
                foreach (var key in row.Values.Keys)
                {
                    if (values[key] is string s && (key == "id" || ids.ContainsKey(s)) && Guid.TryParse(s, out _))
                    {
                        if (!ids.TryGetValue(s, out var fresh)) ids[s] = fresh = Fresh(s);
                        values[key] = fresh;
                    }
                    else if (values[key] is Guid g && (key == "id" || ids.ContainsKey(g.ToString())))
                    {
                        if (!ids.TryGetValue(g.ToString(), out var fresh)) ids[g.ToString()] = fresh = Guid.NewGuid().ToString();
                        values[key] = Guid.Parse(fresh);
                    }
                }
                if (row.Table == "disclosure_requests")
                {
                    values["sequence"] = number;
                    values["number"] = $"{year}-{number:D5}";
                    values["lookup_code_hash"] = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
                }
                if (row.Table == "audit_entries")
                {
                    values["sequence"] = Interlocked.Increment(ref auditSequence[0]);
                    if (values.TryGetValue("record_id", out var recordId) && recordId is string r && ids.TryGetValue(r, out var newRecord)) values["record_id"] = newRecord;
                }
                var columns = values.Keys.ToList();
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO {row.Table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})",
                    [.. columns.Select(c => values[c])]);
            }
            await transaction.CommitAsync();
        }

        // At least a second, and until a second passes without a method compiled: the baseline is measured in optimised
        // code too, like the HTTP phase.
        var warmUp = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        for (var compiled = JitInfo.GetCompiledMethodCount(); warmUp.Elapsed < TimeSpan.FromSeconds(30);)
        {
            await OneAsync(connections[0]);
            if (JitInfo.GetCompiledMethodCount() != compiled)
            {
                compiled = JitInfo.GetCompiledMethodCount();
                quiet.Restart();
            }
            else if (quiet.Elapsed.TotalSeconds >= 1 && warmUp.Elapsed.TotalSeconds >= 1) break;
        }
        var clock = Stopwatch.StartNew();
        var inserted = await Task.WhenAll(connections.Select(async connection =>
        {
            var n = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                await OneAsync(connection);
                n++;
            }
            return n;
        }));
        return (inserted.Sum(), clock.Elapsed);
    }

    /// <summary>A new GUID written the way the sample wrote its GUIDs (SQLite keeps them as upper-case text).</summary>
    private static string Fresh(string like) => like.Any(char.IsUpper) ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid().ToString();

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            p.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    /// <summary>A row one HTTP submission stored, column by column.</summary>
    private sealed record SampleRow(string Table, IReadOnlyDictionary<string, object?> Values);

    /// <summary>The durability settings of the app's database connection.</summary>
    private sealed record Durability(string JournalMode, string Synchronous)
    {
        public override string ToString() => JournalMode.Length == 0 ? $"synchronous_commit={Synchronous}" : $"journal_mode={JournalMode}, synchronous={Synchronous}";
    }

    /// <summary>The production host (environment Production) on a free loopback port.</summary>
    private sealed class BenchHost(string dataDirectory, string? postgres) : WebApplicationFactory<web::Program>
    {
        public string BaseAddress { get; private set; } = "";

        public void Start()
        {
            // The factory finds the web project's folder only from a test assembly; a bench names it (wwwroot, appsettings.json).
            var repo = new DirectoryInfo(AppContext.BaseDirectory);
            while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Gongkai.slnx"))) repo = repo.Parent;
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GONGKAI_WEB",
                Path.Combine(repo?.FullName ?? throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory), "src", "Gongkai.Web"));
            UseKestrel(0);
            StartServer();
            BaseAddress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", postgres is null ? "sqlite" : "postgres");
            if (postgres is not null) builder.UseSetting("ConnectionStrings:Gongkai", postgres);
            builder.UseSetting("DataDirectory", dataDirectory);
            builder.UseSetting("RateLimits:Disabled", "true");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Accounts:Bootstrap:UserName", "bench-admin");
            builder.UseSetting("Accounts:Bootstrap:Password", "Bench-Admin-Passw0rd");
        }

        public async Task<Guid> AddAgencyAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var region = await directory.AddAsync(new NewAgency(null, new AgencyInput($"压测区{suffix}", null, "region", null, null, DisclosureOfficeContact.None)));
            var org8 = "MB" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
            var body = "11640300" + org8 + UnifiedSocialCreditCode.OrganizationCheckCharacter(org8);
            var agency = await directory.AddAsync(new NewAgency(region.Value.Name,
                new AgencyInput($"压测局{suffix}", body + UnifiedSocialCreditCode.CheckCharacter(body), "department", null, null, DisclosureOfficeContact.None)));
            if (!agency.Succeeded) throw new InvalidOperationException(agency.Error!.MessageEn);
            return agency.Value.Id;
        }

        /// <summary>The connection string the app's context opens.</summary>
        public string ConnectionString()
        {
            using var scope = Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Database.GetConnectionString()!;
        }

        public async Task<Durability> DurabilityAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            if (postgres is not null) return new Durability("", (await ScalarAsync(connection, null, "SHOW synchronous_commit"))!.ToString()!);
            var journal = (await ScalarAsync(connection, null, "PRAGMA journal_mode"))!.ToString()!;
            var synchronous = Convert.ToInt32(await ScalarAsync(connection, null, "PRAGMA synchronous"), CultureInfo.InvariantCulture);
            return new Durability(journal, synchronous.ToString(CultureInfo.InvariantCulture));
        }

        public async Task<Dictionary<string, long>> CountRowsAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await db.Database.OpenConnectionAsync();
            var counts = new Dictionary<string, long>();
            foreach (var table in Tables)
                counts[table] = Convert.ToInt64(await ScalarAsync(db.Database.GetDbConnection(), null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
            return counts;
        }

        /// <summary>The rows of the last submission: its request, the events of that request, and the last audit entries.</summary>
        public async Task<IReadOnlyList<SampleRow>> SampleRowsAsync(IReadOnlyDictionary<string, int> perSubmission)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            var rows = new List<SampleRow>();
            var request = await ReadAsync(connection, "SELECT * FROM disclosure_requests ORDER BY submitted_at DESC LIMIT 1");
            rows.AddRange(request.Select(v => new SampleRow("disclosure_requests", v)));
            var events = await ReadAsync(connection, "SELECT * FROM request_events WHERE request_id = @p0", request[0]["id"]);
            rows.AddRange(events.Select(v => new SampleRow("request_events", v)));
            var audit = await ReadAsync(connection, $"SELECT * FROM audit_entries ORDER BY sequence DESC LIMIT {perSubmission["audit_entries"]}");
            rows.AddRange(audit.AsEnumerable().Reverse().Select(v => new SampleRow("audit_entries", v)));
            if (events.Count != perSubmission["request_events"]) throw new InvalidOperationException("the sampled request has an unexpected number of events");
            return rows;
        }

        private static async Task<List<Dictionary<string, object?>>> ReadAsync(DbConnection connection, string sql, params object?[] parameters)
        {
            await using var command = Command(connection, null, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, object?>>();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            return rows;
        }
    }
}
