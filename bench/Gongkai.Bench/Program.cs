using Gongkai.Bench;

// Benchmarks print a measured rate beside a baseline measured in the same run, and exit 1 when the target ratio is missed.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench -- <benchmark> [--seconds N]
var name = args.FirstOrDefault() ?? "";
double seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(double.Parse).FirstOrDefault(2.0);
return name switch
{
    "report-read" => ReportReadBenchmark.Run(seconds),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Gongkai.Bench report-read [--seconds N]");
    return 2;
}
