using Gongkai.Core.Reporting;
using Gongkai.Services.Appeals;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Appeals;

/// <summary>The drill-down from a table-四 cell of the report workspace to the cases counted in it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CellModel(AppealCases cases, StaffScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<AppealCaseView> Cases { get; private set; } = [];
    public string CellLabel { get; private set; } = "";
    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, string cellId, CancellationToken cancellationToken)
    {
        if (!ReportLayout.F2021.TryGetCell(cellId, out var cell) || cell.Table != ReportTable.Appeals) return NotFound();
        var result = await cases.ListForCellAsync(await scopes.RequireAsync(cancellationToken), agencyId, year, cellId, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Cases = result.Value;
        CellLabel = Display.Cell(ReportFormat.F2021, cellId);
        AgencyId = agencyId;
        Year = year;
        return Page();
    }
}
