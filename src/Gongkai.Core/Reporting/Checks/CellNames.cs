using System.Globalization;

namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// 单元格名称: names cells, rows, columns and tables in human terms for finding messages, in Chinese with the official
/// labels (表三“（二）部分公开”行“商业企业”列) and in English with the cell ids and a short gloss.
/// </summary>
public static class CellNames
{
    public static string TableZh(ReportTable table) => table switch
    {
        ReportTable.Proactive => "表二",
        ReportTable.Requests => "表三",
        _ => "表四",
    };

    public static string TableEn(ReportTable table) => $"table {(int)table}";

    /// <summary>A row label short enough for a message: the note of r3.2 dropped, a sub-row prefixed by its group.</summary>
    public static string RequestRowZh(ReportLayout layout, string rowId)
    {
        var row = layout.RequestRow(rowId);
        var own = WithoutNote(row.Label);
        if (row.ParentId is { } parentId && parentId != "r3")
            return $"{WithoutNote(layout.RequestRow(parentId).Label)} {own}";
        return own;
    }

    public static string RequestRowEn(string rowId) =>
        RowGlosses.TryGetValue(rowId, out var gloss) ? $"row {rowId} ({gloss})" : $"row {rowId}";

    public static string RequestColumnZh(ReportLayout layout, string columnId) =>
        layout.RequestColumns.First(c => c.Id == columnId).Label;

    public static string RequestColumnEn(string columnId) =>
        ColumnGlosses.TryGetValue(columnId, out var gloss) ? $"column {columnId} ({gloss})" : $"column {columnId}";

    /// <summary>表四's column head path, e.g. 行政诉讼—未经复议直接起诉—结果维持.</summary>
    public static string AppealColumnZh(ReportLayout layout, string columnId)
    {
        var col = layout.AppealColumns.First(c => c.Id == columnId);
        return col.SubGroup is null ? $"{col.Group}—{col.Label}" : $"{col.Group}—{col.SubGroup}—{col.Label}";
    }

    public static string AppealGroupZh(string group) => group switch
    {
        "a" => ReportLayout.ReconsiderationLabel,
        "b" => $"{ReportLayout.LitigationLabel}—未经复议直接起诉",
        _ => $"{ReportLayout.LitigationLabel}—复议后起诉",
    };

    public static string AppealGroupEn(string group) => group switch
    {
        "a" => "administrative reconsideration",
        "b" => "litigation without prior reconsideration",
        _ => "litigation after reconsideration",
    };

    public static string AppealColumnEn(string columnId)
    {
        string outcome = columnId[1..] switch
        {
            "1" => "upheld",
            "2" => "corrected",
            "3" => "other result",
            "4" => "pending",
            _ => "total",
        };
        return $"column {columnId} ({AppealGroupEn(columnId[..1])}, {outcome})";
    }

    /// <summary>The cell in Chinese, e.g. 表三“（二）部分公开”行“商业企业”列.</summary>
    public static string Zh(ReportLayout layout, CellDefinition cell) => cell.Table switch
    {
        ReportTable.Requests => $"表三“{RequestRowZh(layout, cell.RowId)}”行“{RequestColumnZh(layout, cell.ColumnId)}”列",
        ReportTable.Appeals => $"表四“{AppealColumnZh(layout, cell.ColumnId)}”列",
        _ => $"表二“{BlockOf(layout, cell.RowId).Caption}”“{cell.RowLabel}”行“{cell.ColumnLabel}”列",
    };

    /// <summary>The cell in English, e.g. table 3 row r3.2 (partly disclosed) × column c2 (commercial enterprises) [t3.r3.2.c2].</summary>
    public static string En(CellDefinition cell) => cell.Table switch
    {
        ReportTable.Requests => $"table 3 {RequestRowEn(cell.RowId)} × {RequestColumnEn(cell.ColumnId)} [{cell.Id}]",
        ReportTable.Appeals => $"table 4 {AppealColumnEn(cell.ColumnId)} [{cell.Id}]",
        _ => $"table 2 row {cell.RowId}{Gloss(ProactiveRowGlosses, cell.RowId)} × column {cell.ColumnId}{Gloss(ProactiveColumnGlosses, cell.ColumnId)} [{cell.Id}]",
    };

    public static string Zh(ReportLayout layout, string cellId) => Zh(layout, layout.Cell(cellId));
    public static string En(ReportLayout layout, string cellId) => En(layout.Cell(cellId));

    public static string ProactiveRowEn(string row) => $"row {row}{Gloss(ProactiveRowGlosses, row)}";
    public static string ProactiveColumnEn(string key) => $"column {key}{Gloss(ProactiveColumnGlosses, key)}";

