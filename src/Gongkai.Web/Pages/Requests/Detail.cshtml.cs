using Gongkai.Core;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Requests;

/// <summary>申请详情: the request, its deadline with the explanation, its history, and a form for each step its state allows.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class DetailModel(RequestQueries queries, RequestWorkflow workflow, ReplyLetterDesk letters, StaffScopeAccessor scopes) : PageModel
{
    /// <summary>
    /// The form field naming the step. Not "step": form keys are case-insensitive, so it would merge with the Step field of
    /// 审批/退回答复 (which approval) and every approval would be read as the first of the chain. The binder skips "__" fields.
    /// </summary>
    public const string StepField = "__step";

    public RequestDetail Detail { get; private set; } = null!;

    public IReadOnlyList<DomainError> StepErrors { get; private set; } = [];

    public StepResult? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    /// <param name="pageStep">The step named by the page's forms.</param>
    /// <param name="step">The step named by a client posting the field "step" (only for steps without a Step field of their own).</param>
    public async Task<IActionResult> OnPostStepAsync(Guid id, [FromForm(Name = StepField)] string? pageStep, string? step, CancellationToken cancellationToken)
    {
        var command = RequestCommandBinder.FromForm(pageStep ?? step ?? "", Request.Form);
        var result = command.Succeeded
            ? await workflow.ApplyAsync(await scopes.RequireAsync(cancellationToken), id, command.Value, cancellationToken)
            : DomainResult<StepResult>.Failure(command.Errors);
        if (result.Succeeded) Done = result.Value;
        else
        {
            StepErrors = result.Errors;
            if (result.Error is RequestNotFoundError) return NotFound();
            Response.StatusCode = RequestProblems.StatusFor(result.Error!);
        }
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await queries.AttachmentAsync(await scopes.RequireAsync(cancellationToken), id, attachmentId, cancellationToken);
        return file.Succeeded ? File(file.Value.Content, file.Value.MediaType, file.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnGetLetterAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        var file = await letters.ForStaffAsync(await scopes.RequireAsync(cancellationToken), id, format == "pdf" ? LetterFormat.Pdf : LetterFormat.Docx, cancellationToken);
        return file.Succeeded ? File(file.Value.Content, file.Value.MediaType, file.Value.FileName) : NotFound();
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await queries.DetailAsync(await scopes.RequireAsync(cancellationToken), id, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Detail = result.Value;
        return Page();
    }
}
