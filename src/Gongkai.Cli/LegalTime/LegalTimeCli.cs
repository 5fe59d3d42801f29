using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;

namespace Gongkai.Cli.LegalTime;

/// <summary>Argument helpers shared by the calendar, deadline, fee and id commands.</summary>
internal static class LegalTimeCli
{
    public const string DefaultDataDir = "./gongkai-data";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Option<string> DataDirOption(bool recursive = false) => new("--data-dir")
    {
        Description = $"Data directory holding imported calendar files (calendar/*.csv) and fee settings (default {DefaultDataDir})",
        DefaultValueFactory = _ => DefaultDataDir,
        Recursive = recursive,
    };

    public static Option<string?> RegionOption() => new("--region")
    {
        Description = "Apply only this region's local days (default: every imported local day)",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Machine-readable JSON output" };

    /// <summary>Restricts an option to fixed keywords with a one-line error (the built-in check prints one line per choice).</summary>
    public static void OneOf(Option<string> option, params string[] choices)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !choices.Contains(value))
                result.AddError($"{option.Name}: '{value}' is not one of {string.Join("|", choices)}");
        });
    }

    /// <summary>An ISO date argument, or exit 2 naming the argument.</summary>
    public static DateOnly ParseDate(string? text, string name)
    {
        var d = ChineseDates.ParseIso(text) ?? throw new CliUsageException($"{name}: '{text}' is not a date in the form YYYY-MM-DD");
        // Keeps every later computation far from DateOnly's limits; no disclosure date lies outside this range.
        if (d.Year is < 1900 or > 2200) throw new CliUsageException($"{name}: {ChineseDates.Iso(d)} is outside the years 1900–2200");
        return d;
    }

    public static DateOnly? ParseOptionalDate(string? text, string name) => text is null ? null : ParseDate(text, name);

    /// <summary>
    /// The groups of values given to a repeatable option that takes one or two values per occurrence
    /// (<c>--consultation FROM [TO]</c>), in command-line order.
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly? To)> DatePairs(ParseResult parse, Option option)
    {
        var groups = new List<List<string>>();
        List<string>? current = null;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.Option)
            {
                current = option.Name == token.Value || option.Aliases.Contains(token.Value) ? [] : null;
                if (current is not null) groups.Add(current);
            }
            else if (token.Type == TokenType.Argument && current is not null)
            {
                current.Add(token.Value);
            }
            else
            {
                current = null;
            }
        }
        return groups.Select(g => g.Count switch
        {
            1 => (ParseDate(g[0], option.Name), (DateOnly?)null),
            2 => (ParseDate(g[0], option.Name), ParseDate(g[1], option.Name)),
            _ => throw new CliUsageException($"{option.Name} takes FROM and an optional TO date, got {g.Count} values"),
        }).ToList();
    }

    public static void WriteJson(ParseResult parse, object value) =>
        parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(value, Json));

    public static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration.Output;

    /// <summary>The calendar the command works with: the shipped schedule, the data directory's imports, narrowed to a region if asked.</summary>
    public static WorkingDayCalendar LoadCalendar(ParseResult parse, Option<string> dataDir, Option<string?> region)
    {
        var loaded = CalendarStore.Load(parse.GetValue(dataDir)!);
        var r = parse.GetValue(region);
        if (r is null) return loaded.Calendar;
        if (!loaded.Calendar.Regions.Contains(r))
            throw new CliUsageException($"--region: no local days are imported for '{r}' (known: {(loaded.Calendar.Regions.Count == 0 ? "none" : string.Join(", ", loaded.Calendar.Regions))})");
        return loaded.Calendar.ForRegion(r);
    }
}
