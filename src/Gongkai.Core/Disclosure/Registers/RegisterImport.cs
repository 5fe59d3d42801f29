using System.Globalization;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Disclosure.Registers;

/// <summary>A problem in an import file: the 1-based line (spreadsheet row), the column concerned when there is one, and what is wrong.</summary>
public sealed record ImportLineError(int Line, string? Column, string MessageZh, string MessageEn)
{
    public override string ToString() => Column is null ? $"第{Line}行：{MessageZh}" : $"第{Line}行“{Column}”：{MessageZh}";
}

/// <summary>
/// The outcome of an import: every entry, or — when any line is wrong — none and every error found (all-or-nothing, so a
/// half-imported file can never distort a table).
/// </summary>
public sealed record ImportResult<T>(IReadOnlyList<T> Entries, IReadOnlyList<ImportLineError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    internal static ImportResult<T> Of(List<T> entries, List<ImportLineError> errors) =>
        errors.Count > 0 ? new([], errors.OrderBy(e => e.Line).ToList()) : new(entries, []);
}

/// <summary>A column an import file may have: its Chinese header, accepted aliases (English keys included), and whether it must be present.</summary>
public sealed record ImportColumn(string Key, string HeaderZh, bool Required, IReadOnlyList<string> Aliases)
{
    public bool Matches(string header) => header == HeaderZh || Aliases.Contains(header, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// 台账导入: validates the register files that feed table 二 — CSV or XLSX already split into rows by the caller
/// (<see cref="RegisterSheet"/>). Every line is checked and every problem reported with its line number; nothing is imported
/// unless the whole file is right.
/// </summary>
public static class RegisterImport
{
    /// <summary>规章和行政规范性文件: 类别, 名称, 文号, 制发日期, 废止日期, 修订失效日期.</summary>
    public static IReadOnlyList<ImportColumn> DocumentColumns { get; } =
    [
        new("kind", "类别", true, ["kind"]),
        new("title", "名称", true, ["文件名称", "title"]),
        new("number", "文号", false, ["document_number"]),
        new("issued", "制发日期", true, ["印发日期", "issued_on"]),
        new("repealed", "废止日期", false, ["repealed_on"]),
        new("superseded", "修订失效日期", false, ["superseded_on"]),
    ];

    /// <summary>年度执法统计: 年度, 行政许可, 行政处罚, 行政强制, and the fee in either 万元 or 元.</summary>
    public static IReadOnlyList<ImportColumn> StatisticsColumns { get; } =
    [
        new("year", "年度", true, ["year"]),
        new("licensing", "行政许可", true, ["licensing_decisions"]),
        new("penalty", "行政处罚", true, ["penalty_decisions"]),
        new("enforcement", "行政强制", true, ["enforcement_decisions"]),
        new("fee_wan", "收费金额（万元）", false, ["收费金额(万元)", "fee_income_wan"]),
        new("fee_yuan", "收费金额（元）", false, ["收费金额(元)", "fee_income_yuan"]),
    ];

    /// <summary>
    /// Rules and normative documents. A 文号 may appear once per kind, in the file and in <paramref name="existing"/> (the register
    /// already kept), so nothing is counted twice.
    /// </summary>
    public static ImportResult<NormativeDocumentEntry> Documents(RegisterSheet sheet, IEnumerable<NormativeDocumentEntry>? existing = null)
    {
        var errors = new List<ImportLineError>();
        var entries = new List<NormativeDocumentEntry>();
        var columns = MapHeader(sheet, DocumentColumns, errors);
        if (columns is null) return ImportResult<NormativeDocumentEntry>.Of(entries, errors);

        var known = (existing ?? []).Where(e => e.DocumentNumber is not null).Select(e => (e.Kind, e.DocumentNumber!)).ToHashSet();
        var seen = new Dictionary<(NormativeDocumentKind, string), int>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, columns, DocumentColumns, errors);
            if (!cells.WithinHeader()) continue;
            if (cells.AllBlank) continue;
            var kind = cells.Required("kind", NormativeDocumentKinds.Parse, "应为“规章”或“行政规范性文件”", "expected 规章 or 行政规范性文件");
            var title = cells.Text("title");
            if (title is null) errors.Add(new ImportLineError(row.Line, "名称", "不能为空", "must not be empty"));
            var number = cells.Text("number");
            var issued = cells.Required("issued", ParseDate, DateHintZh, DateHintEn);
            var repealed = cells.Optional("repealed", ParseDate, DateHintZh, DateHintEn);
            var superseded = cells.Optional("superseded", ParseDate, DateHintZh, DateHintEn);
            if (cells.Failed || kind is null || issued is null) continue;

            var entry = NormativeDocumentEntry.Create(kind.Value, title ?? "", number, issued.Value, repealed, superseded);
            if (!entry.Succeeded)
            {
                foreach (var e in entry.Errors) errors.Add(new ImportLineError(row.Line, null, e.MessageZh, e.MessageEn));
                continue;
            }
            if (entry.Value.DocumentNumber is { } docNo)
            {
                var key = (kind.Value, docNo);
                if (known.Contains(key))
                {
                    errors.Add(new ImportLineError(row.Line, "文号", $"{kind.Value.LabelZh()}“{docNo}”已在登记簿中", $"{docNo} is already registered"));
                    continue;
                }
                if (seen.TryGetValue(key, out int first))
                {
                    errors.Add(new ImportLineError(row.Line, "文号", $"{kind.Value.LabelZh()}“{docNo}”与第{first}行重复", $"{docNo} repeats line {first}"));
                    continue;
                }
                seen[key] = row.Line;
            }
            entries.Add(entry.Value);
        }
        return ImportResult<NormativeDocumentEntry>.Of(entries, errors);
    }

