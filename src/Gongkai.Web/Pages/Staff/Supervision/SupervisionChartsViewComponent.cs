using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Services.Supervision;
using Gongkai.Web.Access;
using Gongkai.Web.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Staff.Supervision;

/// <summary>The supervising office's charts of a region and year, laid out for <c>_Charts.cshtml</c>.</summary>
public sealed record SupervisionChartsView(
    BarChart Months, BarChart Timeliness, BarChart Agencies, int AgencyCount, int ShownAgencies, int Received, int Concluded, int OpenAtEnd);

/// <summary>
/// 监督图表: requests and outcomes by month across the region, the timeliness of the region's annual reports, and the agencies
/// side by side (requests received, items proactively published, appeal cases filed) — counted live from the records by
/// <see cref="RegionStatistics"/>, drawn by the shared <see cref="BarChart"/>. A view component, so the page shows it with
/// one line and its other sections stay separate.
/// </summary>
public sealed class SupervisionChartsViewComponent(RegionStatistics statistics, StaffScopeAccessor scopes) : ViewComponent
{
    /// <summary>More agencies than this make bars too thin to read: the comparison shows the busiest ones, and says so.</summary>
    public const int MaxComparedAgencies = 20;

    public async Task<IViewComponentResult> InvokeAsync(RegionReportOverview overview)
    {
        var scope = await scopes.RequireAsync(HttpContext.RequestAborted);
        var activity = await statistics.ActivityAsync(scope, overview.RegionId, overview.Year, HttpContext.RequestAborted);
        var table = await statistics.RequestTableAsync(scope, overview.RegionId, overview.Year, HttpContext.RequestAborted);
        if (!activity.Succeeded || !table.Succeeded) return Content("");
        return View("/Pages/Staff/Supervision/_Charts.cshtml", Build(activity.Value, overview, table.Value));
    }

    internal static SupervisionChartsView Build(RegionActivity activity, RegionReportOverview overview, Core.Reporting.AnnualReport requestTable)
    {
        var monthNames = activity.Months.Select(m => m.Month.ToString(CultureInfo.InvariantCulture) + "月").ToList();
        var monthSeries = new List<ChartSeries> { new("新收申请", [.. activity.Months.Select(m => (double)m.Received)]) };
        monthSeries.AddRange(activity.OutcomeGroups.Select((g, i) =>
            new ChartSeries("办结：" + g.Name, [.. activity.Months.Select(m => (double)m.ConcludedByGroup[i])])));
        var months = new BarChart($"{activity.RegionName}{activity.Year}年政府信息公开申请及办理结果（按月）", monthNames, monthSeries);

        var standings = Enum.GetValues<ReportStanding>();
        var governments = overview.Agencies.Where(a => a.Level == AgencyLevel.Government).ToList();
        var others = overview.Agencies.Where(a => a.Level != AgencyLevel.Government).ToList();
        var timeliness = new BarChart($"{activity.Year}年度报告公布及时性（机关数）",
            [.. standings.Select(ReportStandings.NameZh)],
            [
                new ChartSeries("政府部门等（1月31日前）", [.. standings.Select(s => (double)others.Count(a => a.Standing == s))]),
                new ChartSeries("人民政府（3月31日前）", [.. standings.Select(s => (double)governments.Count(a => a.Standing == s))]),
            ]);

        var compared = activity.Agencies.OrderByDescending(a => a.RequestsReceived).ThenBy(a => a.AgencyName, StringComparer.Ordinal)
            .Take(MaxComparedAgencies).ToList();
        var agencies = new BarChart($"{activity.Year}年各机关对比", [.. compared.Select(a => a.AgencyName)],
            [
                new ChartSeries("新收申请", [.. compared.Select(a => (double)a.RequestsReceived)]),
                new ChartSeries("主动公开信息", [.. compared.Select(a => (double)a.ItemsPublished)]),
                new ChartSeries("复议、诉讼案件", [.. compared.Select(a => (double)a.AppealsFiled)]),
            ]);

        int Cell(string id) => (int)(requestTable.Number(id) ?? 0);
        return new SupervisionChartsView(months, timeliness, agencies, activity.Agencies.Count, compared.Count,
            Cell("t3.r1.c7"), Cell("t3.r3.7.c7"), Cell("t3.r4.c7"));
    }
}
