using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Services.Reminders;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Charts;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Requests;

/// <summary>
/// 依申请公开 工作队列: the caller's agency's requests — overdue, due within 3 working days, awaiting receipt or correction, open,
/// recently concluded — its reminders (dismissible), and a chart of requests received and concluded by month for a year.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class IndexModel(RequestQueries queries, ReminderDesk reminders, StaffScopeAccessor scopes) : PageModel
{
    public RequestQueue Queue { get; private set; } = null!;

    public IReadOnlyList<ReminderView> Reminders { get; private set; } = [];

    public RequestYearByMonth ByMonth { get; private set; } = null!;

    /// <summary>The chart's year (query <c>year</c>; default this year).</summary>
    public int Year { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    /// <summary>知悉 a reminder: it disappears for the agency's staff.</summary>
    public async Task<IActionResult> OnPostDismissAsync(Guid reminderId, CancellationToken cancellationToken)
    {
        var result = await reminders.DismissAsync(await scopes.RequireAsync(cancellationToken), reminderId, cancellationToken);
        if (result.Succeeded) return RedirectToPage();
        Errors = result.Errors;
        Response.StatusCode = RequestProblems.StatusFor(result.Error!);
        return await LoadAsync(null, cancellationToken);
    }

    /// <summary>The chart of <see cref="ByMonth"/>: received, then one series per outcome group (labels verbatim from table 三).</summary>
    public BarChart Chart()
    {
        var layout = ReportLayout.F2021;
        var series = new List<ChartSeries> { new("收到申请", [.. ByMonth.Months.Select(m => (double)m.Received)]) };
        series.AddRange(RequestYearByMonth.Groups.Select(g =>
            new ChartSeries(layout.RequestRow(g).Label, [.. ByMonth.Months.Select(m => (double)m.ConcludedByGroup[g])])));
        return new BarChart($"{Year}年申请收到与办结情况（按月）", [.. ByMonth.Months.Select(m => $"{m.Month}月")], series);
    }

    private async Task<IActionResult> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await queries.QueueAsync(scope, null, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Queue = result.Value;
        Year = year is >= 2000 and <= 2200 ? year.Value : Queue.Today.Year;
        var byMonth = await queries.ByMonthAsync(scope, Year, null, cancellationToken);
        if (!byMonth.Succeeded) return NotFound();
        ByMonth = byMonth.Value;
        var open = await reminders.OpenAsync(scope, null, cancellationToken);
        Reminders = open.Succeeded ? open.Value : [];
        return Page();
    }
}
