using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Decides whether a report follows the 2021 format or the 2019 trial format (report-format.md §7) from the labels
/// that only one of the two has — table 二's column heads and rows, and the sub-rows of （六）其他处理 — and,
/// when the labels do not tell, from the reported year.
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] Only2021 = Distinctive(ReportLayout.F2021, ReportLayout.F2019);
    private static readonly string[] Only2019 = Distinctive(ReportLayout.F2019, ReportLayout.F2021);

    public static ReportFormat Detect(TextDocument doc, int? year)
    {
        int score = Only2021.Count(k => doc.Find(k, 0, doc.CompactLength) >= 0) - Only2019.Count(k => doc.Find(k, 0, doc.CompactLength) >= 0);
        if (score != 0) return score > 0 ? ReportFormat.F2021 : ReportFormat.F2019;
        return year is { } y ? ReportLayout.FormatForYear(y) : ReportFormat.F2021;
    }

    /// <summary>Label keys of <paramref name="layout"/> that do not occur, even as part of a label, in <paramref name="other"/>.</summary>
    private static string[] Distinctive(ReportLayout layout, ReportLayout other)
    {
        var otherKeys = Keys(other).ToList();
        return Keys(layout).Distinct().Where(k => !otherKeys.Any(o => o.Contains(k, StringComparison.Ordinal) || k.Contains(o, StringComparison.Ordinal))).ToArray();
    }

    private static IEnumerable<string> Keys(ReportLayout layout)
    {
        foreach (var block in layout.ProactiveBlocks)
        {
            yield return LabelKey.Of(block.Caption).Core;
            foreach (var column in block.Columns) yield return LabelKey.Of(column.Label).Core;
            foreach (var row in block.Rows) yield return LabelKey.Of(row).Core;
        }
        foreach (var row in layout.RequestRows.Where(r => r.ParentId is not null))
            yield return LabelKey.Of(row.Label).Core;
    }
}
