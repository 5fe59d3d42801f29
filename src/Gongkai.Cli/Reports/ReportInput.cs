using Gongkai.Core.Reporting.Prose;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.ReportChecking;

namespace Gongkai.Cli.Reports;

/// <summary>
/// Loads a report file for the CLI: decodes it as the web app does (UTF-8, UTF-16 or GB18030; binary files refused), then
/// reads Gongkai JSON with the JSON reader and anything else with the plain-text reader. Nothing report-like → exit 2.
/// </summary>
internal static class ReportInput
{
    public static ReportReading Read(FileInfo file)
    {
        if (!file.Exists) throw new CliUsageException($"{file.Name}: no such file.");
        var bytes = File.ReadAllBytes(file.FullName);
        if (bytes.Length == 0) throw NotAReport(file, "the file is empty");
        var decoded = ReportTextDecoder.Decode(bytes);
        if (!decoded.Succeeded) throw NotAReport(file, decoded.Error!.MessageEn);

        var text = decoded.Value.Text;
        var reading = LooksLikeJson(text) ? JsonReportReader.Read(text) : ReportTextReader.Read(text);
        return reading.Report is null ? throw NotAReport(file, reading.NotRecognisedReason ?? "no report recognised") : reading;
    }

    /// <summary>What the JSON output carries besides the report: what could not be read, and the prose figures (section 一's total).</summary>
    public static JsonReportExtras Extras(ReportReading reading)
    {
        var extras = new JsonReportExtras();
        extras.Add("reader", new { version = reading.ReaderVersion });
        extras.Add("readingProblems", reading.Problems.Select(p => new
        {
            kind = p.Kind.ToString(), part = p.Part, line = p.Line, messageZh = p.MessageZh, messageEn = p.MessageEn,
        }).ToList());
        var items = ProseFacts.ProactiveItems(reading.Report!);
        extras.Add("proseFacts", new
        {
            proactiveItems = items is null ? null : new
            {
                total = items.Total, unit = items.Unit, partsSum = items.PartsSum,
                parts = items.Parts.Select(p => new { label = p.Label, count = p.Count, unit = p.Unit }).ToList(),
                quote = items.Quote,
            },
        });
        return extras;
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (char c in text)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') return c == '{';
        return false;
    }

    private static CliUsageException NotAReport(FileInfo file, string reason) => new($"{file.Name}: not a report: {reason.TrimEnd('.', '。')}.");
}