    /// <summary>Yearly statistics, one row per year; the fee is given in 万元 (up to 6 decimals, i.e. to the 分) or in 元 (up to 2).</summary>
    public static ImportResult<EnforcementStatistics> Statistics(RegisterSheet sheet)
    {
        var errors = new List<ImportLineError>();
        var entries = new List<EnforcementStatistics>();
        var columns = MapHeader(sheet, StatisticsColumns, errors);
        if (columns is not null && columns.ContainsKey("fee_wan") == columns.ContainsKey("fee_yuan"))
        {
            errors.Add(new ImportLineError(sheet.HeaderLine, null, "表头须包含“收费金额（万元）”或“收费金额（元）”之一（只能一个）",
                "the header needs exactly one of 收费金额（万元） and 收费金额（元）"));
            columns = null;
        }
        if (columns is null) return ImportResult<EnforcementStatistics>.Of(entries, errors);

        bool inWan = columns.ContainsKey("fee_wan");
        var seen = new Dictionary<int, int>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, columns, StatisticsColumns, errors);
            if (!cells.WithinHeader()) continue;
            if (cells.AllBlank) continue;
            var year = cells.Required("year", ParseYear, "应为四位年份", "expected a four-digit year");
            var licensing = cells.Required("licensing", ParseCount, CountHintZh, CountHintEn);
            var penalty = cells.Required("penalty", ParseCount, CountHintZh, CountHintEn);
            var enforcement = cells.Required("enforcement", ParseCount, CountHintZh, CountHintEn);
            var fee = inWan
                ? cells.Required("fee_wan", t => ParseFen(t, 6, EnforcementStatistics.FenPerWan), "应为非负金额（万元），至多6位小数（精确到分）", "expected an amount in 万元 with at most 6 decimals")
                : cells.Required("fee_yuan", t => ParseFen(t, 2, 100), "应为非负金额（元），至多2位小数", "expected an amount in 元 with at most 2 decimals");
            if (cells.Failed || year is null || licensing is null || penalty is null || enforcement is null || fee is null) continue;