    public static ProactiveBlock BlockOf(ReportLayout layout, string row) => layout.ProactiveBlocks.First(b => b.Rows.Contains(row));

    /// <summary>What a cell holding no number holds, in Chinese: 为空白 / 为“—” / 填写“不适用”.</summary>
    public static string NonNumberZh(CellValue value) => value.Kind switch
    {
        CellKind.Blank => "为空白",
        CellKind.Dash => $"为“{value.Text}”",
        _ => $"填写“{value.Text}”",
    };

    public static string NonNumberEn(CellValue value) => value.Kind switch
    {
        CellKind.Blank => "is blank",
        CellKind.Dash => $"holds a dash “{value.Text}”",
        _ => $"says “{value.Text}” (not applicable)",
    };

    /// <summary>A short language-neutral token for Expected/Found: a number, "blank", "dash:—" or "na:不适用".</summary>
    public static string Token(CellValue value) => value.Kind switch
    {
        CellKind.Number => Format(value.Number),
        CellKind.Blank => "blank",
        CellKind.Dash => $"dash:{value.Text}",
        _ => $"na:{value.Text}",
    };

    /// <summary>A decimal as written without trailing zeros, invariant culture.</summary>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string WithoutNote(string label)
    {
        int note = label.IndexOf('（', 1);
        return note > 0 && label.EndsWith('）') ? label[..note] : label;
    }

    private static string Gloss(IReadOnlyDictionary<string, string> glosses, string key) =>
        glosses.TryGetValue(key, out var g) ? $" ({g})" : "";

    private static readonly Dictionary<string, string> RowGlosses = new()
    {
        ["r1"] = "new requests this year",
        ["r2"] = "carried over from last year",
        ["r3"] = "outcomes this year",
        ["r3.1"] = "disclosed",
        ["r3.2"] = "partly disclosed",
        ["r3.3"] = "withheld",
        ["r3.3.1"] = "withheld: state secret",
        ["r3.3.2"] = "withheld: barred by other laws",
        ["r3.3.3"] = "withheld: security and stability",
        ["r3.3.4"] = "withheld: third-party rights",
        ["r3.3.5"] = "withheld: internal affairs",
        ["r3.3.6"] = "withheld: process information",
        ["r3.3.7"] = "withheld: enforcement case files",
        ["r3.3.8"] = "withheld: inquiry matters",
        ["r3.4"] = "cannot be provided",
        ["r3.4.1"] = "cannot be provided: not held",
        ["r3.4.2"] = "cannot be provided: would need compiling",
        ["r3.4.3"] = "cannot be provided: unclear after correction",
        ["r3.5"] = "not processed",
        ["r3.5.1"] = "not processed: petition or complaint",
        ["r3.5.2"] = "not processed: repeated request",
        ["r3.5.3"] = "not processed: publication",
        ["r3.5.4"] = "not processed: excessive repeated requests",
        ["r3.5.5"] = "not processed: confirmation of information held",
        ["r3.6"] = "other handling",
        ["r3.6.1"] = "other: no correction in time",
        ["r3.6.2"] = "other: fee not paid in time",
        ["r3.6.3"] = "other: other",
        ["r3.7"] = "total outcomes",
        ["r4"] = "carried over to next year",
    };

    private static readonly Dictionary<string, string> ColumnGlosses = new()
    {
        ["c1"] = "natural persons",
        ["c2"] = "commercial enterprises",
        ["c3"] = "research institutions",
        ["c4"] = "public-welfare organisations",
        ["c5"] = "legal service agencies",
        ["c6"] = "other organisations",
        ["c7"] = "total",
    };

    private static readonly Dictionary<string, string> ProactiveRowGlosses = new()
    {
        ["规章"] = "rules",
        ["行政规范性文件"] = "normative documents",
        ["规范性文件"] = "normative documents",
        ["行政许可"] = "licensing",
        ["其他对外管理服务事项"] = "other external services",
        ["行政处罚"] = "penalties",
        ["行政强制"] = "enforcement",
        ["行政事业性收费"] = "administrative fees",
        ["政府集中采购"] = "central procurement",
    };

    private static readonly Dictionary<string, string> ProactiveColumnGlosses = new()
    {
        ["issued"] = "issued this year",
        ["repealed"] = "repealed this year",
        ["in_force"] = "in force",
        ["decisions"] = "decisions",
        ["amount_wan"] = "amount, 10,000 yuan",
        ["new_made"] = "newly made",
        ["new_published"] = "newly published",
        ["total_published"] = "total published",
        ["previous_count"] = "items last year",
        ["change"] = "change this year",
        ["projects"] = "procurement projects",
        ["amount"] = "procurement amount",
    };
}
