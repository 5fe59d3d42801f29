using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>目录设置: the agency's channels (e.g. the 微信公众号's account name) and its category tree.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class SettingsModel(CatalogueSetup setup, StaffScopeAccessor scopes) : PageModel
{
    public AgencyCatalogue Catalogue { get; private set; } = null!;
    public List<string> Errors { get; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? code, string? name, string? account, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var result = await setup.SaveChannelAsync(scope, scope.HomeAgencyId, (code ?? "").Trim(), name ?? "", account, ct);
        if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
        if (result.Succeeded) return Redirect("/staff/catalogue/settings");
        Errors.AddRange(result.Errors.Select(e => e.MessageZh));
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostCategoryAsync(string? code, string? name, string? parent, CancellationToken ct)
    {
        var result = await setup.AddCategoryAsync(await scopes.RequireAsync(ct), (code ?? "").Trim(), name ?? "", parent?.Trim(), ct);
        return await AfterAsync(result, ct);
    }

    public async Task<IActionResult> OnPostRetireAsync(string? code, bool retire, CancellationToken ct)
    {
        var result = await setup.RetireCategoryAsync(await scopes.RequireAsync(ct), code ?? "", retire, ct);
        return await AfterAsync(result, ct);
    }

    private async Task<IActionResult> AfterAsync(Gongkai.Core.IDomainResult result, CancellationToken ct)
    {
        if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
        if (result.Succeeded) return Redirect("/staff/catalogue/settings");
        Errors.AddRange(result.Errors.Select(e => e.MessageZh));
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        if (!scope.CanRead(scope.HomeAgencyId) || await setup.LoadAsync(scope.HomeAgencyId, ct) is not { } catalogue) return NotFound();
        Catalogue = catalogue;
        return Page();
    }
}
