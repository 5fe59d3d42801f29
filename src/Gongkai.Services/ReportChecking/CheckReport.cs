using System.Security.Cryptography;
using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Data.Persistence;
using Gongkai.Data.ReportChecking;
using Gongkai.Documents.Reading;
using Gongkai.Services.Errors;
using Gongkai.Documents.Rendering.Json;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.ReportChecking;

/// <summary>
/// 检查年度报告: the use case behind the web check page, the API and the CLI. Reads the submitted file (HTML, DOCX, PDF or text,
/// see ReportDocumentReader) into the report model, runs the consistency rules (勾稽关系) and stores the check with the file's hash and the reader
/// and rule-set versions, so it can be reopened later exactly as it was made.
/// </summary>
public sealed class CheckReport(GongkaiDbContext db, TimeProvider clock, IOptions<ReportCheckingOptions> options)
{
    public async Task<DomainResult<ReportCheckDetails>> RunAsync(ReportSubmission submission, CancellationToken cancellationToken = default)
    {
        var bytes = submission.Bytes;
        if (bytes.Length == 0) return new EmptyReportError();
        if (bytes.Length > options.Value.MaxBytes) return new ReportTooLargeError(options.Value.MaxBytes);

        var document = ReportDocumentReader.Read(bytes, submission.FileName);
        if (!document.Succeeded) return Refusal(document);
        var reading = document.Reading!;
        var report = reading.Report!;
        // For HTML, DOCX and PDF the stored text is the text the reader worked on, so a reopened check shows what was read.
        var text = Bounded(document.Text, ReportCheck.MaxTextLength) ?? "";
        string encoding = document.EncodingName ?? document.Kind.ToString().ToUpperInvariant();

        var findings = ReportChecks.Run(report);
        var reportJson = JsonReportWriter.Write(report, findings);
        var problems = reading.Problems.Select(ProblemDocument.From).ToList();
        var findingDocuments = findings.Select(FindingDocument.From).ToList();

        var now = clock.GetUtcNow();
        var check = new ReportCheck(
            Guid.CreateVersion7(now), now, submission.FileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length,
            encoding, reading.ReaderVersion, ReportChecks.RuleSetVersion, text,
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

    private static DomainError Refusal(ReportDocument document) => document.Refusal!.Kind switch
    {
        ReportRefusalKind.Empty => new EmptyReportError(),
        ReportRefusalKind.UnknownEncoding => new UnknownEncodingError(),
        ReportRefusalKind.ScannedPdf => new ScannedReportError(),
        ReportRefusalKind.Damaged => new DamagedReportFileError(document.Kind == ReportFileKind.Pdf ? "PDF" : "Word"),
        ReportRefusalKind.NotRecognised => new ReportNotRecognisedError(document.Refusal.ReasonZh),
        ReportRefusalKind.TooLarge => new ReportTooLargeError(ReportDocumentReader.MaxFileBytes),
        _ => new BinaryReportError(document.Refusal.ReasonZh),
    };

    private static string? Bounded(string? value, int max) => value is { Length: var n } && n > max ? value[..max] : value;
}