            if (seen.TryGetValue(year.Value, out int first))
            {
                errors.Add(new ImportLineError(row.Line, "年度", $"{year}年与第{first}行重复", $"year {year} repeats line {first}"));
                continue;
            }
            seen[year.Value] = row.Line;
            var stats = EnforcementStatistics.Create(year.Value, licensing.Value, penalty.Value, enforcement.Value, fee.Value);
            if (!stats.Succeeded)
                foreach (var e in stats.Errors) errors.Add(new ImportLineError(row.Line, null, e.MessageZh, e.MessageEn));
            else entries.Add(stats.Value);
        }
        return ImportResult<EnforcementStatistics>.Of(entries, errors);
    }

    private const string DateHintZh = "应为日期，如2023-05-06、2023/5/6或2023年5月6日";
    private const string DateHintEn = "expected a date such as 2023-05-06";
    private const string CountHintZh = "应为非负整数";
    private const string CountHintEn = "expected a whole number ≥ 0";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    internal static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? ParseYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : null;

    private static long? ParseCount(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : null;

    /// <summary>A non-negative amount with at most <paramref name="decimals"/> decimals, converted to 分 exactly.</summary>
    private static long? ParseFen(string text, int decimals, long fenPerUnit)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return null;
        int dot = text.IndexOf('.');
        if (dot >= 0 && text.Length - dot - 1 > decimals) return null;
        var fen = amount * fenPerUnit;
        return fen <= long.MaxValue ? (long)fen : null;
    }

    /// <summary>Column key → index in the row, or null (with errors) when the header is unusable.</summary>
    private static Dictionary<string, int>? MapHeader(RegisterSheet sheet, IReadOnlyList<ImportColumn> spec, List<ImportLineError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        int before = errors.Count;
        for (int i = 0; i < sheet.Header.Count; i++)
        {
            string h = sheet.Header[i].Trim();
            if (h.Length == 0) continue;
            var column = spec.FirstOrDefault(c => c.Matches(h));
            if (column is null)
                errors.Add(new ImportLineError(sheet.HeaderLine, h, $"不认识的列（可用的列：{string.Join("、", spec.Select(c => c.HeaderZh))}）",
                    $"unknown column (expected: {string.Join(", ", spec.Select(c => c.HeaderZh))})"));
            else if (!map.TryAdd(column.Key, i))
                errors.Add(new ImportLineError(sheet.HeaderLine, h, "该列重复", "the column appears twice"));
        }
        foreach (var missing in spec.Where(c => c.Required && !map.ContainsKey(c.Key)))
            errors.Add(new ImportLineError(sheet.HeaderLine, missing.HeaderZh, "缺少必需的列", "a required column is missing"));
        return errors.Count > before ? null : map;
    }

    /// <summary>Reads one row's cells by column key, collecting the row's errors.</summary>
    private sealed class RowReader(RegisterSheetRow row, Dictionary<string, int> columns, IReadOnlyList<ImportColumn> spec, List<ImportLineError> errors)
    {
        private readonly int _before = errors.Count;

        public bool Failed => errors.Count > _before;

        public bool AllBlank => row.Cells.All(string.IsNullOrWhiteSpace);

        /// <summary>False (with an error) when the row has non-blank cells to the right of the last header column.</summary>
        public bool WithinHeader()
        {
            int width = columns.Values.DefaultIfEmpty(-1).Max() + 1;
            if (!row.Cells.Skip(width).Any(c => !string.IsNullOrWhiteSpace(c))) return true;
            errors.Add(new ImportLineError(row.Line, null, "该行的单元格多于表头的列", "the row has more cells than the header"));
            return false;
        }

        public string? Text(string key)
        {
            if (!columns.TryGetValue(key, out int i) || i >= row.Cells.Count) return null;
            var v = row.Cells[i]?.Trim();
            return string.IsNullOrEmpty(v) ? null : v;
        }

        public T? Required<T>(string key, Func<string, T?> parse, string hintZh, string hintEn) where T : struct
        {
            if (Text(key) is not { } text)
            {
                errors.Add(new ImportLineError(row.Line, Header(key), "不能为空", "must not be empty"));
                return null;
            }
            return Parse(key, text, parse, hintZh, hintEn);
        }

        public T? Optional<T>(string key, Func<string, T?> parse, string hintZh, string hintEn) where T : struct =>
            Text(key) is { } text ? Parse(key, text, parse, hintZh, hintEn) : null;

        private T? Parse<T>(string key, string text, Func<string, T?> parse, string hintZh, string hintEn) where T : struct
        {
            var value = parse(text);
            if (value is null) errors.Add(new ImportLineError(row.Line, Header(key), $"“{text}”{hintZh}", $"'{text}': {hintEn}"));
            return value;
        }

        private string Header(string key) => spec.First(c => c.Key == key).HeaderZh;
    }
}
