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
    public RequestDetail Detail { get; private set; } = null!;

    public IReadOnlyList<DomainError> StepErrors { get; private set; } = [];

    public StepResult? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostStepAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        var command = RequestCommandBinder.FromForm(step, Request.Form);
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
