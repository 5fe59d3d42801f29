using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Gongkai.Bench.Portal;

/// <summary>What wrk measured against one URL: requests per second and the 99th percentile latency.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Requests, long Errors);

/// <summary>The external programs of the portal benchmark: wrk (the load) and nginx (the baseline serving the same bytes).</summary>
internal static partial class LoadTools
{
    public static string? Missing()
    {
        var missing = new[] { "wrk", "nginx" }.Where(p => Which(p) is null).ToList();
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }

    public static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"])
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <c>wrk --latency</c> and reads its summary.</summary>
    public static WrkResult Wrk(string url, int threads, int connections, int seconds)
    {
        var output = RunToEnd(Which("wrk")!, $"-t{threads} -c{connections} -d{seconds}s --latency {url}", TimeSpan.FromSeconds(seconds + 60));
        var rps = Regex.Match(output, @"Requests/sec:\s+([\d.]+)");
        var p99 = Regex.Match(output, @"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var total = Regex.Match(output, @"(\d+) requests in");
        if (!rps.Success || !p99.Success || !total.Success) throw new InvalidOperationException("could not read wrk's output:\n" + output);
        var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
        var socket = Regex.Match(output, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)");
        long failed = (errors.Success ? long.Parse(errors.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (socket.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture)) : 0);
        var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
        var ms = p99.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        return new WrkResult(double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture), ms,
            long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture), failed);
    }

    /// <summary>
    /// nginx on a loopback port, not daemonised, with its files in <paramref name="directory"/>: serves the files of
    /// <c>directory/www</c> with the access log on (as the web host logs every request) and as many workers as cores.
    /// </summary>
    public static Process StartNginx(string directory, int port)
    {
        var conf = Path.Combine(directory, "nginx.conf");
        File.WriteAllText(conf, $$"""
            worker_processes auto;
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log {{directory}}/access.log;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                types { text/html html; }
                default_type text/html;
                sendfile on;
                tcp_nopush on;
                keepalive_requests 1000000;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{directory}}/www;
                    charset utf-8;
                }
            }
            """);
        var start = new ProcessStartInfo(Which("nginx")!, $"-c {conf} -p {directory}") { RedirectStandardError = true, RedirectStandardOutput = true };
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    public static async Task WaitForAsync(HttpClient http, string url, Process process, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"{process.StartInfo.FileName} exited with {process.ExitCode} before answering {url}");
            try
            {
                using var response = await http.GetAsync(url);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"{url} did not answer within {timeout.TotalSeconds:F0} s");
    }

    /// <summary>
    /// CPU time (user + system) used so far by a process and its direct children (nginx's workers), from <c>/proc</c>; null
    /// where there is no <c>/proc</c>. On a machine shared with other work, CPU time per request is steadier than throughput.
    /// </summary>
    public static TimeSpan? CpuTime(int pid)
    {
        if (!Directory.Exists("/proc")) return null;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var candidate)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            // Fields after the command name (which may contain spaces) start at ") ": state, ppid, …, utime (14), stime (15).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (candidate != pid && parent != pid) continue;
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        // USER_HZ is 100 on Linux.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Ends a process this benchmark started (by its own handle, never by name).</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }

    private static string RunToEnd(string file, string arguments, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout)) { process.Kill(); throw new TimeoutException($"{file} {arguments} did not finish"); }
        return stdout.Result + stderr.Result;
    }
}
