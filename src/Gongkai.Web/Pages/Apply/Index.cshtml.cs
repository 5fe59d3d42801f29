using Gongkai.Data.Requests;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// 依申请公开 网上申请: the public application form of one agency, no account, no JavaScript. On error the form comes back with
/// each message beside its field and nothing is stored; on success the request number and lookup code are shown once.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class IndexModel(RequestIntake intake) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? IdentityCopy { get; set; }

    [BindProperty]
    public IFormFile? Authorisation { get; set; }

    [BindProperty]
    public IFormFile? OtherFile { get; set; }

    public string AgencyName { get; private set; } = "";

    public FieldErrors Errors { get; private set; } = new();

    public SubmittedRequest? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await LoadAgencyAsync(agencyId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var files = new List<AttachmentUpload>();
        foreach (var (file, purpose) in new[] { (IdentityCopy, AttachmentPurpose.IdentityCopy), (Authorisation, AttachmentPurpose.LetterOfAuthorisation), (OtherFile, AttachmentPurpose.Other) })
        {
            if (file is not { Length: > 0 }) continue;
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new AttachmentUpload(file.FileName, buffer.ToArray(), purpose));
        }
        // The intake checks that the agency takes applications and reads its name in the same query; the page reads the
        // agency itself only to show the form again.
        var result = await intake.SubmitOnlineAsync(agencyId, Form, files, cancellationToken);
        if (result.Succeeded)
        {
            Submitted = result.Value;
            AgencyName = result.Value.AgencyName;
            // The code is on this page only: never cached, never in a URL.
            Response.Headers.CacheControl = "no-store";
            return Page();
        }
        if (result.Errors.Any(e => e is ApplicationAgencyNotFoundError) || !await LoadAgencyAsync(agencyId, cancellationToken)) return NotFound();
        Errors = new FieldErrors(result.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAgencyAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var name = await intake.AgencyTakingApplicationsAsync(agencyId, cancellationToken);
        AgencyName = name ?? "";
        return name is not null;
    }
}
