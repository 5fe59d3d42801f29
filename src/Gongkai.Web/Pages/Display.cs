using System.Globalization;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Pages;

/// <summary>How pages show stored values to a Chinese reader.</summary>
public static class Display
{
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(HostingDefaults.ChinaStandardTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Severity(FindingSeverity severity) => severity == FindingSeverity.Error ? "错误" : "警告";

    public static string ProblemKind(ReadProblemKind kind) => kind switch
    {
        ReadProblemKind.Missing => "缺失",
        ReadProblemKind.Unreadable => "无法识别",
        _ => "有歧义",
    };

    public static string Format(ReportFormat? format) => format switch
    {
        ReportFormat.F2021 => "2021 年格式（国办公开办函〔2021〕30号）",
        ReportFormat.F2019 => "2019 年试行格式（国办公开办函〔2019〕60号）",
        _ => "未识别",
    };

    public static string Table(ReportTable table) => table switch
    {
        ReportTable.Proactive => "表二",
        ReportTable.Requests => "表三",
        _ => "表四",
    };

    /// <summary>A cell's place in words (表三 一、本年新收… / 自然人), falling back to its id when the layout lacks it.</summary>
    public static string Cell(ReportFormat format, string cellId)
    {
        if (!ReportLayout.For(format).TryGetCell(cellId, out var cell)) return cellId;
        var row = cell.RowLabel.Length > 0 ? $"{cell.RowLabel} / " : "";
        return $"{Table(cell.Table)} {row}{cell.ColumnLabel}";
    }

    public static string Bytes(long size) => size < 1024 ? $"{size} 字节" : $"{size / 1024.0:0.#} KB";
}
