using System.Globalization;

namespace Gongkai.Core.Reporting;

/// <summary>
/// Generates random reports that satisfy every arithmetic rule of the format (R1–R3, R5, R6), with prose that
/// restates the table figures. Used by property tests, round-trip tests, benchmarks and demo data.
/// </summary>
public static class SampleReports
{
    private static readonly string[] Agencies =
        ["红寺堡区科学技术局", "平潭综合实验区交通与建设局", "某市某区人民政府", "某县自然资源局", "某镇人民政府", "某市生态环境局"];

    /// <summary>A consistent report. <paramref name="density"/> is the chance a cell is non-zero (0…1).</summary>
    public static AnnualReport Consistent(Random rng, ReportFormat format = ReportFormat.F2021, double density = 0.5, int maxCount = 60)
    {
        var report = AnnualReport.Empty(format);
        var layout = report.Layout;
        report.Year = format == ReportFormat.F2019 ? rng.Next(2019, 2021) : rng.Next(2021, 2026);
        report.AgencyName = Agencies[rng.Next(Agencies.Length)];
        report.Title = $"{report.AgencyName}{report.Year}年政府信息公开工作年度报告";

        int Draw() => rng.NextDouble() < density ? rng.Next(1, maxCount + 1) : 0;

        // Table 二.
        foreach (var block in layout.ProactiveBlocks)
            foreach (var row in block.Rows)
                foreach (var col in block.Columns)
                {
                    decimal value = col.Type switch
                    {
                        CellValueType.Amount => rng.NextDouble() < density ? Math.Round((decimal)rng.NextDouble() * 5000m, rng.Next(0, 7)) : 0m,
                        CellValueType.SignedCount => Draw() - Draw(),
                        _ => Draw(),
                    };
                    report.Set(ReportLayout.ProactiveCellId(row, col.Key), value);
                }

        // Table 三, column by column: outcomes and carry-over drawn, r1 derived so that r1 + r2 = r3.7 + r4 (R1).
        var outcomes = layout.OutcomeRows.Select(r => r.Id).ToArray();
        var totals = new Dictionary<string, decimal>();
        foreach (var col in layout.RequestColumns.Where(c => c.Id != "c7"))
        {
            var values = outcomes.ToDictionary(id => id, _ => (decimal)Draw());
            decimal concluded = values.Values.Sum();
            decimal carriedIn = Draw();
            decimal carriedOut = Draw();
            decimal received = concluded + carriedOut - carriedIn;
            if (received < 0) { carriedOut -= received; received = 0; }
            values["r1"] = received; values["r2"] = carriedIn; values["r3.7"] = concluded; values["r4"] = carriedOut;
            foreach (var (row, v) in values)
            {
                report.Set(ReportLayout.RequestCellId(row, col.Id), v);
                totals[row] = totals.GetValueOrDefault(row) + v;
            }
        }
        foreach (var (row, v) in totals) report.Set(ReportLayout.RequestCellId(row, "c7"), v);

        // Table 四: each group's 总计 is the sum of its four outcomes (R5).
        foreach (var group in new[] { "a", "b", "c" })
        {
            decimal sum = 0;
            for (int i = 1; i <= 4; i++) { decimal v = Draw() / 10; sum += v; report.Set(ReportLayout.AppealCellId($"{group}{i}"), v); }
            report.Set(ReportLayout.AppealCellId($"{group}5"), sum);
        }

        WriteProse(report, rng);
        return report;
    }

    private static void WriteProse(AnnualReport report, Random rng)
    {
        string N(string id) => (report.Number(id) ?? 0).ToString(CultureInfo.InvariantCulture);
        int[] parts = [.. Enumerable.Range(0, rng.Next(2, 6)).Select(_ => rng.Next(1, 200))];
        string[] categories = ["机构职能", "预决算公开", "公示公告", "部门动态", "政策文件"];
        var listed = string.Join("，", parts.Select((p, i) => $"{categories[i]} {p} 件"));
        report.SetSection(SectionId.Overview,
            $"{report.Year}年，{report.AgencyName}认真贯彻落实《中华人民共和国政府信息公开条例》。\n" +
            $"（一）信息主动公开情况。{report.Year}年，通过政府门户网站等平台主动公开信息 {parts.Sum()} 条，其中：{listed}。\n" +
            (report.Number("t3.r1.c7") > 0
                ? $"（二）依申请公开情况。{report.Year}年共收到政府信息公开申请{N("t3.r1.c7")}件，上年结转{N("t3.r2.c7")}件，予以公开{N("t3.r3.1.c7")}件。"
                : $"（二）依申请公开情况。{report.Year}年未收到政府信息公开申请。"));
        report.SetSection(SectionId.ProactiveDisclosure, "");
        report.SetSection(SectionId.Requests, "");
        report.SetSection(SectionId.Appeals, "");
        report.SetSection(SectionId.ProblemsAndImprovements, "存在问题：信息公开的及时性有待提高。改进情况：加强培训，规范发布流程。");
        report.SetSection(SectionId.OtherMatters, $"{report.Year}年，{report.AgencyName}未收取信息处理费。");
    }
}
