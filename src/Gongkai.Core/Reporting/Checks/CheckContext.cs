using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Reporting.Checks;

/// <summary>One consistency rule or rule family.</summary>
internal interface IReportRule
{
    /// <summary>
    /// Appends the rule's findings to <paramref name="into"/>, in order. A list rather than an iterator per rule: most rules
    /// find nothing in most reports, and each iterator was an allocation and three interface calls.
    /// </summary>
    void Check(CheckContext context, List<ReportFinding> into);
}

/// <summary>The report under check, last year's report when given, and the options.</summary>
internal sealed class CheckContext(AnnualReport report, AnnualReport? previous, ReportCheckOptions options)
{
    public AnnualReport Report { get; } = report;
    public AnnualReport? Previous { get; } = previous;
    public ReportCheckOptions Options { get; } = options;
    public ReportLayout Layout => Report.Layout;

    /// <summary>
    /// What the prose sections state, read once for P1, R8 and R12: every section's breakdowns, and statements, denials and
    /// fees of the <see cref="ProseFacts.StatementSections"/> (the only ones R8 and R12 read).
    /// </summary>
    public ProseAnalysis Prose => _prose ??= ProseFacts.ForChecks(Report);
    private ProseAnalysis? _prose;

    /// <summary>The part of <see cref="Prose"/> read for numbers about this year (<see cref="ProseFacts.StatementSections"/>).</summary>
    public static bool IsStatementSection(SectionId section) => ProseFacts.IsStatementSection(section);

    /// <summary>
    /// Last year's report when the cross-report rules (R7, R9, R10) can run: given, and not known to be of another year
    /// (comparing with a year that is not Y−1 would only produce false warnings; <see cref="CrossYearPairing"/> says so).
    /// </summary>
    public AnnualReport? PreviousYear =>
        Previous is not null && !(Report.Year is int y && Previous.Year is int p && p != y - 1) ? Previous : null;

    public static ReportFinding Finding(string ruleId, FindingSeverity severity, FindingKind kind, IEnumerable<CellDefinition> cells,
        string? expected, string? found, string zh, string en) =>
        new(ruleId, severity, [.. cells.Select(CellRef.ForCell)], expected, found, zh, Capitalized(en)) { Kind = kind };

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
