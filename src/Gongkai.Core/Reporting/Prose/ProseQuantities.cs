using System.Collections.Concurrent;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>Which table cells a quantity named in prose restates (their sum), and how to name it in a message.</summary>
public static class ProseQuantities
{
    /// <summary>The cells whose sum the quantity is; empty when no table cell holds it (主动公开 item counts, report-format.md §8).</summary>
    public static IReadOnlyList<CellDefinition> Cells(ProseQuantity quantity, ReportLayout layout) =>
        // The two layouts by array (R8 asks once per statement); the dictionary stays for any quantity beyond the arrays.
        (uint)quantity < (uint)QuantityCount && ReferenceEquals(layout, ReportLayout.F2021) ? F2021Cells[(int)quantity]
        : (uint)quantity < (uint)QuantityCount && ReferenceEquals(layout, ReportLayout.F2019) ? F2019Cells[(int)quantity]
        : CellsByLayout.GetOrAdd((layout, quantity), static key => Resolve(key.Quantity, key.Layout));

    private static readonly int QuantityCount = Enum.GetValues<ProseQuantity>().Length;
    private static readonly IReadOnlyList<CellDefinition>[] F2021Cells = CellsOf(ReportLayout.F2021);
    private static readonly IReadOnlyList<CellDefinition>[] F2019Cells = CellsOf(ReportLayout.F2019);

    private static IReadOnlyList<CellDefinition>[] CellsOf(ReportLayout layout) =>
        [.. Enumerable.Range(0, QuantityCount).Select(q => Resolve((ProseQuantity)q, layout))];

    // A layout never changes (there is one instance per format), so each quantity's cells are resolved once, not per statement.
    private static readonly ConcurrentDictionary<(ReportLayout Layout, ProseQuantity Quantity), IReadOnlyList<CellDefinition>> CellsByLayout = new();

    private static IReadOnlyList<CellDefinition> Resolve(ProseQuantity quantity, ReportLayout layout)
    {
        IEnumerable<string> ids = quantity switch
        {
            ProseQuantity.Received => [Total("r1")],
            ProseQuantity.CarriedIn => [Total("r2")],
            ProseQuantity.Concluded => [Total("r3.7")],
            ProseQuantity.CarriedOut => [Total("r4")],
            ProseQuantity.Disclosed => [Total("r3.1")],
            ProseQuantity.PartlyDisclosed => [Total("r3.2")],
            ProseQuantity.DisclosedOrPartlyDisclosed => [Total("r3.1"), Total("r3.2")],
            ProseQuantity.Withheld => Group(layout, "r3.3"),
            ProseQuantity.CannotProvide => Group(layout, "r3.4"),
            ProseQuantity.NotProcessed => Group(layout, "r3.5"),
            ProseQuantity.OtherHandling => Group(layout, "r3.6"),
            ProseQuantity.Reconsideration => [ReportLayout.AppealCellId("a5")],
            ProseQuantity.Litigation => [ReportLayout.AppealCellId("b5"), ReportLayout.AppealCellId("c5")],
            ProseQuantity.ReconsiderationAndLitigation => [ReportLayout.AppealCellId("a5"), ReportLayout.AppealCellId("b5"), ReportLayout.AppealCellId("c5")],
            _ => [],
        };
        return [.. ids.Select(layout.Cell)];
    }

    public static string Zh(ProseQuantity quantity) => quantity switch
    {
        ProseQuantity.Received => "本年新收申请数",
        ProseQuantity.CarriedIn => "上年结转申请数",
        ProseQuantity.Concluded => "办理结果总计",
        ProseQuantity.CarriedOut => "结转下年度申请数",
        ProseQuantity.Disclosed => "予以公开数",
        ProseQuantity.PartlyDisclosed => "部分公开数",
        ProseQuantity.DisclosedOrPartlyDisclosed => "予以公开与部分公开之和",
        ProseQuantity.Withheld => "不予公开各项之和",
        ProseQuantity.CannotProvide => "无法提供各项之和",
        ProseQuantity.NotProcessed => "不予处理各项之和",
        ProseQuantity.OtherHandling => "其他处理各项之和",
        ProseQuantity.Reconsideration => "行政复议总计",
        ProseQuantity.Litigation => "行政诉讼（直接起诉与复议后起诉）总计之和",
        ProseQuantity.ReconsiderationAndLitigation => "行政复议与行政诉讼总计之和",
        _ => "主动公开信息数",
    };

    public static string En(ProseQuantity quantity) => quantity switch
    {
        ProseQuantity.Received => "new requests (t3.r1.c7)",
        ProseQuantity.CarriedIn => "requests carried over from last year (t3.r2.c7)",
        ProseQuantity.Concluded => "total outcomes (t3.r3.7.c7)",
        ProseQuantity.CarriedOut => "requests carried over to next year (t3.r4.c7)",
        ProseQuantity.Disclosed => "disclosed (t3.r3.1.c7)",
        ProseQuantity.PartlyDisclosed => "partly disclosed (t3.r3.2.c7)",
        ProseQuantity.DisclosedOrPartlyDisclosed => "disclosed plus partly disclosed (t3.r3.1.c7 + t3.r3.2.c7)",
        ProseQuantity.Withheld => "withheld, all grounds (t3.r3.3.*.c7)",
        ProseQuantity.CannotProvide => "cannot be provided, all grounds (t3.r3.4.*.c7)",
        ProseQuantity.NotProcessed => "not processed, all grounds (t3.r3.5.*.c7)",
        ProseQuantity.OtherHandling => "other handling (t3.r3.6*.c7)",
        ProseQuantity.Reconsideration => "reconsideration cases (t4.a5)",
        ProseQuantity.Litigation => "litigation cases (t4.b5 + t4.c5)",
        ProseQuantity.ReconsiderationAndLitigation => "reconsideration and litigation cases (t4.a5 + t4.b5 + t4.c5)",
        _ => "proactively disclosed items",
    };

    private static string Total(string row) => ReportLayout.RequestCellId(row, "c7");

    // The group's leaf rows, or the row itself where the 2019 format has a single row (（六）其他处理).
    private static IEnumerable<string> Group(ReportLayout layout, string groupRow) =>
        layout.RequestRow(groupRow).HasCells
            ? [Total(groupRow)]
            : layout.RequestRows.Where(r => r.ParentId == groupRow).Select(r => Total(r.Id));
}
