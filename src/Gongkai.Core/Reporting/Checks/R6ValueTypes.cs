namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R6 数值类型: every count is an integer ≥ 0; 万元 amounts (T2D, F2019 采购总金额) are decimals ≥ 0 kept as written;
/// F2019's 本年增/减 is a signed integer. Source: report-format.md §3 and §6 R6 (implied), §7 for the F2019 columns.
/// A cell holding no number that no arithmetic identity covers (table 二) gets a warning saying what it holds; in tables
/// 三 and 四 every cell is part of an identity, so R1/R2/R3/R5 say it cannot be verified instead (one report per cell kind, no duplicates).
/// </summary>
internal sealed class R6ValueTypes : IReportRule
{
    public const string Id = "R6";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        var report = context.Report;
        var layout = context.Layout;
        List<(CellDefinition Cell, CellValue Value)>? uncoveredNonNumbers = null;
        // Not an iterator: nearly every cell is passed over, and an iterator kept its locals in fields across the loop.

        var layoutCells = layout.Cells;
        for (int i = 0, count = layoutCells.Count; i < count; i++)
        {
            // A whole number ≥ 0 of scale 0 (nearly every cell) breaks no type: see Violation.
            if (report.WholeAt(i) != AnnualReport.NotWhole) continue;
            if (!report.TryGetAt(i, out var value)) continue;
            var cell = layoutCells[i];
            if (!value.IsNumber)
            {
                if (!ArithmeticRules.IsCovered(report.Format, cell)) (uncoveredNonNumbers ??= []).Add((cell, value));
                continue;
            }
            if (Violation(cell.Type, value.Number) is { } problem)
                into.Add(CheckContext.Finding(Id, FindingSeverity.Error, FindingKind.InvalidValue, [cell],
                    problem.Expected, CellNames.Format(value.Number),
                    $"{CellNames.Zh(layout, cell)}为 {CellNames.Format(value.Number)}，{problem.Zh}（R6）。",
                    $"{CellNames.En(cell)} holds {CellNames.Format(value.Number)}; {problem.En} (R6)."));
        }

        if (uncoveredNonNumbers is not null) into.AddRange(Uncovered(layout, uncoveredNonNumbers));
    }

    private static IEnumerable<ReportFinding> Uncovered(ReportLayout layout, List<(CellDefinition Cell, CellValue Value)> uncoveredNonNumbers)
    {
        foreach (var row in uncoveredNonNumbers.GroupBy(c => (c.Cell.Table, c.Cell.RowId)))
        {
            var cells = row.ToList();
            var first = cells[0].Cell;
            var kinds = cells.Select(c => CellNames.NonNumberZh(c.Value)).Distinct().ToList();
            string columnsZh = kinds.Count == 1
                ? $"{string.Join("", cells.Select(c => $"“{c.Cell.ColumnLabel}”"))}列{(cells.Count > 1 ? "均" : "")}{kinds[0]}"
                : string.Join("、", cells.Select(c => $"“{c.Cell.ColumnLabel}”列{CellNames.NonNumberZh(c.Value)}"));
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.NotVerifiable, cells.Select(c => c.Cell),
                "a number", string.Join("; ", cells.Select(c => $"{c.Cell.Id}={CellNames.Token(c.Value)}")),
                $"表二“{CellNames.BlockOf(layout, first.RowId).Caption}”“{first.RowLabel}”行{columnsZh}，未填写数字，无法核验（R6）。",
                $"Table 2 {CellNames.ProactiveRowEn(first.RowId)}: {string.Join("; ", cells.Select(c => $"{c.Cell.Id} {CellNames.NonNumberEn(c.Value)}"))}; no number was written, so it cannot be verified (R6).");
        }
    }

    private static Problem? Violation(CellValueType type, decimal n)
    {
        // The usual cell, a whole count ≥ 0, decided from the decimal's sign and scale alone.
        if (n.Scale == 0 && !decimal.IsNegative(n)) return null;
        // Scale 0 is the usual case and needs no truncation (a count written 2.0 has scale 1 and is still whole).
        bool integer = n.Scale == 0 || decimal.Truncate(n) == n;
        return type switch
        {
            CellValueType.Count when n < 0 => new("integer ≥ 0", "件数不能为负数", "a count cannot be negative"),
            CellValueType.Count when !integer => new("integer ≥ 0", "件数必须是整数", "a count must be a whole number"),
            CellValueType.SignedCount when !integer => new("integer", "增减数必须是整数", "a change in a count must be a whole number"),
            CellValueType.Amount when n < 0 => new("decimal ≥ 0", "金额不能为负数", "an amount cannot be negative"),
            _ => null,
        };
    }

    private sealed record Problem(string Expected, string Zh, string En);
}
