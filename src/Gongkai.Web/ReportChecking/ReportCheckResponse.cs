using System.Text.Json;
using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.ReportChecking;

/// <summary>A check as the API returns it: what was received, the versions that judged it, and its full result.</summary>
/// <param name="Problems">What the reader could not read (a cell not read is absent, never zero).</param>
/// <param name="Findings">The consistency findings (勾稽关系): rule, severity, kind, cells, expected, found, messages.</param>
/// <param name="Report">The report as read, in the project's report JSON (docs/report-json.md): header, sections, labelled tables, every cell by id.</param>
public sealed record ReportCheckResponse(
    Guid Id,
    DateTimeOffset CreatedAt,
    string FileName,
    string Sha256,
    long SizeBytes,
    string TextEncoding,
    string ReaderVersion,
    string RuleSetVersion,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<ProblemDocument> Problems,
    IReadOnlyList<FindingDocument> Findings,
    JsonElement Report,
    ReportCheckLinks Links)
{
    public static ReportCheckResponse From(ReportCheckDetails check) => new(
        check.Id, check.CreatedAt, check.FileName, check.Sha256, check.SizeBytes, check.TextEncoding,
        check.ReaderVersion, check.RuleSetVersion, check.ErrorCount, check.WarningCount,
        check.Problems, check.Findings, ParseReport(check.ReportJson),
        new ReportCheckLinks($"/api/v1/reports/checks/{check.Id}", ReportCheckPages.ResultPath(check.Id)));

    private static JsonElement ParseReport(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <param name="Self">This check in the API.</param>
/// <param name="Page">This check's page, with the tables and the failing cells highlighted.</param>
public sealed record ReportCheckLinks(string Self, string Page);

internal static class ReportCheckPages
{
    public static string ResultPath(Guid id) => $"/reports/checks/{id}";
}
