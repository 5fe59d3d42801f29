using System.Diagnostics;
using System.Globalization;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench.Portal;

/// <summary>
/// Issue #6's acceptance: with N (1,000,000) published items, the catalogue page and an item page of the real web host under
/// wrk on loopback — throughput and p99 — beside nginx serving the same HTML bytes as static files in the same run, and the
/// search page's p95 over varied one- to three-word queries. Targets: ≥ 0.3 of nginx's throughput, p99 &lt; 50 ms, search
/// p95 &lt; 100 ms. Exit 1 when one is missed. <c>--search-only</c> measures the search part alone (no wrk or nginx needed).
/// </summary>
internal static class PortalBenchmark
{
    public const double ThroughputTarget = 0.3;
    public const double P99TargetMs = 50;
    public const double SearchP95TargetMs = 100;

    private sealed record Options(int Items, string? Postgres, int Seconds, int Connections, bool Build, string DataRoot, int Queries, bool DataOnly, bool SearchOnly);

    public static int Run(string[] args)
    {
        var options = Parse(args);
        if (options is null) return 2;
        if (!options.SearchOnly && LoadTools.Missing() is { } missing)
        {
            Console.Error.WriteLine($"error: {missing} not found. Install them (benchmark only, not needed by CI): apt-get install -y wrk nginx");
            return 2;
        }
        return RunAsync(options).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Load a page in 3-second rounds until its rate stops rising (two rounds within 5 % of the best so far) or a minute has
    /// passed: tiered compilation replaces hot methods only after many calls, and on a busy machine that takes longer than
    /// any fixed warm-up. A long-running server is in that steady state; the measurement should be too.
    /// </summary>
    private static void WarmUp(string url, int connections)
    {
        var clock = Stopwatch.StartNew();
        double best = 0;
        var flat = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && flat < 2)
        {
            var rate = LoadTools.Wrk(url, 2, connections, 3).RequestsPerSecond;
            flat = rate <= best * 1.05 ? flat + 1 : 0;
            best = Math.Max(best, rate);
        }
    }

    private static Options? Parse(string[] args)
    {
        string? Value(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        int items = 1_000_000, seconds = 10, connections = 32, queries = 120;
        if (Value("--items") is { } n && (!int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out items) || items < 100))
        {
            Console.Error.WriteLine("error: --items takes a whole number of at least 100, e.g. --items 1000000");
            return null;
        }
        if (Value("--seconds") is { } s) seconds = Math.Max(1, (int)Math.Round(double.Parse(s, CultureInfo.InvariantCulture)));
        if (Value("--connections") is { } c && (!int.TryParse(c, out connections) || connections < 1))
        {
            Console.Error.WriteLine("error: --connections takes a positive whole number");
            return null;
        }
        var dataRoot = Value("--data") ?? Environment.GetEnvironmentVariable("GONGKAI_BENCH_DATA") ?? Path.Combine(RepoRoot(), "bench", ".data");
        return new Options(items, Value("--postgres"), seconds, connections, !args.Contains("--no-build"), Path.GetFullPath(dataRoot), queries,
            args.Contains("--data-only"), args.Contains("--search-only"));
    }

    private static async Task<int> RunAsync(Options o)
    {
        var repo = RepoRoot();
        var settings = new Dictionary<string, string?>();
        if (o.Postgres is { } pg)
        {
            settings["Database:Provider"] = "postgres";
            settings["ConnectionStrings:Gongkai"] = pg;
        }
        else
        {
            settings["Database:Provider"] = "sqlite";
            settings["DataDirectory"] = Path.Combine(o.DataRoot, $"portal-sqlite-{o.Items}");
        }
        Console.WriteLine($"portal benchmark: {o.Items:N0} items on {(o.Postgres is null ? "SQLite " + settings["DataDirectory"] : "PostgreSQL")}, " +
            $"{Environment.ProcessorCount} cores (shared with other work: numbers vary between runs)");

        var agencies = await PrepareAsync(o, settings);
        await using var services = PortalDataset.CreateServices(settings);
        if (o.DataOnly) return 0;
        var largest = agencies[0];
        Guid itemId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            itemId = await db.PublishedVersions().Where(v => v.AgencyId == largest.Id).OrderByDescending(v => v.PublishAt).Select(v => v.ItemId).Skip(3).FirstAsync();
        }

        if (o.Build && !BuildWeb(repo)) return 2;
        var work = Directory.CreateTempSubdirectory("gongkai-portal-bench-");
        var webPort = LoadTools.FreePort();
        var web = StartWeb(repo, settings, webPort, Path.Combine(work.FullName, "web.log"));
        Process? nginx = null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            var baseUrl = $"http://127.0.0.1:{webPort}";
            await LoadTools.WaitForAsync(http, baseUrl + "/healthz", web, TimeSpan.FromMinutes(5));
            if (o.SearchOnly) return await SearchAsync(http, baseUrl, web.Id, o.Queries, failed: false) ? 1 : 0;
            var pages = new[] { ("catalogue", $"/xxgk/{largest.Id}", "catalogue.html"), ("item", $"/xxgk/items/{itemId}", "item.html") };

