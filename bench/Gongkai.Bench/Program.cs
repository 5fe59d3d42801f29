using System.Globalization;
using Gongkai.Bench;

// Benchmarks print a measured rate beside a baseline measured in the same run, and exit 1 when the target ratio is missed.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench -- <benchmark> [--seconds N]
var name = args.FirstOrDefault() ?? "";
double seconds = 2.0;
int at = Array.IndexOf(args, "--seconds");
if (at >= 0 && (at + 1 >= args.Length
        || !double.TryParse(args[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) || seconds <= 0))
{
    Console.Error.WriteLine("error: --seconds takes a positive number, e.g. --seconds 3");
    return 2;
}
return name switch
{
    "report-read" => ReportReadBenchmark.Run(seconds),
    "report-read-inputs" => Gongkai.Bench.ReportReadAb.ReportReadAbCommands.Inputs(args),
    "report-read-golden" => Gongkai.Bench.ReportReadAb.ReportReadAbCommands.Golden(args),
    "report-read-ab" => Gongkai.Bench.ReportReadAb.ReportReadAbCommands.Ab(args),
    "report-audit" => ReportAuditBenchmark.Run(seconds),
    "portal" => Gongkai.Bench.Portal.PortalBenchmark.Run(args),
    "report-compute" => await Gongkai.Bench.ReportCompute.ReportComputeBenchmark.RunAsync(args),
    "request-submit" => RequestSubmitBenchmark.Run(args, seconds),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Gongkai.Bench report-read|report-audit [--seconds N]");
    Console.Error.WriteLine("       Gongkai.Bench report-read-inputs DIR | report-read-golden BUILD INPUTS OUT | report-read-ab BUILD [BUILD] [--windows N]");
    Console.Error.WriteLine("       Gongkai.Bench portal [--items N] [--postgres CONNSTR] [--seconds N] [--connections N] [--data DIR] [--no-build] [--data-only] [--search-only]");
    Console.Error.WriteLine("       Gongkai.Bench report-compute [--postgres CONNSTR] [--only sqlite|postgres] [--agencies 1000] [--requests 1000000] [--runs 7] [--data-dir DIR]");
    Console.Error.WriteLine("       Gongkai.Bench request-submit [--seconds N] [--clients N] [--postgres CONNSTR]");
    return 2;
}
