using Gongkai.Core.Reporting;
using Gongkai.Data.ReportChecking;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Services.ReportChecking;

/// <summary>
/// A stored check with its full result: what was received, which versions judged it, the report as read (as the model and
/// as its JSON, docs/report-json.md), the reading problems and the findings.
/// </summary>
public sealed record ReportCheckDetails(
    Guid Id,
    DateTimeOffset CreatedAt,
    string FileName,
    string Sha256,
    long SizeBytes,
    string TextEncoding,
    string ReaderVersion,
    string RuleSetVersion,
    string ReportText,
    AnnualReport Report,
    string ReportJson,
    IReadOnlyList<ProblemDocument> Problems,
    IReadOnlyList<FindingDocument> Findings)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    /// <summary>The cells any finding concerns: the ones a rendering highlights.</summary>
    public IReadOnlySet<string> FindingCells => Findings.SelectMany(f => f.Cells).Select(c => c.CellId).ToHashSet(StringComparer.Ordinal);

    internal static ReportCheckDetails FromStored(ReportCheck check) => new(
        check.Id, check.CreatedAt, check.FileName, check.Sha256, check.SizeBytes, check.TextEncoding,
        check.ReaderVersion, check.RuleSetVersion, check.ReportText,
        JsonReportReader.Read(check.ReportJson).Report ?? throw new InvalidDataException($"Stored report check {check.Id} holds no readable report JSON."),
        check.ReportJson,
        ReportCheckJson.Deserialize<List<ProblemDocument>>(check.ProblemsJson),
        ReportCheckJson.Deserialize<List<FindingDocument>>(check.FindingsJson));
}

/// <summary>One line of the recent-checks list.</summary>
public sealed record ReportCheckListItem(
    Guid Id, DateTimeOffset CreatedAt, string FileName, string? AgencyName, int? Year, ReportFormat? Format,
    int ProblemCount, int ErrorCount, int WarningCount);