            var www = Directory.CreateDirectory(Path.Combine(work.FullName, "www"));
            foreach (var (name, path, file) in pages)
            {
                using var response = await http.GetAsync(baseUrl + path);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                await File.WriteAllBytesAsync(Path.Combine(www.FullName, file), bytes);
                Console.WriteLine($"{name} page {path}: {bytes.Length:N0} bytes of HTML");
            }
            var nginxPort = LoadTools.FreePort();
            nginx = LoadTools.StartNginx(work.FullName, nginxPort);
            var nginxUrl = $"http://127.0.0.1:{nginxPort}";
            await LoadTools.WaitForAsync(http, $"{nginxUrl}/{pages[0].Item3}", nginx, TimeSpan.FromSeconds(30));

            // Warm-up: the JIT's tiered compilation and the database's page cache, so the measurement sees the steady state.
            foreach (var (_, path, _) in pages) WarmUp(baseUrl + path, o.Connections);

            var failed = false;
            Console.WriteLine();
            Console.WriteLine($"wrk -t2 -c{o.Connections} -d{o.Seconds}s --latency, loopback");
            Console.WriteLine($"{"page",-10} {"Gongkai req/s",14} {"p99 ms",8} {"nginx req/s",12} {"p99 ms",8} {"ratio",7} {"target",18}");
            var cpuNotes = new List<string>();
            foreach (var (name, path, file) in pages)
            {
                var (app, appCpu) = Measured(web.Id, () => LoadTools.Wrk(baseUrl + path, 2, o.Connections, o.Seconds));
                var (baseline, nginxCpu) = Measured(nginx.Id, () => LoadTools.Wrk($"{nginxUrl}/{file}", 2, o.Connections, o.Seconds));
                var ratio = app.RequestsPerSecond / baseline.RequestsPerSecond;
                var ok = ratio >= ThroughputTarget && app.P99Milliseconds < P99TargetMs && app.Errors == 0;
                failed |= !ok;
                Console.WriteLine($"{name,-10} {app.RequestsPerSecond,14:N0} {app.P99Milliseconds,8:F1} {baseline.RequestsPerSecond,12:N0} {baseline.P99Milliseconds,8:F1} " +
                    $"{ratio,7:F2} {(ok ? "met" : "MISSED"),6} (≥{ThroughputTarget:F1}, <{P99TargetMs:F0} ms)" + (app.Errors > 0 ? $" {app.Errors} errors" : ""));
                if (appCpu is { } a && nginxCpu is { } n && app.Requests > 0 && baseline.Requests > 0)
                {
                    double appUs = a.TotalMicroseconds / app.Requests, nginxUs = n.TotalMicroseconds / baseline.Requests;
                    cpuNotes.Add($"{name}: {appUs:N0} µs of server CPU per request, nginx {nginxUs:N0} µs — CPU ratio {nginxUs / appUs:F2}");
                }
            }
            // Information only (the targets are judged on throughput): what each server spent per request, steadier than
            // requests per second when other work shares the cores.
            foreach (var note in cpuNotes) Console.WriteLine("  " + note);

