using Gongkai.Core.Reporting;

namespace Gongkai.Core.Disclosure.Registers;

/// <summary>A table-二 cell the registers cannot fill, and why; the cell stays absent from the report (never an invented zero).</summary>
public sealed record UnderivedCell(string CellId, string ReasonZh, string ReasonEn);

/// <summary>Table 二 of one year as counted from the registers: the cells derived, and the cells that could not be.</summary>
public sealed class ProactiveTable
{
    internal ProactiveTable(int year, ReportFormat format, IReadOnlyDictionary<string, CellValue> cells, IReadOnlyList<UnderivedCell> underived)
    {
        Year = year;
        Format = format;
        Cells = cells;
        Underived = underived;
    }

    public int Year { get; }
    public ReportFormat Format { get; }

    /// <summary>Cell id (<c>t2.规章.issued</c> …) → value, for every cell the registers determine.</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    public IReadOnlyList<UnderivedCell> Underived { get; }

    public decimal this[string cellId] => Cells[cellId].Number;

    /// <summary>Writes the derived cells into <paramref name="report"/> (same format); underived cells are left as they are.</summary>
    public void ApplyTo(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Format != Format) throw new ArgumentException($"The report is in {report.Format}, the table in {Format}.", nameof(report));
        foreach (var (id, value) in Cells) report.Set(id, value);
    }
}

/// <summary>
/// 表二统计口径 — table 二 from the registers (report-format.md §3, §7, §9), the reference semantics the SQL statistics reproduce.
/// <para>F2021:</para>
/// <list type="bullet">
/// <item>第二十条第（一）项, per kind: 本年制发件数 = entries issued in the year; 本年废止件数 = entries repealed in the year;
/// 现行有效件数 = entries in force on 31 December (issued by then, neither repealed nor superseded by then).</item>
/// <item>第二十条第（五）（六）项: the year's 行政许可, 行政处罚, 行政强制 decisions from <see cref="EnforcementStatistics"/>.</item>
/// <item>第二十条第（八）项: the fee income in 万元, exactly 分 / 1 000 000.</item>
/// </list>
/// Without revisions (no superseded entries) 现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y) exactly, so R10 holds by construction.
/// When no statistics were entered for the year, the cells they feed stay underived.
/// <para>
/// F2019 (trial format): only 本年新制作数量 (= issued in the year) and the 处理决定数量 of 行政许可, 行政处罚 and 行政强制 are derived.
/// Not derivable, left absent: 本年新公开数量 and 对外公开总数量 (the registers hold no publication dates, and whether
/// 对外公开总数量 is cumulative or in force is UNVERIFIED); 上一年项目数量 and 本年增/减 of every block (they count 事项 — licensing
/// items, penalty and fee items — not decisions, and no register of 事项 exists); 其他对外管理服务事项; 第二十条第（九）项 政府集中采购.
/// </para>
/// </summary>
public static class ProactiveTableCounter
{
    public static ProactiveTable Count(IEnumerable<NormativeDocumentEntry> entries, EnforcementStatistics? statistics, int year) =>
        Count(entries, statistics, year, ReportLayout.FormatForYear(year));

    public static ProactiveTable Count(IEnumerable<NormativeDocumentEntry> entries, EnforcementStatistics? statistics, int year, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (statistics is not null && statistics.Year != year)
            throw new ArgumentException($"The statistics are for {statistics.Year}, not {year}.", nameof(statistics));
        var list = entries.ToList();
        var cells = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        var underived = new List<UnderivedCell>();
        var yearEnd = new DateOnly(year, 12, 31);

        foreach (var kind in Enum.GetValues<NormativeDocumentKind>())
        {
            var ofKind = list.Where(e => e.Kind == kind).ToList();
            int issued = ofKind.Count(e => e.IssuedOn.Year == year);
            string row = kind.RowIn(format);
            if (format == ReportFormat.F2021)
            {
                cells[ReportLayout.ProactiveCellId(row, "issued")] = CellValue.Of(issued);
                cells[ReportLayout.ProactiveCellId(row, "repealed")] = CellValue.Of(ofKind.Count(e => e.RepealedOn?.Year == year));
                cells[ReportLayout.ProactiveCellId(row, "in_force")] = CellValue.Of(ofKind.Count(e => e.InForceOn(yearEnd)));
            }
            else
            {
                cells[ReportLayout.ProactiveCellId(row, "new_made")] = CellValue.Of(issued);
                Underive(underived, row, "new_published", "登记簿未记录文件的公开日期", "the register holds no publication dates");
                Underive(underived, row, "total_published", "登记簿未记录文件的公开日期，且“对外公开总数量”的口径（累计或现行有效）未经核实",
                    "no publication dates, and whether the total is cumulative or in force is UNVERIFIED");
            }
        }

        var decisions = new (string Row, Func<EnforcementStatistics, long> Value)[]
        {
            ("行政许可", s => s.LicensingDecisions), ("行政处罚", s => s.PenaltyDecisions), ("行政强制", s => s.EnforcementDecisions),
        };
        foreach (var (row, value) in decisions)
        {
            string id = ReportLayout.ProactiveCellId(row, "decisions");
            if (statistics is null) Underive(underived, row, "decisions", $"{year}年执法统计尚未录入", $"no statistics were entered for {year}");
            else cells[id] = CellValue.Of(value(statistics));
        }

        if (format == ReportFormat.F2021)
        {
            if (statistics is null)
                Underive(underived, "行政事业性收费", "amount_wan", $"{year}年执法统计尚未录入", $"no statistics were entered for {year}");
            else
                cells[ReportLayout.ProactiveCellId("行政事业性收费", "amount_wan")] = CellValue.Of(statistics.FeeIncomeWan);
        }
        else
        {
            const string ItemsZh = "该列统计的是事项数量而非处理决定或金额，登记簿不含事项清单";
            const string ItemsEn = "the column counts 事项 (items), not decisions or amounts; no register of items exists";
            foreach (var row in new[] { "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费" })
            {
                Underive(underived, row, "previous_count", ItemsZh, ItemsEn);
                Underive(underived, row, "change", ItemsZh, ItemsEn);
            }
            Underive(underived, "其他对外管理服务事项", "decisions", "登记簿不含其他对外管理服务事项", "no register of other external management services");
            Underive(underived, "政府集中采购", "projects", "登记簿不含政府集中采购", "no register of central government procurement");
            Underive(underived, "政府集中采购", "amount", "登记簿不含政府集中采购", "no register of central government procurement");
        }

        var layout = ReportLayout.For(format);
        foreach (var id in cells.Keys) layout.Cell(id);
        var ordered = layout.Cells.Where(c => c.Table == ReportTable.Proactive && cells.ContainsKey(c.Id))
            .ToDictionary(c => c.Id, c => cells[c.Id], StringComparer.Ordinal);
        return new ProactiveTable(year, format, ordered, underived);
    }

    private static void Underive(List<UnderivedCell> into, string row, string column, string zh, string en) =>
        into.Add(new UnderivedCell(ReportLayout.ProactiveCellId(row, column), zh, en));
}
