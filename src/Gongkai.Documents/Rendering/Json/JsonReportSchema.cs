using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering.Json;

/// <summary>Names shared by <see cref="JsonReportWriter"/> and <see cref="JsonReportReader"/> (documented in docs/report-json.md).</summary>
internal static class JsonReportSchema
{
    public const string Name = "gongkai.annual-report";
    public const int Version = 1;

    public static string FormatName(ReportFormat format) => format == ReportFormat.F2019 ? "2019" : "2021";

    /// <summary>The notice that issued the format, written beside <c>format</c>.</summary>
    public static string FormatLabel(ReportFormat format) => format == ReportFormat.F2019
        ? "国办公开办函〔2019〕60号 中华人民共和国政府信息公开工作年度报告格式（试行）"
        : "国办公开办函〔2021〕30号 中华人民共和国政府信息公开工作年度报告格式";

    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        switch (name)
        {
            case "2019" or "F2019": format = ReportFormat.F2019; return true;
            case "2021" or "F2021": format = ReportFormat.F2021; return true;
            default: format = default; return false;
        }
    }

    public static string SectionKey(SectionId id) => $"S{(int)id}";

    public static bool TryParseSection(string? key, out SectionId id)
    {
        id = default;
        if (key is not { Length: 2 } || key[0] != 'S' || key[1] is < '1' or > '6') return false;
        id = (SectionId)(key[1] - '0');
        return true;
    }

    public static string RowKindName(RowKind kind) => kind switch
    {
        RowKind.Group => "group",
        RowKind.Total => "total",
        _ => "data",
    };

    public static string ValueTypeName(CellValueType type) => type switch
    {
        CellValueType.SignedCount => "signedCount",
        CellValueType.Amount => "amount",
        _ => "count",
    };

    public static string SeverityName(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";
}
