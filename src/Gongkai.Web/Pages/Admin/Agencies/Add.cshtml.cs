using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Services.Agencies;
using Gongkai.Web.Access;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Agencies;

/// <summary>新增机关: a system administrator adds an agency under one it administers.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class AddModel(AgencyDirectory directory, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public IReadOnlyList<AgencyNode> Parents { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task OnGetAsync(Guid? parent, CancellationToken cancellationToken)
    {
        Form.ParentId = parent;
        Form.Level = Core.Agencies.AgencyLevel.Department.Key();
        Parents = await directory.ListAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var added = await directory.AddAsync(new NewAgency(Form.ParentId?.ToString(), Form.ToInput()), scope, cancellationToken);
        if (added.Succeeded) return Redirect("/admin/agencies");

        Errors = added.Errors;
        Response.StatusCode = ProblemMapping.StatusFor(added.Errors[0]);
        Parents = await directory.ListAsync(scope, cancellationToken);
        return Page();
    }
}
