namespace Gongkai.Core.Reporting.Checks;

/// <summary>Which way an identity runs through its table, used to group findings about blank cells.</summary>
internal enum IdentityAxis
{
    /// <summary>Along a row of table 三 (R2): cells differ by column.</summary>
    Row,
    /// <summary>Down a column of table 三 (R1, R3): cells differ by row.</summary>
    Column,
    /// <summary>Across one column group of table 四 (R5).</summary>
    Group,
}

/// <summary>
/// 等式: one arithmetic identity of the format, Σ <see cref="Left"/> = Σ <see cref="Right"/> — e.g. R1 in column c3,
/// r1 + r2 = r3.7 + r4. <see cref="Right"/> is the side that gives the expected value of a stated total on the left.
/// </summary>
internal sealed record ArithmeticIdentity(
    string RuleId,
    IdentityAxis Axis,
    string ScopeZh,
    string ScopeEn,
    IReadOnlyList<CellDefinition> Left,
    IReadOnlyList<CellDefinition> Right,
    string LeftZh,
    string RightZh,
    string LeftEn,
    string RightEn)
{
    public IEnumerable<CellDefinition> Cells => Left.Concat(Right);

    /// <summary>Where a cell sits inside the identity, the same for the same cell position of parallel identities.</summary>
    public string PositionOf(CellDefinition cell) => Axis switch
    {
        IdentityAxis.Row => cell.ColumnId,
        IdentityAxis.Column => cell.RowId,
        _ => cell.ColumnId[1..],
    };

    public IdentityEvaluation Evaluate(AnnualReport report)
    {
        // Runs for every identity of every report checked: no allocation unless a cell holds no number.
        List<(CellDefinition Cell, CellValue Value)>? nonNumbers = null;
        decimal left = 0, right = 0;
        for (int side = 0; side < 2; side++)
        {
            var cells = side == 0 ? Left : Right;
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                // An absent cell was not read: R11 reports it, the identity is skipped without a finding of its own.
                if (report[cell] is not { } value) return new IdentityEvaluation(this, IdentityState.Skipped, 0, 0, []);
                if (!value.IsNumber) { (nonNumbers ??= []).Add((cell, value)); continue; }
                if (side == 0) left += value.Number; else right += value.Number;
            }
        }
        if (nonNumbers is not null) return new IdentityEvaluation(this, IdentityState.NotVerifiable, 0, 0, nonNumbers);
        return new IdentityEvaluation(this, left == right ? IdentityState.Holds : IdentityState.Broken, left, right, []);
    }

    /// <summary>
    /// True when <see cref="Evaluate"/> would say Holds or Skipped, without allocating: the check of a consistent report
    /// runs this alone for every identity.
    /// </summary>
    public bool HoldsOrSkipped(AnnualReport report)
    {
        if (!ReferenceEquals(report.Layout, _layout)) return Evaluate(report).State is IdentityState.Holds or IdentityState.Skipped;
        // Whole numbers of scale 0 (nearly every cell) are added as longs; any other cell sends the identity to the
        // decimal pass below, which decides it exactly as before. An absent cell skips the identity either way.
        long wholeLeft = 0, wholeRight = 0;
        bool other = false;
        for (int side = 0; side < 2; side++)
        {
            var indexes = side == 0 ? _left : _right;
            for (int i = 0; i < indexes.Length; i++)
            {
                long whole = report.WholeAt(indexes[i]);
                if (whole == AnnualReport.NotWhole)
                {
                    if (!report.IsReadAt(indexes[i])) return true;
                    other = true;
                }
                else if (side == 0) wholeLeft += whole;
                else wholeRight += whole;
            }
        }
        return other ? HoldsInDecimals(report) : wholeLeft == wholeRight;
    }

    private bool HoldsInDecimals(AnnualReport report)
    {
        decimal left = 0, right = 0;
        bool nonNumber = false;
        for (int side = 0; side < 2; side++)
        {
            var indexes = side == 0 ? _left : _right;
            for (int i = 0; i < indexes.Length; i++)
            {
                if (!report.TryGetAt(indexes[i], out var value)) return true;
                if (!value.IsNumber) nonNumber = true;
                else if (side == 0) left += value.Number;
                else right += value.Number;
            }
        }
        return !nonNumber && left == right;
    }

    // The cells' positions in their layout (CellDefinition.Index), so the pass above reads the report's array directly.
    private readonly ReportLayout? _layout = LayoutOf([.. Left, .. Right]);
    private readonly int[] _left = [.. Left.Select(c => c.Index)];
    private readonly int[] _right = [.. Right.Select(c => c.Index)];

    private static ReportLayout? LayoutOf(CellDefinition[] cells) =>
        new[] { ReportLayout.F2021, ReportLayout.F2019 }.FirstOrDefault(layout => cells.All(layout.Owns));

    public bool IsLeft(CellDefinition cell) => Left.Any(c => c.Id == cell.Id);
}

internal enum IdentityState
{
    Holds,
    Broken,
    NotVerifiable,
    Skipped,
}

/// <summary>The outcome of one identity on one report: sums when all cells hold numbers, else the cells that hold none.</summary>
internal sealed record IdentityEvaluation(
    ArithmeticIdentity Identity,
    IdentityState State,
    decimal Left,
    decimal Right,
    IReadOnlyList<(CellDefinition Cell, CellValue Value)> NonNumbers);
