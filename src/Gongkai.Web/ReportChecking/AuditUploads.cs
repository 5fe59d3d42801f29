using Gongkai.Core;
using Gongkai.Services.ReportChecking;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.ReportChecking;

/// <summary>Several uploaded report files read into submissions, each within the per-file limit.</summary>
internal static class AuditUploads
{
    /// <summary>The whole upload of an audit run: about sixty reports of up to a few hundred KB each, with room to spare.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public static async Task<DomainResult<IReadOnlyList<ReportSubmission>>> ReadAsync(IReadOnlyList<IFormFile> uploads, HttpContext context, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ReportCheckingOptions>>().Value;
        var files = uploads.Where(u => u.Length > 0).ToList();
        if (files.Count == 0 || files.Count > options.MaxAuditFiles) return new ReportAuditFileCountError(options.MaxAuditFiles);
        var submissions = new List<ReportSubmission>(files.Count);
        foreach (var file in files)
        {
            var submission = await SubmissionReader.FromFileAsync(file, options.MaxBytes, cancellationToken);
            if (!submission.Succeeded) return DomainResult<IReadOnlyList<ReportSubmission>>.Failure(submission.Errors);
            submissions.Add(submission.Value);
        }
        return submissions;
    }
}
