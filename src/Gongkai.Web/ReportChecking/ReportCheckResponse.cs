using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.ReportChecking;

/// <summary>A check as the API returns it: what was received, the versions that judged it, and its full result.</summary>
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
    ReportDocument Report,
    ReportCheckLinks Links)
{
    public static ReportCheckResponse From(ReportCheckDetails check) => new(
        check.Id, check.CreatedAt, check.FileName, check.Sha256, check.SizeBytes, check.TextEncoding,
        check.ReaderVersion, check.RuleSetVersion, check.ErrorCount, check.WarningCount,
        check.Problems, check.Findings, check.Report,
        new ReportCheckLinks($"/api/v1/reports/checks/{check.Id}", ReportCheckPages.ResultPath(check.Id)));
}

/// <param name="Self">This check in the API.</param>
/// <param name="Page">This check's page, with the tables and the failing cells highlighted.</param>
public sealed record ReportCheckLinks(string Self, string Page);

internal static class ReportCheckPages
{
    public static string ResultPath(Guid id) => $"/reports/checks/{id}";
}
