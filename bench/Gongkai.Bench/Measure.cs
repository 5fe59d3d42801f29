using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>Runs an action over a set of inputs repeatedly for a fixed time and reports throughput.</summary>
internal static class Measure
{
    public sealed record Rate(double BytesPerSecond, double ItemsPerSecond, long Iterations)
    {
        public double MegabytesPerSecond => BytesPerSecond / 1_000_000;
    }

    public static Rate Throughput(IReadOnlyList<byte[]> inputs, Action<byte[]> action, double seconds)
    {
        // Warm-up: one full pass at least, and as long as the measurement, so that tiered JIT has replaced the first,
        // unoptimised code (it recompiles a method after 30 calls and a quiet period, much later on a loaded machine).
        // With a single pass the seed, one input, measured mostly tier-0 code: read+check varied fourfold between runs.
        var warmUp = Stopwatch.StartNew();
        do { foreach (var input in inputs) action(input); } while (warmUp.Elapsed.TotalSeconds < seconds);
        long bytes = 0, items = 0, passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var input in inputs) { action(input); bytes += input.Length; items++; }
            passes++;
        }
        clock.Stop();
        return new Rate(bytes / clock.Elapsed.TotalSeconds, items / clock.Elapsed.TotalSeconds, passes);
    }
}
