using System.Diagnostics;
using System.Text.Json;

namespace Gongkai.Cli.Tests.Demo;

/// <summary>
/// One demo database for the demo tests (`gongkai demo --data DIR` on SQLite, run once: the build replays about three thousand
/// service steps), with helpers to export and check its reports through the CLI.
/// </summary>
public sealed class DemoDataFixture : IDisposable
{
    public const string ScienceBureau = "红寺堡区科学技术局";
    public const string ResourcesBureau = "红寺堡区自然资源局";

    private readonly TempDataDir _dir = new();

    public DemoDataFixture()
    {
        var stopwatch = Stopwatch.StartNew();
        Load = Run("demo");
        Elapsed = stopwatch.Elapsed;
    }

    public string DataDir => _dir.Path;

    /// <summary>What `gongkai demo` printed.</summary>
    internal CliResult Load { get; }

    /// <summary>How long the demo build took (reported by the tests, never asserted).</summary>
    public TimeSpan Elapsed { get; }

    internal CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _dir.Path, "--database", "sqlite"]);

    /// <summary>Exports (agency, year) as JSON with `gongkai report export` and returns the file's path.</summary>
    public string ExportJson(string agency, int year)
    {
        var path = Path.Combine(_dir.Path, $"{agency}-{year}-{Guid.NewGuid():N}.json");
        var result = Run("report", "export", "--agency", agency, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--to", "json", "-o", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return path;
    }

    /// <summary>`gongkai report check FILE --json` (no database involved): exit code and the JSON it printed.</summary>
    internal static (int ExitCode, JsonElement Root) Check(string file, string? previous = null)
    {
        var result = previous is null ? CliHarness.Run("report", "check", file, "--json") : CliHarness.Run("report", "check", file, "--previous", previous, "--json");
        return (result.ExitCode, JsonDocument.Parse(result.Stdout).RootElement.Clone());
    }

    /// <summary>The table cells (t2, t3, t4) of a report JSON, by id.</summary>
    public static IReadOnlyDictionary<string, decimal> TableCells(JsonElement root) =>
        root.GetProperty("cells").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetDecimal(), StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, decimal> TableCells(string jsonFile) => TableCells(JsonDocument.Parse(File.ReadAllText(jsonFile)).RootElement);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
