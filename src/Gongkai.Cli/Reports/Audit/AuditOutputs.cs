using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Reporting;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>The files a batch audit writes: every finding (CSV or JSON) and every file's cells (JSON lines).</summary>
internal static class AuditOutputs
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static string Severity(FindingSeverity s) => s == FindingSeverity.Error ? "blocking" : "advisory";

    /// <summary>One row per finding, and one per unreadable file (rule <c>unreadable</c>) so no file drops out silently.</summary>
    public static void WriteFindings(string path, IReadOnlyList<AuditedReport> audited)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var files = audited.Select(a => new
            {
                file = a.Path,
                sha256 = a.Sha256,
                kind = a.Document.Kind.ToString().ToLowerInvariant(),
                reader = a.Document.Reading?.ReaderVersion,
                agency = a.Report?.AgencyName,
                year = a.Report?.Year,
                format = a.Report is { } r ? (r.Format == ReportFormat.F2019 ? "2019" : "2021") : null,
                unreadable = a.Readable ? null : new { reason = a.Document.Refusal!.Kind.ToString(), messageZh = a.Document.Refusal.ReasonZh, messageEn = a.Document.Refusal.ReasonEn },
                pairedWith = a.PairedWith,
                publication = a.Timeliness is { } t ? new
                {
                    due = Core.Calendar.ChineseDates.Iso(t.Due), kind = t.Kind.ToString().ToLowerInvariant(), kindGuessed = t.KindGuessed,
                    published = t.Published is { } p ? Core.Calendar.ChineseDates.Iso(p.Date) : null, source = t.Published?.Source.ToString(),
                    late = t.Late, daysLate = t.DaysLate,
                } : null,
                copies = a.Copies.Select(c => new
                {
                    rule = c.Finding.RuleId, section = (int)c.Match.Section, similarity = Math.Round(c.Match.Containment, 3), jaccard = Math.Round(c.Match.Jaccard, 3),
                    sourceFile = c.Match.Source.Reference, sourceAgency = c.Match.Source.AgencyName, sourceYear = c.Match.Source.Year,
                    passages = c.Match.Passages.Select(p => p.Text),
                }),
                readingProblems = a.Document.Reading?.Problems.Select(p => new { kind = p.Kind.ToString(), part = p.Part, line = p.Line, messageEn = p.MessageEn }),
                findings = a.Findings.Select(f => new
                {
                    rule = f.RuleId, severity = Severity(f.Severity), kind = f.Kind.ToString(), cells = f.Cells.Select(c => c.CellId),
                    expected = f.Expected, found = f.Found, messageZh = f.MessageZh, messageEn = f.MessageEn,
                }),
            });
            File.WriteAllText(path, JsonSerializer.Serialize(new { rulesVersion = Core.Reporting.Checks.ReportChecks.RuleSetVersion, files }, Json));
            return;
        }

        var csv = new StringBuilder("file,sha256,agency,year,rule,severity,cells,expected,found,message_zh,message_en\n");
        foreach (var a in audited)
        {
            if (!a.Readable)
            {
                csv.AppendJoin(',', Csv(a.Path), Csv(a.Sha256), "", "", "unreadable", "blocking", "", "", "", Csv(a.Document.Refusal!.ReasonZh), Csv(a.Document.Refusal.ReasonEn)).Append('\n');
                continue;
            }
            foreach (var f in a.Findings)
                csv.AppendJoin(',', Csv(a.Path), Csv(a.Sha256), Csv(a.Report!.AgencyName), a.Report.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                    Csv(f.RuleId), Severity(f.Severity), Csv(string.Join(' ', f.Cells.Select(c => c.CellId))), Csv(f.Expected), Csv(f.Found),
                    Csv(f.MessageZh), Csv(f.MessageEn)).Append('\n');
        }
        // A BOM so that Excel on Chinese Windows opens the Chinese columns as UTF-8.
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(true));
    }

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A leading = + - @ would be run as a formula by a spreadsheet.
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// One line per file: <c>{"file": …, "cells": {id: number or null}, "missing": [ids], "ambiguous": [ids]}</c> with the ids of
    /// report-format.md §9. A cell stated as blank, dash or 不适用 is null in "cells"; a cell not read is only in "missing".
    /// </summary>
    public static void WriteCells(string path, IReadOnlyList<AuditedReport> audited)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var a in audited)
        {
            var line = new Dictionary<string, object?> { ["file"] = a.Path };
            if (a.Report is { } report)
            {
                var cells = new Dictionary<string, decimal?>(StringComparer.Ordinal);
                foreach (var cell in report.Layout.Cells)
                    if (report.Cells.TryGetValue(cell.Id, out var value)) cells[cell.Id] = value.AsNumber;
                line["cells"] = cells;
                line["missing"] = a.MissingCells.ToList();
                line["ambiguous"] = report.AmbiguousCells.Keys.Order(StringComparer.Ordinal).ToList();
                line["candidates"] = report.AmbiguousCells.ToDictionary(p => p.Key, p => p.Value);
            }
            else
            {
                line["cells"] = new Dictionary<string, decimal?>();
                line["missing"] = Array.Empty<string>();
                line["ambiguous"] = Array.Empty<string>();
                line["unreadable"] = a.Document.Refusal?.ReasonEn;
            }
            writer.WriteLine(JsonSerializer.Serialize(line, Json));
        }
    }
}
