using Gongkai.Services.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>年报 list on the portal: the reports the report workspace has published (frozen), of one agency or all.</summary>
[AllowAnonymous]
public sealed class AnnualReportsModel(PublishedReports published) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Agency { get; set; }

    public IReadOnlyList<PublishedReportSummary> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reports = await published.ListAsync(agencyIds: Agency is { } id ? [id] : null, cancellationToken: cancellationToken);
}
