using System.Text;
using Gongkai.Core;
using Gongkai.Core.Agencies;

namespace Gongkai.Services.Agencies;

/// <summary>
/// Reads an agency import file: CSV (RFC 4180: comma-separated, double quotes around fields holding commas, quotes or
/// line breaks), UTF-8 with or without BOM. The first line names the columns, in English or Chinese, in any order:
/// <c>name/名称, credit_code/统一社会信用代码, level/层级, parent/上级, index_prefix/索引号前缀, short_name/机关代字,
/// office/公开工作机构, address/地址, phone/电话, hours/办公时间</c>. <c>name</c> and <c>level</c> are required columns.
/// </summary>
public static class AgencyFile
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["名称"] = "name", ["机关名称"] = "name",
        ["credit_code"] = "credit_code", ["统一社会信用代码"] = "credit_code",
        ["level"] = "level", ["层级"] = "level", ["机关层级"] = "level",
        ["parent"] = "parent", ["上级"] = "parent", ["上级机关"] = "parent",
        ["index_prefix"] = "index_prefix", ["索引号前缀"] = "index_prefix",
        ["short_name"] = "short_name", ["机关代字"] = "short_name", ["简称"] = "short_name",
        ["office"] = "office", ["公开工作机构"] = "office",
        ["address"] = "address", ["地址"] = "address", ["办公地址"] = "address",
        ["phone"] = "phone", ["电话"] = "phone", ["联系电话"] = "phone",
        ["hours"] = "hours", ["办公时间"] = "hours",
    };

    public static DomainResult<IReadOnlyList<AgencyImportRow>> ReadCsv(string text)
    {
        var records = SplitCsv(text);
        if (records.Error is { } error) return error;
        return FromTable(records.Rows);
    }

    /// <summary>
    /// Reads the first worksheet of an .xlsx workbook; row 1 names the columns as in a CSV file. Line numbers are the
    /// worksheet's row numbers.
    /// </summary>
    public static DomainResult<IReadOnlyList<AgencyImportRow>> ReadXlsx(Stream workbook)
    {
        var table = new List<(int, IReadOnlyList<string>)>();
        try
        {
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
            {
                line++;
                table.Add((line, row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList()));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return new AgencyImportFileError("无法读取该 Excel 文件（应为 .xlsx 格式）", "the file is not a readable .xlsx workbook");
        }
        return FromTable(table);
    }

    /// <summary>Turns a table (line number, cells; the first is the header) into import rows.</summary>
    public static DomainResult<IReadOnlyList<AgencyImportRow>> FromTable(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> table)
    {
        if (table.Count == 0) return new AgencyImportFileError("文件为空", "the file is empty");
        var header = table[0];
        var index = new Dictionary<string, int>();
        var errors = new List<DomainError>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            if (!Columns.TryGetValue(name, out var key))
                errors.Add(new AgencyImportLineError(header.Line, new AgencyImportFileError($"未知的列“{name}”", $"unknown column '{name}'")));
            else if (!index.TryAdd(key, i))
                errors.Add(new AgencyImportLineError(header.Line, new AgencyImportFileError($"列“{name}”重复", $"column '{name}' appears twice")));
        }
        foreach (var required in new[] { "name", "level" })
            if (!index.ContainsKey(required))
                errors.Add(new AgencyImportLineError(header.Line, new AgencyImportFileError($"缺少必需的列“{required}”", $"the required column '{required}' is missing")));
        if (errors.Count > 0) return DomainResult<IReadOnlyList<AgencyImportRow>>.Failure(errors);

        var rows = new List<AgencyImportRow>();
        foreach (var (line, cells) in table.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            string? Cell(string key) => index.TryGetValue(key, out var i) && i < cells.Count ? cells[i] : null;
            var input = new AgencyInput(Cell("name"), Cell("credit_code"), Cell("level"), Cell("index_prefix"), Cell("short_name"),
                new DisclosureOfficeContact(Cell("office"), Cell("address"), Cell("phone"), Cell("hours")));
            rows.Add(new AgencyImportRow(line, new NewAgency(Cell("parent"), input)));
        }
        return rows;
    }

    private static (List<(int Line, IReadOnlyList<string> Cells)> Rows, DomainError? Error) SplitCsv(string text)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rows.Add((recordLine, cells));
                    cells = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (quoted)
            return (rows, new AgencyImportLineError(recordLine, new AgencyImportFileError("引号没有闭合", "a quoted field is not closed")));
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((recordLine, cells));
        }
        return (rows, null);
    }
}
