using Gongkai.Services.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports.Annual;

/// <summary>政府信息公开工作年度报告 栏目: every published annual report, public.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublishedReports published) : PageModel
{
    public IReadOnlyList<PublishedReportSummary> Reports { get; private set; } = [];
    public int? Year { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year;
        Reports = await published.ListAsync(year, cancellationToken: cancellationToken);
    }
}
