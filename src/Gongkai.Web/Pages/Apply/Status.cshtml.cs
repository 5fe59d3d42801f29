using Gongkai.Core;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// 申请查询: the applicant's status page. Number and code are posted (never in the URL); a wrong pair shows the same message
/// as an unknown one. From here the applicant submits the correction asked for, or withdraws.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.StatusLookup)]
public sealed class StatusModel(ApplicantDesk desk, ReplyLetterDesk letters) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public RequestForm Correction { get; set; } = new();

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    [BindProperty]
    public string? BulkReasons { get; set; }

    public ApplicantStatus? Status { get; private set; }

    public DomainError? LookupError { get; private set; }

    public FieldErrors CorrectionErrors { get; private set; } = new();

    public string? Done { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        var result = await desk.SubmitCorrectionAsync(Number, Code, Correction, cancellationToken);
        if (result.Succeeded) Done = "补正后的申请已提交，答复期限自今日起重新计算。";
        else CorrectionErrors = new FieldErrors(result.Errors);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        var result = await desk.WithdrawAsync(Number, Code, WithdrawalReason, cancellationToken);
        if (result.Succeeded) Done = "申请已撤回。";
        else CorrectionErrors = new FieldErrors(result.Errors);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>说明理由 in answer to the agency's request under 条例第三十五条.</summary>
    public async Task<IActionResult> OnPostReasonsAsync(CancellationToken cancellationToken)
    {
        var result = await desk.GiveBulkReasonsAsync(Number, Code, BulkReasons, cancellationToken);
        if (result.Succeeded) Done = "您说明的理由已提交，本机关将据此作出认定。";
        else CorrectionErrors = new FieldErrors(result.Errors);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>答复书 download, only once the reply was released.</summary>
    public async Task<IActionResult> OnPostLetterAsync(string? format, CancellationToken cancellationToken)
    {
        var file = await letters.ForApplicantAsync(Number, Code, format == "pdf" ? LetterFormat.Pdf : LetterFormat.Docx, cancellationToken);
        if (file.Succeeded) return File(file.Value.Content, file.Value.MediaType, file.Value.FileName);
        LookupError = file.Error;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await desk.StatusAsync(Number, Code, cancellationToken);
        if (result.Succeeded)
        {
            Status = result.Value;
            if (Status.PendingCorrection is not null && CorrectionErrors.Any is false && Done is null)
            {
                Correction.Title ??= Status.Information.Title;
                Correction.DocumentNumber ??= Status.Information.DocumentNumber;
                Correction.Description ??= Status.Information.Description;
                Correction.Form ??= Status.Information.Form;
                Correction.Delivery ??= Status.Information.Delivery;
            }
        }
        else
        {
            LookupError = result.Error;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
