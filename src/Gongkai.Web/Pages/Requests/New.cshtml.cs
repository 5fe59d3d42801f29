using Gongkai.Core.Requests.Deadlines;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Pages.Apply;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Requests;

/// <summary>登记申请: a clerk records an application that came by letter, in person, by post, fax or e-mail.</summary>
[Authorize(Policy = Policies.Clerk)]
public sealed class NewModel(RequestIntake intake, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public ReceiptChannel? Channel { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    public FieldErrors Errors { get; private set; } = new();

    public SubmittedRequest? Submitted { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Channel is not { } channel)
        {
            Errors = new FieldErrors([new ChannelMissingError()]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await intake.RegisterAsync(await scopes.RequireAsync(cancellationToken), new StaffIntake(channel, On), Form, [], cancellationToken);
        if (!result.Succeeded)
        {
            Errors = new FieldErrors(result.Errors);
            Response.StatusCode = Web.Requests.RequestProblems.StatusFor(result.Error!);
            return Page();
        }
        Submitted = result.Value;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}

public sealed record ChannelMissingError() : Core.DomainError("channel-missing", "请选择申请的提交方式", "choose the channel the application came through"),
    Services.Errors.IInvalidInputError;
