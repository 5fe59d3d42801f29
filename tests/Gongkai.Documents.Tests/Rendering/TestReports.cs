using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Rendering;

/// <summary>Reports for rendering tests: consistent random ones, and ones as a reader leaves them (blank, dash, absent, ambiguous cells).</summary>
internal static class TestReports
{
    public static ReportFormat FormatOf(bool trialFormat) => trialFormat ? ReportFormat.F2019 : ReportFormat.F2021;

    public static AnnualReport Consistent(int seed, ReportFormat format) => SampleReports.Consistent(new Random(seed), format);

    /// <summary>
    /// A consistent report in which some cells are replaced the way published reports have them: blank, a dash, 不适用,
    /// not read at all, or read several ways; plus a deviating heading, a missing section and reader notes.
    /// </summary>
    public static AnnualReport AsRead(int seed, ReportFormat format)
    {
        var rng = new Random(seed);
        var report = SampleReports.Consistent(rng, format, density: 0.6);
        var ids = report.Layout.Cells.Select(c => c.Id).ToArray();
        string[] dashes = ["—", "/", "-", "——", "－"];
        string[] notApplicable = ["不适用", "无"];
        int changes = rng.Next(1, 40);
        for (int i = 0; i < changes; i++)
        {
            var id = ids[rng.Next(ids.Length)];
            switch (rng.Next(5))
            {
                case 0: report.Set(id, CellValue.Blank); break;
                case 1: report.Set(id, CellValue.DashOf(dashes[rng.Next(dashes.Length)])); break;
                case 2: report.Set(id, CellValue.NotApplicableOf(notApplicable[rng.Next(notApplicable.Length)])); break;
                case 3: report.Unset(id); break;
                default: report.SetAmbiguous(id, [rng.Next(0, 20), rng.Next(20, 400)]); break;
            }
        }
        if (rng.Next(2) == 0) report.SetSection(SectionId.ProblemsAndImprovements, "存在问题：\n一是……", "五、存在主要问题及改进情况");
        if (rng.Next(2) == 0) report.RemoveSection(SectionId.OtherMatters);
        if (rng.Next(2) == 0) report.Year = null;
        if (rng.Next(2) == 0) report.AgencyName = null;
        report.Preamble = rng.Next(2) == 0 ? null : "根据《中华人民共和国政府信息公开条例》规定……";
        report.PublishedOn = rng.Next(2) == 0 ? null : new DateOnly(2024, 1, rng.Next(1, 32));
        if (rng.Next(2) == 0) report.AbsentLabels.Add("（四）无法提供");
        if (rng.Next(2) == 0) report.Extras.Add(new ExtraPart(ReportTable.Requests, "小计", "after r3.3.8"));
        return report;
    }
}
