using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering;

/// <summary>Text every rendering of a report shares.</summary>
internal static class ReportText
{
    /// <summary>The title as written; otherwise the format's title from agency and year (机关 + 年份 + 政府信息公开工作年度报告).</summary>
    public static string TitleOf(AnnualReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Title)) return report.Title;
        var year = report.Year is int y ? $"{y}年" : "";
        return $"{report.AgencyName}{year}政府信息公开工作年度报告";
    }
}
