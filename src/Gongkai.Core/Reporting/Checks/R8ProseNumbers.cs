using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R8 文字与表格一致: numbers the prose states about applications, outcomes and appeals (“共收到申请859件”, “予以公开258件”,
/// “行政复议2件”, and zeros read from denials such as “无…行政复议、行政诉讼案件”) equal the table cells they restate.
/// Source: report-format.md §6 R8 — heuristic (the prose is free text), hence warnings. Sections 一 and 六 are read
/// (<see cref="ProseFacts.StatementSections"/>); approximate numbers are not compared.
/// </summary>
internal sealed class R8ProseNumbers : IReportRule
{
    public const string Id = "R8";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        var report = context.Report;
        var layout = context.Layout;
        // A report states a handful of numbers: the first distinct ones are kept on the stack, a set is made only beyond them.
        Span<(ProseQuantity Quantity, decimal Count)> few = stackalloc (ProseQuantity, decimal)[FewStatements];
        int fewCount = 0;
        HashSet<(ProseQuantity, decimal)>? seen = null;
        HashSet<ProseQuantity>? unverifiable = null;
        // By index: the list is a List behind its interface, and foreach boxed its enumerator.
        var statements = context.Prose.Statements;
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (!CheckContext.IsStatementSection(statement.Section)) continue;
            if (statement.Approximate || !FirstTime((statement.Quantity, statement.Count), few, ref fewCount, ref seen)) continue;
            var cells = ProseQuantities.Cells(statement.Quantity, layout);
            if (cells.Count == 0) continue;

            var content = CellReading.Sum(report, cells, out decimal table);
            if (content == CellReading.Content.Absent) continue;
            string quote = $"第{SectionZh(statement.Section)}部分称“{statement.Quote}”";
            if (content == CellReading.Content.NonNumber)
            {
                var (_, blank) = CellReading.Read(Id, context, quote, $"section {(int)statement.Section} (“{statement.Quote}”)",
                    [.. cells.Select(c => (report, c.Id))]);
                if (blank is not null && (unverifiable ??= []).Add(statement.Quantity)) into.Add(blank);
                continue;
            }
            if (table == statement.Count) continue;

            string stated = CellNames.Format(statement.Count), inTable = CellNames.Format(table);
            string where = cells.Count == 1 ? CellNames.Zh(layout, cells[0]) : $"表中{ProseQuantities.Zh(statement.Quantity)}";
            into.Add(CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch, cells, inTable, stated,
                $"{quote}，而{where}为 {inTable}（R8）。",
                $"Section {(int)statement.Section} states “{statement.Quote}” ({stated}), but the table's {ProseQuantities.En(statement.Quantity)} is {inTable} (R8)."));
        }
    }

    private const int FewStatements = 8;

    /// <summary>
    /// Adds <paramref name="key"/> to the pairs seen (the first <see cref="FewStatements"/> in <paramref name="few"/>, the rest
    /// in <paramref name="more"/>); false when it was there already — as <see cref="HashSet{T}.Add"/> says for the set of all.
    /// </summary>
    private static bool FirstTime((ProseQuantity Quantity, decimal Count) key, Span<(ProseQuantity Quantity, decimal Count)> few,
        ref int fewCount, ref HashSet<(ProseQuantity, decimal)>? more)
    {
        for (int i = 0; i < fewCount; i++)
            if (few[i].Quantity == key.Quantity && few[i].Count == key.Count) return false;
        if (more is not null) return more.Add(key);
        if (fewCount < few.Length)
        {
            few[fewCount++] = key;
            return true;
        }
        more = [];
        return more.Add(key);
    }

    internal static string SectionZh(SectionId id) => "一二三四五六"[(int)id - 1].ToString();
}
