using System.Globalization;
using System.Text.Json;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Rendering.Json;

/// <summary>
/// Reads a report's JSON (docs/report-json.md) back into the model. <c>cells</c> is authoritative; the labelled table
/// views are for people and other tools and are not read. A cell that is null or missing stays absent and is reported;
/// an id that is not a cell of the format, or a value that is not a cell value, is reported and skipped.
/// </summary>
public static class JsonReportReader
{
    public const string ReaderVersion = "gongkai-json/1";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static ReportReading Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            return NotRecognised($"不是有效的 JSON（{e.Message}）");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return NotRecognised("JSON 顶层不是对象");
            if (!JsonReportSchema.TryParseFormat(StringOf(root, "format"), out var format))
                return NotRecognised("缺少或无法识别 format（应为 \"2021\" 或 \"2019\"）");

            var report = new AnnualReport(format)
            {
                AgencyName = StringOf(root, "agency"),
                Title = StringOf(root, "title"),
                Preamble = StringOf(root, "preamble"),
            };
            var problems = new List<ReadProblem>();
            ReadHeader(root, report, problems);
            ReadSections(root, report, problems);
            ReadCells(root, report, problems);
            ReadReadingNotes(root, report);
            return new ReportReading(report, problems, ReaderVersion);
        }
    }

    private static ReportReading NotRecognised(string reason) => new(null, [], ReaderVersion, reason);

    private static void ReadHeader(JsonElement root, AnnualReport report, List<ReadProblem> problems)
    {
        if (root.TryGetProperty("year", out var year) && year.ValueKind != JsonValueKind.Null)
        {
            if (year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out int y)) report.Year = y;
            else problems.Add(Unreadable("year", "年度不是整数", "year is not an integer"));
        }
        if (StringOf(root, "publishedOn") is { } published)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                report.PublishedOn = date;
            else problems.Add(Unreadable("publishedOn", $"发布日期“{published}”不是 yyyy-MM-dd", $"publishedOn '{published}' is not yyyy-MM-dd"));
        }
    }

    private static void ReadSections(JsonElement root, AnnualReport report, List<ReadProblem> problems)
    {
        if (!root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array) return;
        foreach (var section in sections.EnumerateArray())
        {
            if (section.ValueKind != JsonValueKind.Object || !JsonReportSchema.TryParseSection(StringOf(section, "id"), out var id))
            {
                problems.Add(Unreadable("sections", "无法识别的部分（id 应为 S1–S6）", "unrecognised section (id must be S1–S6)"));
                continue;
            }
            var heading = StringOf(section, "headingAsWritten") ?? StringOf(section, "heading");
            report.SetSection(id, StringOf(section, "body") ?? "", heading);
        }
    }

    private static void ReadCells(JsonElement root, AnnualReport report, List<ReadProblem> problems)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("cellKinds", out var cellKinds) && cellKinds.ValueKind == JsonValueKind.Object)
            foreach (var kind in cellKinds.EnumerateObject())
                kinds[kind.Name] = kind.Value.ValueKind == JsonValueKind.String ? kind.Value.GetString()! : "";

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("cells", out var cells) && cells.ValueKind == JsonValueKind.Object)
        {
            foreach (var cell in cells.EnumerateObject())
            {
                if (!report.Layout.TryGetCell(cell.Name, out _))
                {
                    problems.Add(Unreadable(cell.Name, $"“{cell.Name}”不是{FormatZh(report)}格式的单元格", $"'{cell.Name}' is not a cell of the {report.Format} format"));
                    continue;
                }
                seen.Add(cell.Name);
                if (cell.Value.ValueKind == JsonValueKind.Null) continue;
                kinds.TryGetValue(cell.Name, out var kindName);
                if (ValueOf(cell.Value, kindName) is CellValue value) report.Set(cell.Name, value);
                else problems.Add(Unreadable(cell.Name, $"单元格 {cell.Name} 的值无法读取", $"cell {cell.Name} holds no readable value"));
            }
        }

        if (root.TryGetProperty("ambiguous", out var ambiguous) && ambiguous.ValueKind == JsonValueKind.Object)
        {
            foreach (var cell in ambiguous.EnumerateObject())
            {
                if (!report.Layout.TryGetCell(cell.Name, out _) || report[cell.Name] is not null) continue;
                if (cell.Value.ValueKind != JsonValueKind.Array) continue;
                var candidates = new List<decimal>();
                foreach (var candidate in cell.Value.EnumerateArray())
                    if (candidate.ValueKind == JsonValueKind.Number && candidate.TryGetDecimal(out var d)) candidates.Add(d);
                report.SetAmbiguous(cell.Name, candidates);
                var listed = candidates.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
                problems.Add(new ReadProblem(ReadProblemKind.Ambiguous, cell.Name, null,
                    $"单元格 {cell.Name} 有多种读法：{string.Join("、", listed)}", $"cell {cell.Name} reads several ways: {string.Join(", ", listed)}"));
            }
        }

        foreach (var cell in report.Layout.Cells)
        {
            if (report[cell.Id] is not null || report.AmbiguousCells.ContainsKey(cell.Id)) continue;
            problems.Add(seen.Contains(cell.Id)
                ? new ReadProblem(ReadProblemKind.Missing, cell.Id, null, $"单元格 {cell.Id} 未读取（null）", $"cell {cell.Id} was not read (null)")
                : new ReadProblem(ReadProblemKind.Missing, cell.Id, null, $"JSON 中没有单元格 {cell.Id}", $"cell {cell.Id} is not in the JSON"));
        }
    }

    /// <summary>A JSON number is a number; a string is blank, a dash or 不适用 as <c>cellKinds</c> says (or as its text shows).</summary>
    private static CellValue? ValueOf(JsonElement value, string? kindName)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return kindName is null or CellKindNames.Number && value.TryGetDecimal(out var number) ? CellValue.Of(number) : null;
        if (value.ValueKind != JsonValueKind.String) return null;

        var text = value.GetString()!;
        if (kindName is not null)
        {
            if (!CellKindNames.TryParse(kindName, out var kind)) return null;
            return kind switch
            {
                CellKind.Blank => CellValue.Blank,
                CellKind.Dash => CellValue.DashOf(text),
                CellKind.NotApplicable => CellValue.NotApplicableOf(text),
                _ => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? CellValue.Of(n) : null,
            };
        }
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return CellValue.Blank;
        if (trimmed.All(IsDashCharacter)) return CellValue.DashOf(text);
        if (trimmed is "不适用" or "无") return CellValue.NotApplicableOf(text);
        return decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? CellValue.Of(parsed) : null;
    }

    private static bool IsDashCharacter(char ch) => ch is '/' or '／' or '-' or '－' or '—' or '―' or '–' or '─' or '‐' or '‑';

    private static void ReadReadingNotes(JsonElement root, AnnualReport report)
    {
        if (root.TryGetProperty("absentLabels", out var absent) && absent.ValueKind == JsonValueKind.Array)
            foreach (var label in absent.EnumerateArray())
                if (label.ValueKind == JsonValueKind.String) report.AbsentLabels.Add(label.GetString()!);

        if (root.TryGetProperty("extraParts", out var extras) && extras.ValueKind == JsonValueKind.Array)
            foreach (var extra in extras.EnumerateArray())
            {
                if (extra.ValueKind != JsonValueKind.Object) continue;
                if (!extra.TryGetProperty("table", out var table) || !table.TryGetInt32(out int t) || !Enum.IsDefined((ReportTable)t)) continue;
                if (StringOf(extra, "label") is not { } label) continue;
                report.Extras.Add(new ExtraPart((ReportTable)t, label, StringOf(extra, "location")));
            }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FormatZh(AnnualReport report) => report.Format == ReportFormat.F2019 ? "2019 年（试行）" : "2021 年";

    private static ReadProblem Unreadable(string part, string zh, string en) => new(ReadProblemKind.Unreadable, part, null, zh, en);
}
