using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// P1 文字部分的加总: where prose states a total and lists its parts (SEED 一（一）: “主动公开信息 225 条，其中：…” =
/// 1+1+3+1+4+1+1+30+183), the parts add up to the total. Gongkai's own rule, not one of the format's (report-format.md §8 notes the
/// seed's sum). It is an error because the numbers and their sum are the agency's own, written side by side: no reading of the
/// format can make them disagree. When nothing shows the list is complete (no 其中：colon, no 分别为, no 其他/各类/等 part, parts
/// not exceeding the total) the list may name only some parts, so a shortfall is a warning.
/// </summary>
internal sealed class P1ProseArithmetic : IReportRule
{
    public const string Id = "P1";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        var breakdowns = context.Prose.Breakdowns;
        for (int i = 0; i < breakdowns.Count; i++)
        {
            var b = breakdowns[i];
            if (b.Approximate || b.PartsSum == b.Total) continue;
            var severity = b.ClearlyComplete ? FindingSeverity.Error : FindingSeverity.Warning;
            string total = CellNames.Format(b.Total), sum = CellNames.Format(b.PartsSum);
            string terms = string.Join(" + ", b.Parts.Select(p => CellNames.Format(p.Count)));
            string zh = $"第{R8ProseNumbers.SectionZh(b.Section)}部分称“{b.TotalLabel}{total}{b.Unit}”，其后所列各项之和为 {terms} = {sum}，与总数不符（P1）。"
                + (b.ClearlyComplete ? "" : "所列可能只是其中一部分，请核对。");
            string en = $"Section {(int)b.Section} states a total of {total} (“{b.TotalLabel}”), but the parts listed add up to {terms} = {sum} (P1)."
                + (b.ClearlyComplete ? "" : " The list may name only some parts; please check.");
            into.Add(new ReportFinding(Id, severity, [], total, sum, zh, en) { Kind = FindingKind.Mismatch });
        }
    }
}
