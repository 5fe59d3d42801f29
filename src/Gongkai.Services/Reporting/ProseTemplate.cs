using System.Text;
using Gongkai.Core.Reporting;

namespace Gongkai.Services.Reporting;

/// <summary>
/// 文字部分模板: the starting text of each prose section — the sources' sentences stating the computed numbers, grouped under
/// their sub-heads in the order of section 一's five sub-heads (report-format.md §2), so that the numbers in the prose restate the
/// tables (R8) until the staff rewrite them.
/// </summary>
public static class ProseTemplate
{
    /// <summary>Section 一's sub-heads as SEED and F2021 reports use them.</summary>
    public static IReadOnlyList<string> OverviewSubheadings { get; } =
        ["（一）信息主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"];

    public static IReadOnlyDictionary<SectionId, string> Build(IEnumerable<ProseStatement> statements)
    {
        var result = new Dictionary<SectionId, string>();
        foreach (var section in statements.GroupBy(s => s.Section))
        {
            var text = new StringBuilder();
            var ordered = section.OrderBy(s => Order(s.Subheading)).ThenBy(s => s.Subheading, StringComparer.Ordinal);
            foreach (var group in ordered.GroupBy(s => s.Subheading))
            {
                if (text.Length > 0) text.Append('\n');
                if (group.Key is { } head) text.Append(head).Append('\n');
                text.AppendJoin("", group.Select(s => s.Sentence));
                text.Append('\n');
            }
            result[section.Key] = text.ToString().TrimEnd('\n');
        }
        return result;
    }

    private static int Order(string? subheading)
    {
        var i = subheading is null ? -1 : OverviewSubheadings.ToList().IndexOf(subheading);
        return i < 0 ? int.MaxValue : i;
    }
}
