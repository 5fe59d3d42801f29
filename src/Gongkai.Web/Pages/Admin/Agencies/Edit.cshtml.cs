using Gongkai.Core;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Web.Access;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Agencies;

/// <summary>
/// 修改机关: a system administrator changes any field of an agency it administers; an agency administrator the contact
/// data of its own agency (the other fields are shown, not posted, and kept as they are).
/// </summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class EditModel(AgencyDirectory directory, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public AgencyNode Agency { get; private set; } = null!;

    public IReadOnlyList<AgencyNode> Parents { get; private set; } = [];

    public bool ContactOnly { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = AgencyForm.From(Agency);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var form = ContactOnly ? KeepAllButContact(Form) : Form;
        var updated = await directory.UpdateAsync(id, new AgencyUpdate(form.ParentId, form.ToInput()), await scopes.RequireAsync(cancellationToken), cancellationToken);
        if (updated.Succeeded) return Redirect("/admin/agencies");

        Errors = updated.Errors;
        Form = form;
        Response.StatusCode = ProblemMapping.StatusFor(updated.Errors[0]);
        return Page();
    }

    private AgencyForm KeepAllButContact(AgencyForm posted)
    {
        var kept = AgencyForm.From(Agency);
        kept.Office = posted.Office;
        kept.Address = posted.Address;
        kept.Phone = posted.Phone;
        kept.Hours = posted.Hours;
        return kept;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var found = await directory.FindAsync(id, scope, cancellationToken);
        if (!found.Succeeded) return false;
        Agency = found.Value;
        ContactOnly = !scope.Has(AccountRole.SystemAdmin);
        // A parent may be any administered agency except the agency itself and those below it.
        var all = await directory.ListAsync(scope, cancellationToken);
        var below = AgencySubtree.Below(id, all.Select(a => (a.Id, a.ParentId))).ToHashSet();
        Parents = all.Where(a => a.Id != id && !below.Contains(a.Id)).ToList();
        if (Agency.ParentId is { } parent && Parents.All(p => p.Id != parent))
            Parents = [.. Parents, .. (await directory.ListAsync(cancellationToken)).Where(a => a.Id == parent)];
        return true;
    }
}
