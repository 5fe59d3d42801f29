using Gongkai.Core.Reporting;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>Hand-built reports for the check tests.</summary>
internal static class TestReports
{
    /// <summary>Every cell 0, every section present with an empty body.</summary>
    public static AnnualReport Zeros(ReportFormat format = ReportFormat.F2021, int? year = null)
    {
        var report = AnnualReport.Empty(format);
        report.Year = year ?? (format == ReportFormat.F2019 ? 2020 : 2023);
        report.AgencyName = "某县自然资源局";
        return report;
    }

    /// <summary>
    /// The seed report (红寺堡区科学技术局 2023) built by hand: every table cell 0 as published, the prose verbatim, and the
    /// section-五 heading as the seed writes it (without 的).
    /// </summary>
    public static AnnualReport Seed()
    {
        var report = Zeros(ReportFormat.F2021, 2023);
        report.AgencyName = "红寺堡区科学技术局";
        report.Title = "红寺堡区科学技术局2023年政府信息公开工作年度报告";
        report.Preamble = SeedText.Preamble;
        report.SetSection(SectionId.Overview, SeedText.Overview);
        report.SetSection(SectionId.ProblemsAndImprovements, SeedText.ProblemsAndImprovements, "五、存在主要问题及改进情况");
        report.SetSection(SectionId.OtherMatters, SeedText.OtherMatters);
        return report;
    }

    public static AnnualReport With(this AnnualReport report, params (string CellId, decimal Value)[] cells)
    {
        foreach (var (id, value) in cells) report.Set(id, value);
        return report;
    }

    public static AnnualReport WithOverview(this AnnualReport report, string text)
    {
        report.SetSection(SectionId.Overview, text);
        return report;
    }

    public static IReadOnlyList<ReportFinding> Errors(this IEnumerable<ReportFinding> findings) =>
        [.. findings.Where(f => f.Severity == FindingSeverity.Error)];

    public static IReadOnlyList<ReportFinding> OfRule(this IEnumerable<ReportFinding> findings, string ruleId) =>
        [.. findings.Where(f => f.RuleId == ruleId)];

    public static bool Names(this ReportFinding finding, string cellId) => finding.Cells.Any(c => c.CellId == cellId);

    public static string Describe(this IEnumerable<ReportFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Kind}: {f.MessageZh} | {f.MessageEn}"));
}
