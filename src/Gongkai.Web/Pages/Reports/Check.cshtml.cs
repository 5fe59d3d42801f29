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
public sealed class CheckModel(CheckReport checkReport, ReportCheckHistory history, IOptions<ReportCheckingOptions> options) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ReportCheckListItem> Recent { get; private set; } = [];

    public DomainError? Error { get; private set; }

    public long MaxKilobytes => options.Value.MaxBytes / 1024;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Recent = await history.RecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var submission = Upload is { Length: > 0 } upload
            ? await SubmissionReader.FromFileAsync(upload, options.Value.MaxBytes, cancellationToken)
            : ReportSubmission.FromText(Text ?? "");
        DomainResult<ReportCheckDetails> result = submission.Succeeded ? await checkReport.RunAsync(submission.Value, cancellationToken) : submission.Error!;
        if (result.Succeeded) return Redirect(ReportCheckPages.ResultPath(result.Value.Id));

        Error = result.Error;
        Response.StatusCode = ProblemMapping.StatusFor(Error!);
        Recent = await history.RecentAsync(cancellationToken);
        return Page();
    }
}
