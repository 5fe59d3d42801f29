using Gongkai.Core.Reporting;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>The summary a supervising office reads after auditing a batch: what was read, what was not and why, findings by rule, the worst reports.</summary>
internal static class AuditSummary
{
    private const int WorstShown = 10;

    public static void Print(TextWriter output, IReadOnlyList<AuditedReport> audited)
    {
        int readable = audited.Count(a => a.Readable);
        output.WriteLine($"reports read: {readable} of {audited.Count} file(s)");

        var unreadable = audited.Where(a => !a.Readable).ToList();
        if (unreadable.Count > 0)
        {
            output.WriteLine($"unreadable: {unreadable.Count}");
            foreach (var group in unreadable.GroupBy(a => a.Document.Refusal!.Kind).OrderByDescending(g => g.Count()))
            {
                output.WriteLine($"  {Describe(group.Key)}: {group.Count()}");
                foreach (var a in group) output.WriteLine($"    {Path.GetFileName(a.Path)} — {a.Document.Refusal!.ReasonEn}");
            }
        }

        var read = audited.Where(a => a.Readable).ToList();
        int cells = read.Sum(a => a.Report!.Layout.Cells.Count);
        int missing = read.Sum(a => a.MissingCells.Count());
        int ambiguous = read.Sum(a => a.Report!.AmbiguousCells.Count);
        output.WriteLine($"cells: {cells - missing - ambiguous} read, {missing} not read, {ambiguous} ambiguous (of {cells})");

        var findings = read.SelectMany(a => a.Findings.Select(f => (a, f))).ToList();
        output.WriteLine($"findings: {findings.Count(x => x.f.Severity == FindingSeverity.Error)} blocking, {findings.Count(x => x.f.Severity == FindingSeverity.Warning)} advisory");
        foreach (var rule in findings.GroupBy(x => (x.f.RuleId, x.f.Severity))
                     .OrderByDescending(g => g.Key.Severity).ThenBy(g => RuleOrder(g.Key.RuleId)).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal))
            output.WriteLine($"  {(rule.Key.Severity == FindingSeverity.Error ? "blocking" : "advisory"),-8} {rule.Key.RuleId,-4} {rule.Count(),5} finding(s) in {rule.Select(x => x.a).Distinct().Count()} report(s)");

        PrintTimeliness(output, read);
        PrintCopies(output, read);

        var worst = read.Where(a => a.Blocking + a.Advisory > 0 || a.MissingCells.Any())
            .OrderByDescending(a => a.Blocking).ThenByDescending(a => a.MissingCells.Count()).ThenByDescending(a => a.Advisory)
            .Take(WorstShown).ToList();
        if (worst.Count == 0) return;
        output.WriteLine("worst reports:");
        foreach (var a in worst)
            output.WriteLine($"  {Path.GetFileName(a.Path)}  {a.Report!.AgencyName ?? "?"} {a.Report.Year?.ToString() ?? "?"}: " +
                             $"{a.Blocking} blocking, {a.Advisory} advisory, {a.MissingCells.Count()} cell(s) not read");
    }

    /// <summary>条例第四十九条: on time, late, and how many reports' publication dates are unknown (no finding can be made for them).</summary>
    private static void PrintTimeliness(TextWriter output, List<AuditedReport> read)
    {
        var judged = read.Where(a => a.Timeliness is not null).ToList();
        var late = judged.Where(a => a.Timeliness!.Late == true).ToList();
        int onTime = judged.Count(a => a.Timeliness!.Late == false);
        int unknown = read.Count - onTime - late.Count;
        output.WriteLine($"publication: {onTime} on time, {late.Count} late, {unknown} date unknown" +
                         (unknown > 0 ? " (give --published DATE, or fetch the page with `report fetch` to record its Last-Modified)" : ""));
        foreach (var a in late.OrderByDescending(a => a.Timeliness!.DaysLate))
            output.WriteLine($"  late {a.Timeliness!.DaysLate,4} day(s)  {Path.GetFileName(a.Path)}  {a.Report!.AgencyName ?? "?"}: " +
                             $"published {Core.Calendar.ChineseDates.Iso(a.Timeliness.Published!.Date)} ({a.Timeliness.Published.Source}), due {Core.Calendar.ChineseDates.Iso(a.Timeliness.Due)}");
    }

    /// <summary>Copied prose: which report's section is whose text, most similar first.</summary>
    private static void PrintCopies(TextWriter output, List<AuditedReport> read)
    {
        var copies = read.SelectMany(a => a.Copies.Select(c => (a, c))).OrderByDescending(x => x.c.Match.Containment).ToList();
        output.WriteLine($"copied prose: {copies.Count} section(s) in {copies.Select(x => x.a).Distinct().Count()} report(s)");
        foreach (var (a, c) in copies)
        {
            string source = c.Match.Source.Relation == Core.Reporting.ProseCopy.ProseCopyRelation.PreviousYear ? "last year's report" : $"sibling {c.Match.Source.AgencyName ?? "?"}";
            output.WriteLine($"  {c.Finding.RuleId} {c.Match.Percent,3}%  {Path.GetFileName(a.Path)} section {(int)c.Match.Section} ← {source}" +
                             (c.Match.Source.Reference is { } reference ? $" ({Path.GetFileName(reference)})" : ""));
        }
    }

    private static int RuleOrder(string ruleId) => int.TryParse(ruleId.AsSpan(1), out int n) ? n : int.MaxValue;

    private static string Describe(Documents.Reading.ReportRefusalKind kind) => kind switch
    {
        Documents.Reading.ReportRefusalKind.Empty => "empty file",
        Documents.Reading.ReportRefusalKind.Unsupported => "unsupported file type",
        Documents.Reading.ReportRefusalKind.UnknownEncoding => "unknown text encoding",
        Documents.Reading.ReportRefusalKind.ScannedPdf => "scanned PDF (no text layer)",
        Documents.Reading.ReportRefusalKind.Damaged => "damaged or unreadable file",
        Documents.Reading.ReportRefusalKind.TooLarge => "file too large",
        _ => "no annual report recognised",
    };
}