            return await SearchAsync(http, baseUrl, web.Id, o.Queries, failed) ? 1 : 0;
        }
        finally
        {
            if (nginx is not null) LoadTools.Stop(nginx);
            LoadTools.Stop(web);
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The data, generated once: a SQLite file is written under a <c>.partial</c> name and renamed when complete, so an
    /// interrupted run leaves nothing that a later run would mistake for the cache.
    /// </summary>
    private static async Task<IReadOnlyList<BenchAgency>> PrepareAsync(Options o, Dictionary<string, string?> settings)
    {
        if (o.Postgres is not null)
        {
            await using var pg = PortalDataset.CreateServices(settings);
            return await new PortalDataset { Services = pg, IsPostgres = true }.EnsureAsync(o.Items, Console.Out);
        }
        var final = settings["DataDirectory"]!;
        if (!Directory.Exists(final))
        {
            var partial = final + ".partial";
            if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
            var building = new Dictionary<string, string?>(settings) { ["DataDirectory"] = partial };
            await using (var services = PortalDataset.CreateServices(building))
                await new PortalDataset { Services = services, IsPostgres = false }.EnsureAsync(o.Items, Console.Out);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Move(partial, final);
        }
        await using var cached = PortalDataset.CreateServices(settings);
        return await new PortalDataset { Services = cached, IsPostgres = false }.EnsureAsync(o.Items, Console.Out);
    }

    private static (WrkResult Result, TimeSpan? Cpu) Measured(int pid, Func<WrkResult> run)
    {
        var before = LoadTools.CpuTime(pid);
        var result = run();
        var after = LoadTools.CpuTime(pid);
        return (result, before is { } b && after is { } a ? a - b : null);
    }

    /// <summary>The search part (alone with <c>--search-only</c>): prints its line and the overall result; true when a target was missed.</summary>
    private static async Task<bool> SearchAsync(HttpClient http, string baseUrl, int webPid, int queries, bool failed)
    {
        var search = await SearchLatencyAsync(http, baseUrl, webPid, queries);
        var searchOk = search.P95 < SearchP95TargetMs;
        failed |= !searchOk;
        Console.WriteLine();
        Console.WriteLine($"search: {queries} queries of 1–3 words, one at a time over HTTP: p50 {search.P50:F1} ms, p95 {search.P95:F1} ms, " +
            $"max {search.Max:F1} ms (slowest: “{search.Slowest}”) — {(searchOk ? "met" : "MISSED")} (p95 <{SearchP95TargetMs:F0} ms)");
        // Information only: the server's CPU per timed query, steadier than latency when other work shares the cores.
        if (search.Cpu is { } cpu)
            Console.WriteLine($"  search: {cpu.TotalMilliseconds / queries:F1} ms of server CPU per query");
        Console.WriteLine(failed ? "result: a target was MISSED" : "result: all targets met");
        return failed;
    }

    private sealed record Latency(double P50, double P95, double Max, string Slowest, TimeSpan? Cpu);

    private static async Task<Latency> SearchLatencyAsync(HttpClient http, string baseUrl, int webPid, int count)
    {
        await WarmUpSearchAsync(http, baseUrl, webPid);
        var timings = new List<(double Ms, string Query)>();
        var cpuBefore = LoadTools.CpuTime(webPid);
        foreach (var q in PortalCorpus.Queries(count, seed: 11))
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"{baseUrl}/xxgk/search?q={Uri.EscapeDataString(q)}");
            await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"search “{q}” answered {(int)response.StatusCode}");
            timings.Add((clock.Elapsed.TotalMilliseconds, q));
        }
        var cpuAfter = LoadTools.CpuTime(webPid);
        var sorted = timings.OrderBy(t => t.Ms).ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)].Ms;
        return new Latency(At(0.5), At(0.95), sorted[^1].Ms, sorted[^1].Query, cpuBefore is { } b && cpuAfter is { } a ? a - b : null);
    }

    /// <summary>
    /// Rounds of 20 warm-up queries (not the measured ones), judged by the server's CPU per round, for at least
    /// <see cref="SearchWarmUpMin"/> and then until three rounds in a row are within 5 % of the best round (at most
    /// <see cref="SearchWarmUpMax"/>). A shorter rule — stop when two rounds stop getting faster, within a minute — measured
    /// the same build at 56 and at 85–95 ms of server CPU per query in consecutive runs: tiered compilation keeps
    /// re-compiling a search's methods in bursts well after the rounds stop getting faster (the request-submit bench counted
    /// bursts of hundreds of methods 45–60 s into its warm-up), and a server that has been up for a while is past them.
    /// </summary>
    private static async Task WarmUpSearchAsync(HttpClient http, string baseUrl, int webPid)
    {
        var warmUp = PortalCorpus.Queries(20, seed: 7).ToList();
        var clock = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        var steady = 0;
        var rounds = new List<double>();
        while (clock.Elapsed < SearchWarmUpMax && (clock.Elapsed < SearchWarmUpMin || steady < 3))
        {
            var before = LoadTools.CpuTime(webPid);
            var round = Stopwatch.StartNew();
            foreach (var q in warmUp)
                (await http.GetAsync($"{baseUrl}/xxgk/search?q={Uri.EscapeDataString(q)}")).Dispose();
            // The server's CPU when it can be read (Linux), else the round's wall time.
            var took = LoadTools.CpuTime(webPid) is { } after && before is { } b ? after - b : round.Elapsed;
            rounds.Add(took.TotalMilliseconds / warmUp.Count);
            steady = best == TimeSpan.MaxValue || took <= best * 1.05 ? steady + 1 : 0;
            if (took < best) best = took;
        }
        Console.WriteLine($"  search warm-up {clock.Elapsed.TotalSeconds:F0} s, {rounds.Count} rounds; ms per query by round: " +
            string.Join(" ", rounds.Where((_, i) => i % 10 == 0 || i >= rounds.Count - 3).Select(r => r.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static readonly TimeSpan SearchWarmUpMin = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan SearchWarmUpMax = TimeSpan.FromSeconds(240);

    private static bool BuildWeb(string repo)
    {
        Console.WriteLine("building src/Gongkai.Web (Release)…");
        using var build = Process.Start(new ProcessStartInfo("dotnet", "build src/Gongkai.Web -c Release --nologo -v q")
        { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        if (build.ExitCode == 0) return true;
        Console.Error.WriteLine(output.Result + errors.Result);
        return false;
    }

    /// <summary>The web host as deployed: its own process, Production environment and logging (every request logged, to a file here), loopback.</summary>
    private static Process StartWeb(string repo, IReadOnlyDictionary<string, string?> settings, int port, string logFile)
    {
        var project = Path.Combine(repo, "src", "Gongkai.Web");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Gongkai.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("build the web host first: dotnet build src/Gongkai.Web -c Release", dll);
        // The shell only opens the log file and becomes the host (exec), so the log is written by the host itself, as in production.
        var start = new ProcessStartInfo("/bin/sh", ["-c", "exec dotnet \"$0\" >\"$1\" 2>&1", dll, logFile]) { WorkingDirectory = project };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["RateLimits__Disabled"] = "true";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start)!;
        return process;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
