using Gongkai.Core.Reporting;
using Gongkai.Services.Reporting;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>Saves a prose section of the workspace (posted from the workspace page).</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class ProseModel(ReportProseEditor editor, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty] public SectionId Section { get; set; }
    [BindProperty] public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        await WorkspaceRedirect.BackAsync(scopes, agencyId, year, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(await scopes.RequireAsync(cancellationToken), agencyId, year, Section, Body, cancellationToken);
        return WorkspaceRedirect.After(this, result, agencyId, year, "已保存。");
    }
}

/// <summary>Publishes the report (分管领导).</summary>
[Authorize(Policy = Policies.ApprovingLeader)]
public sealed class PublishModel(ReportPublisher publisher, StaffScopeAccessor scopes) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        await WorkspaceRedirect.BackAsync(scopes, agencyId, year, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(await scopes.RequireAsync(cancellationToken), agencyId, year, cancellationToken);
        return WorkspaceRedirect.After(this, result, agencyId, year, "年度报告已公布。");
    }
}

/// <summary>Reopens a published period for audited corrections of its records (分管领导).</summary>
[Authorize(Policy = Policies.ApprovingLeader)]
public sealed class ReopenModel(ReportingPeriodLock periodLock, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        await WorkspaceRedirect.BackAsync(scopes, agencyId, year, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var result = await periodLock.ReopenAsync(await scopes.RequireAsync(cancellationToken), agencyId, year, Reason ?? "", cancellationToken);
        return WorkspaceRedirect.After(this, result, agencyId, year, "报告期已重新开放。");
    }
}

internal static class WorkspaceRedirect
{
    /// <summary>A GET of an action page leads back to the workspace — of an agency the caller reads; any other answers 404 (its existence is not revealed).</summary>
    public static async Task<IActionResult> BackAsync(StaffScopeAccessor scopes, Guid agencyId, int year, CancellationToken cancellationToken) =>
        (await scopes.RequireAsync(cancellationToken)).CanRead(agencyId) ? new RedirectResult($"/staff/reports/{agencyId}/{year}") : new NotFoundResult();

    /// <summary>Back to the workspace with the outcome as a message; a record the caller may not see is a 404, a missing role a 403.</summary>
    public static IActionResult After(PageModel page, Gongkai.Core.IDomainResult result, Guid agencyId, int year, string success)
    {
        if (!result.Succeeded)
        {
            var error = result.Errors[0];
            if (error is Gongkai.Services.Errors.INotFoundError) return new NotFoundResult();
            if (error is Gongkai.Services.Errors.IForbiddenError) return new ForbidResult();
            page.TempData["message"] = error.MessageZh;
        }
        else page.TempData["message"] = success;
        return new RedirectResult($"/staff/reports/{agencyId}/{year}");
    }
}
