using Gongkai.Web.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Core;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Reports;

/// <summary>年报检查: paste or upload a published report; a successful check redirects to its stored result.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
[UploadLimit]
public sealed class CheckModel(CheckReport checkReport, ReportCheckHistory history, ReportAuditing auditing, IOptions<ReportCheckingOptions> options) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>One file, or several: several are audited together (copied prose between them, late publication) and shown on one page.</summary>
    [BindProperty(Name = "Upload")]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The result of several files checked together (not stored; staff store runs under 年报批量审查).</summary>
    public AuditRunView? Batch { get; private set; }

    public IReadOnlyList<ReportCheckListItem> Recent { get; private set; } = [];

    public DomainError? Error { get; private set; }

    public long MaxKilobytes => options.Value.MaxBytes / 1024;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Recent = await history.RecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var uploads = Uploads.Where(u => u.Length > 0).ToList();
        if (uploads.Count > 1) return await BatchAsync(uploads, cancellationToken);
        var submission = uploads.FirstOrDefault() is { } upload
            ? await SubmissionReader.FromFileAsync(upload, options.Value.MaxBytes, cancellationToken)
            : ReportSubmission.FromText(Text ?? "");
        DomainResult<ReportCheckDetails> result = submission.Succeeded ? await checkReport.RunAsync(submission.Value, cancellationToken) : submission.Error!;
        if (result.Succeeded) return Redirect(ReportCheckPages.ResultPath(result.Value.Id));

        Error = result.Error;
        Response.StatusCode = ProblemMapping.StatusFor(Error!);
        Recent = await history.RecentAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> BatchAsync(IReadOnlyList<IFormFile> uploads, CancellationToken cancellationToken)
    {
        var files = await AuditUploads.ReadAsync(uploads, HttpContext, cancellationToken);
        var result = files.Succeeded ? auditing.Preview(files.Value) : files.Error!;
        Recent = await history.RecentAsync(cancellationToken);
        if (result.Succeeded)
        {
            Batch = result.Value;
            return Page();
        }
        Error = result.Error;
        Response.StatusCode = ProblemMapping.StatusFor(Error!);
        return Page();
    }
}
