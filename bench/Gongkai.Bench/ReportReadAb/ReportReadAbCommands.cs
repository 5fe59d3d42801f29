using System.Collections;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Markdown;

namespace Gongkai.Bench.ReportReadAb;

/// <summary>
/// Tools for changing the reader and the checks without changing what they decide (docs/report-reading.md, “Round 14”):
/// <list type="bullet">
/// <item><c>report-read-inputs DIR</c> writes the golden inputs — the seed, the corpus, 250 generated reports and tab-separated,
/// flattened, torn-label, damaged variants of them (1 180 files);</item>
/// <item><c>report-read-golden BUILD INPUTS OUT</c> reads and checks every input with one build and writes the problems,
/// findings and JSON to one file: two builds must write the same bytes;</item>
/// <item><c>report-read-ab BUILD [BUILD] [--windows N]</c> times decode + split and each build's read and read + check in
/// alternating 100 ms windows of thread CPU time in one process (best, first quartile, median per report).</item>
/// </list>
/// A BUILD is a directory holding Gongkai.Core.dll and Gongkai.Documents.dll with their dependencies: copy this bench's
/// bin/Release/net10.0 after building each version (the next build overwrites it).
/// </summary>
internal static class ReportReadAbCommands
{
    public static int Inputs(string[] args)
    {
        if (args.Length < 2) return Usage();
        string dir = args[1];
        Directory.CreateDirectory(dir);
        var rng = new Random(14);
        var sources = new List<(string Name, string Text)> { ("seed", File.ReadAllText(RepoPaths.Shared("seed", "hongsibao-kejiju-2023-annual-report.txt"))) };
        foreach (var f in Directory.GetFiles(RepoPaths.Shared("corpus", "pingtan"), "*.txt").Order())
            sources.Add((Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        var reports = new Random(2023);
        for (int k = 0; k < 250; k++)
            sources.Add(($"gen{k}", MarkdownReportRenderer.Render(SampleReports.Consistent(reports, k % 4 == 0 ? ReportFormat.F2019 : ReportFormat.F2021))));
        int n = 0;
        void Put(string name, string text) => File.WriteAllText(Path.Combine(dir, $"{n++:D4}_{name}.txt"), text);
        foreach (var (name, text) in sources)
        {
            Put(name, text);
            var lines = text.Split('\n');
            Put(name + "_tab", string.Join("\n", lines.Select(l => l.StartsWith('|') ? string.Join("\t", Cells(l)) : l)));
            var flat = new StringBuilder();
            foreach (var l in lines)
            {
                if (l.StartsWith("| ---", StringComparison.Ordinal)) continue;
                if (l.StartsWith('|')) flat.Append(string.Join(" ", Cells(l).Where(c => c.Length > 0))).Append(rng.Next(3) == 0 ? " " : "\n");
                else flat.Append(l).Append('\n');
            }
            Put(name + "_flat", flat.ToString());
            // Labels torn by spaces and line breaks, some full-width digits and half-width brackets.
            var torn = new StringBuilder();
            foreach (char c in text)
            {
                if (c is >= '\u4e00' and <= '\u9fff' && rng.Next(12) == 0) torn.Append(rng.Next(3) == 0 ? "\n" : " ");
                if (c is >= '0' and <= '9' && rng.Next(10) == 0) torn.Append((char)(c - '0' + '０'));
                else if (c == '（' && rng.Next(2) == 0) torn.Append('(');
                else if (c == '）' && rng.Next(2) == 0) torn.Append(')');
                else torn.Append(c);
            }
            Put(name + "_torn", torn.ToString());
            if (name == "seed" || name.StartsWith('0') || rng.Next(5) == 0)
            {
                int deleted = rng.Next(lines.Length);
                Put(name + "_del", string.Join("\n", lines.Where((_, j) => j != deleted)));
                var chars = text.ToCharArray();
                for (int t = 0; t < 3; t++)
                {
                    int p = rng.Next(chars.Length);
                    if (char.IsAsciiDigit(chars[p])) chars[p] = (char)('0' + rng.Next(10));
                }
                Put(name + "_digit", new string(chars));
                int a = rng.Next(text.Length), b = Math.Min(text.Length, a + rng.Next(2000));
                Put(name + "_cut", text[..a] + text[b..]);
            }
        }
        Console.WriteLine($"{n} inputs in {dir}");
        return 0;
    }

    private static IEnumerable<string> Cells(string pipeRow) => pipeRow.Trim('|', ' ').Split('|').Select(c => c.Trim());

    public static int Golden(string[] args)
    {
        if (args.Length < 4) return Usage();
        if (!File.Exists(Path.Combine(args[1], "Gongkai.Documents.dll"))) return Usage($"{args[1]} holds no Gongkai.Documents.dll (copy a build's bin/Release/net10.0)");
        if (!Directory.Exists(args[2])) return Usage($"no inputs directory {args[2]} (make it with report-read-inputs)");
        var build = new BuildUnderTest(args[1], "golden");
        var writer = build.Documents.GetType("Gongkai.Documents.Rendering.Json.JsonReportWriter", throwOnError: true)!.GetMethod("Write")!;
        // Written beside the target and moved into place at the end: a run that stops half-way leaves no file to compare.
        string partial = args[3] + ".partial";
        using (var output = new StreamWriter(partial))
            WriteGolden(build, writer, args[2], output);
        File.Move(partial, args[3], overwrite: true);
        return 0;
    }

    private static void WriteGolden(BuildUnderTest build, System.Reflection.MethodInfo writer, string inputs, StreamWriter output)
    {
        foreach (var file in Directory.GetFiles(inputs).Order(StringComparer.Ordinal))
        {
            output.WriteLine("=== " + Path.GetFileName(file));
            var reading = build.Read(File.ReadAllText(file));
            var type = reading.GetType();
            output.WriteLine("reason: " + type.GetProperty("NotRecognisedReason")!.GetValue(reading));
            foreach (var problem in (IEnumerable)type.GetProperty("Problems")!.GetValue(reading)!) output.WriteLine("problem: " + problem);
            if (build.ReportOf(reading) is not { } report) continue;
            var findings = build.Check(report);
            foreach (var finding in findings) output.WriteLine("finding: " + finding);
            output.WriteLine(writer.Invoke(null, [report, findings, null]));
        }
    }

    public static int Ab(string[] args)
    {
        var builds = new List<BuildUnderTest>();
        int windows = 40;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--windows" && i + 1 < args.Length && int.TryParse(args[i + 1], out windows)) i++;
            else if (File.Exists(Path.Combine(args[i], "Gongkai.Documents.dll"))) builds.Add(new BuildUnderTest(args[i], $"build{builds.Count}"));
            else return Usage($"{args[i]} is no build directory: it holds no Gongkai.Documents.dll");
        }
        if (builds.Count == 0 || windows < 4) return Usage();
        var seed = File.ReadAllBytes(RepoPaths.Shared("seed", "hongsibao-kejiju-2023-annual-report.txt"));
        var rng = new Random(2023);
        var generated = Enumerable.Range(0, 200)
            .Select(i => Encoding.UTF8.GetBytes(MarkdownReportRenderer.Render(SampleReports.Consistent(rng, i % 5 == 0 ? ReportFormat.F2019 : ReportFormat.F2021))))
            .ToList();
        int sink = 0;
        var actions = new List<(string Name, Action<byte[]> Run)> { ("decode+split", b => sink += Encoding.UTF8.GetString(b).Split('\n').Length) };
        foreach (var build in builds)
        {
            actions.Add(($"{build.Name} read", b => sink += build.ReportOf(build.Read(Encoding.UTF8.GetString(b))) is null ? 0 : 1));
            actions.Add(($"{build.Name} read+check", b => sink += build.Check(build.ReportOf(build.Read(Encoding.UTF8.GetString(b)))!).Count));
        }
        foreach (var (set, inputs) in new[] { ("seed", (IReadOnlyList<byte[]>)[seed]), ("generated", generated) })
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 6) foreach (var (_, run) in actions) foreach (var b in inputs) run(b);
            var samples = actions.Select(_ => new List<double>()).ToArray();
            for (int w = 0; w < windows; w++)
                for (int k = 0; k < actions.Count; k++)
                {
                    long n = 0;
                    var clock = Stopwatch.StartNew();
                    long cpu = ThreadCpuNanoseconds();
                    while (clock.ElapsedMilliseconds < 100) { foreach (var b in inputs) actions[k].Run(b); n += inputs.Count; }
                    samples[k].Add((ThreadCpuNanoseconds() - cpu) / 1000.0 / n);
                }
            foreach (var s in samples) s.Sort();
            for (int k = 0; k < actions.Count; k++)
                Console.WriteLine($"{set,-10} {actions[k].Name,-18} best {samples[k][0],8:F2} q1 {samples[k][windows / 4],8:F2} median {samples[k][windows / 2],8:F2} µs");
            for (int k = 2; k < actions.Count; k += 2)
                Console.WriteLine($"{set,-10} {actions[k].Name} ratio by median CPU {samples[0][windows / 2] / samples[k][windows / 2]:P1}");
        }
        return sink == int.MinValue ? 1 : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): time it ran, not time it waited for a core.</summary>
    private static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuClock = 3;
        if (ClockGetTime(ThreadCpuClock, out var time) != 0) throw new PlatformNotSupportedException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }

    private static int Usage(string? error = null)
    {
        if (error is not null) Console.Error.WriteLine("error: " + error);
        Console.Error.WriteLine("usage: Gongkai.Bench report-read-inputs DIR");
        Console.Error.WriteLine("       Gongkai.Bench report-read-golden BUILD INPUTS OUT");
        Console.Error.WriteLine("       Gongkai.Bench report-read-ab BUILD [BUILD] [--windows N]");
        return 2;
    }
}
