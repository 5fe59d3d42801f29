using Gongkai.Core.Reporting.Prose;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Cli.Reports;

/// <summary>
/// Loads a report file for the CLI through <see cref="ReportDocumentReader"/>: HTML pages, DOCX, PDF (text layer), plain
/// text or Markdown (UTF-8, UTF-16 or GB18030), and Gongkai JSON. Other binary files, scans and text that holds no
/// report → exit 2 with the reason.
/// </summary>
internal static class ReportInput
{
    public static ReportReading Read(FileInfo file)
    {
        if (!file.Exists) throw new CliUsageException($"{file.Name}: no such file.");
        var document = ReportDocumentReader.Read(File.ReadAllBytes(file.FullName), file.Name);
        return document.Succeeded ? document.Reading! : throw NotAReport(file, document.Refusal?.ReasonEn ?? "no report recognised");
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

    private static CliUsageException NotAReport(FileInfo file, string reason) => new($"{file.Name}: not a report: {reason.TrimEnd('.', '。')}.");
}
