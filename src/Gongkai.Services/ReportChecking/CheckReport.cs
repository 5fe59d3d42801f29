using System.Security.Cryptography;
using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Data.Persistence;
using Gongkai.Data.ReportChecking;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Rendering.Json;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.ReportChecking;

/// <summary>
/// 检查年度报告: the use case behind the web check page, the API and the CLI. Decodes the submitted bytes, reads them
/// into the report model, runs the consistency rules (勾稽关系) and stores the check with the file's hash and the reader
/// and rule-set versions, so it can be reopened later exactly as it was made.
/// </summary>
public sealed class CheckReport(GongkaiDbContext db, TimeProvider clock, IOptions<ReportCheckingOptions> options)
{
    public async Task<DomainResult<ReportCheckDetails>> RunAsync(ReportSubmission submission, CancellationToken cancellationToken = default)
    {
        var bytes = submission.Bytes;
        if (bytes.Length == 0) return new EmptyReportError();
        if (bytes.Length > options.Value.MaxBytes) return new ReportTooLargeError(options.Value.MaxBytes);

        var decoded = ReportTextDecoder.Decode(bytes);
        if (!decoded.Succeeded) return decoded.Error!;
        var text = decoded.Value.Text;
        if (string.IsNullOrWhiteSpace(text)) return new EmptyReportError();

        var reading = ReportTextReader.Read(text);
        if (reading.Report is not { } report)
            return new ReportNotRecognisedError(reading.NotRecognisedReason ?? "文中没有年度报告的章节或表格。");

        var findings = ReportChecks.Run(report);
        var reportJson = JsonReportWriter.Write(report, findings);
        var problems = reading.Problems.Select(ProblemDocument.From).ToList();
        var findingDocuments = findings.Select(FindingDocument.From).ToList();

        var now = clock.GetUtcNow();
        var check = new ReportCheck(
            Guid.CreateVersion7(now), now, submission.FileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length,
            decoded.Value.EncodingName, reading.ReaderVersion, ReportChecks.RuleSetVersion, text,
            new ReportCheckResultJson(
                reportJson, ReportCheckJson.Serialize(problems), ReportCheckJson.Serialize(findingDocuments)),
            new ReportCheckSummary(
                Bounded(report.AgencyName, ReportCheck.MaxAgencyNameLength), report.Year, report.Format, problems.Count,
                findings.Count(f => f.Severity == FindingSeverity.Error), findings.Count(f => f.Severity == FindingSeverity.Warning)));
        db.ReportChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);

        return new ReportCheckDetails(
            check.Id, check.CreatedAt, check.FileName, check.Sha256, check.SizeBytes, check.TextEncoding,
            check.ReaderVersion, check.RuleSetVersion, text, report, reportJson, problems, findingDocuments);
    }

    private static string? Bounded(string? value, int max) => value is { Length: var n } && n > max ? value[..max] : value;
}
