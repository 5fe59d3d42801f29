using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Documents.Reading;

namespace Gongkai.Cli.Reports;

/// <summary>Plain-text output of `report check`: what was read, what could not be read, and every finding.</summary>
internal static class FindingsPrinter
{
    // A missing table names 175 cells; the JSON output lists them all, the terminal shows the first few.
    private const int MaxCellsShown = 8;

    public static void Print(TextWriter output, ReportReading reading, IReadOnlyList<ReportFinding> findings)
    {
        var report = reading.Report!;
        output.WriteLine($"{report.AgencyName ?? "(agency not found)"} {report.Year?.ToString() ?? "(year not found)"} — format {report.Format}");
        int present = report.Layout.Cells.Count(c => report.Cells.ContainsKey(c.Id));
        output.WriteLine($"cells read: {present} of {report.Layout.Cells.Count}; sections: {report.Sections.Count} of 6");
        foreach (var problem in reading.Problems)
            output.WriteLine($"  unread  {problem.Part}{(problem.Line is { } l ? $" (line {l})" : "")}: {problem.MessageEn}");

        int errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        output.WriteLine($"findings: {errors} error(s), {findings.Count - errors} warning(s)");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var cells = f.Cells.Count == 0 ? "" : " [" + string.Join(", ", f.Cells.Take(MaxCellsShown).Select(c => c.CellId))
                + (f.Cells.Count > MaxCellsShown ? $", … {f.Cells.Count - MaxCellsShown} more" : "") + "]";
            var compare = f.Expected is null && f.Found is null ? "" : $" expected {f.Expected ?? "-"}, found {f.Found ?? "-"}.";
            output.WriteLine($"  {(f.Severity == FindingSeverity.Error ? "ERROR" : "warn ")} {f.RuleId}{cells} {f.MessageEn}{compare}");
            output.WriteLine($"        {f.MessageZh}");
        }
    }
}
