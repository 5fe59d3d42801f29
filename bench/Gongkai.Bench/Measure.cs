using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>Runs actions over a set of inputs repeatedly and reports their throughput.</summary>
internal static class Measure
{
    public sealed record Rate(double BytesPerSecond, double ItemsPerSecond, double CpuBytesPerSecond)
    {
        public double MegabytesPerSecond => BytesPerSecond / 1_000_000;
        /// <summary>Bytes per second of the process's CPU time (all its threads: the collector's and the JIT's too).</summary>
        public double CpuMegabytesPerSecond => CpuBytesPerSecond / 1_000_000;
    }

    /// <summary>Length of one action's turn.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs the actions in turn, <see cref="Window"/> each, until each has had <paramref name="seconds"/>, and gives each
    /// one's rate over its own windows. Taking turns puts every action under the same conditions: on a shared machine
    /// the load changes within seconds, and measuring one action after the other compared them under different loads
    /// (the same build's ratio swung from 10 % to 19 % between runs).
    /// </summary>
    public static Rate[] InTurn(IReadOnlyList<byte[]> inputs, double seconds, params Action<byte[]>[] actions)
    {
        var wall = new TimeSpan[actions.Length];
        var cpu = new TimeSpan[actions.Length];
        var bytes = new long[actions.Length];
        var items = new long[actions.Length];
        var process = Process.GetCurrentProcess();
        while (wall.Min() < TimeSpan.FromSeconds(seconds))
            for (int a = 0; a < actions.Length; a++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                // Whole passes only: every input weighs the same in every action's rate.
                do
                {
                    foreach (var input in inputs) { actions[a](input); bytes[a] += input.Length; items[a]++; }
                } while (clock.Elapsed < Window);
                wall[a] += clock.Elapsed;
                process.Refresh();
                cpu[a] += process.TotalProcessorTime - cpuBefore;
            }
        return [.. actions.Select((_, a) => new Rate(bytes[a] / wall[a].TotalSeconds, items[a] / wall[a].TotalSeconds,
            bytes[a] / Math.Max(cpu[a].TotalSeconds, 1e-9)))];
    }
}
