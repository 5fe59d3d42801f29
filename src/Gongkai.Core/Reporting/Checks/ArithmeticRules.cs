namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// Runs the arithmetic identities of the format (R1, R2, R3 on table 三; R5 on table 四) and turns them into findings:
/// a broken identity is an error naming every cell in it, with the most likely wrong cell first when rows and columns
/// point to the same cell; an identity with a blank, dash or 不适用 input is an error saying it cannot be verified
/// (the cell is never counted as 0); an identity with an absent input is left to R11.
/// </summary>
internal sealed class ArithmeticRules : IReportRule
{
    private static readonly Dictionary<ReportFormat, IReadOnlyList<ArithmeticIdentity>> Cache = new()
    {
        [ReportFormat.F2019] = Build(ReportLayout.F2019),
        [ReportFormat.F2021] = Build(ReportLayout.F2021),
    };

    // By CellDefinition.Index, for R6's per-cell test.
    private static readonly Dictionary<ReportFormat, bool[]> CoveredByIndex = Cache.ToDictionary(kv => kv.Key, kv =>
    {
        var covered = new bool[ReportLayout.For(kv.Key).Cells.Count];
        foreach (var cell in kv.Value.SelectMany(i => i.Cells)) covered[cell.Index] = true;
        return covered;
    });

    public static IReadOnlyList<ArithmeticIdentity> Identities(ReportFormat format) => Cache[format];

    /// <summary>Whether a cell of the format's layout is part of at least one arithmetic identity.</summary>
    public static bool IsCovered(ReportFormat format, CellDefinition cell) => CoveredByIndex[format][cell.Index];

    private static IReadOnlyList<ArithmeticIdentity> Build(ReportLayout layout) =>
    [
        .. R1CarryBalance.Identities(layout),
        .. R2ApplicantTotal.Identities(layout),
        .. R3OutcomeTotal.Identities(layout),
        .. R5AppealTotals.Identities(layout),
    ];

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        var report = context.Report;
        // Most reports are consistent: a pass that allocates nothing (not even the iterator) decides whether there is
        // anything to report.
        if (!AllHoldOrSkipped(report)) into.AddRange(Findings(context, Identities(report.Format)));
    }

    /// <summary>Whether every identity of the report's format holds or is skipped (<see cref="ArithmeticIdentity.HoldsOrSkipped"/>).</summary>
    internal static bool AllHoldOrSkipped(AnnualReport report) =>
        ReferenceEquals(report.Layout, ReportLayout.F2021) ? F2021Pass.AllHoldOrSkipped(report)
        : ReferenceEquals(report.Layout, ReportLayout.F2019) ? F2019Pass.AllHoldOrSkipped(report)
        : AllHoldOrSkipped(report, Identities(report.Format));

    /// <summary>The same, identity by identity (the reference for the flat pass).</summary>
    internal static bool AllHoldOrSkipped(AnnualReport report, IReadOnlyList<ArithmeticIdentity> identities)
    {
        for (int k = 0; k < identities.Count; k++)
            if (!identities[k].HoldsOrSkipped(report)) return false;
        return true;
    }

    private static readonly WholePass F2021Pass = new(Cache[ReportFormat.F2021]);
    private static readonly WholePass F2019Pass = new(Cache[ReportFormat.F2019]);

    /// <summary>
    /// Every identity of one layout in one flat array of cell positions, so that a consistent report is decided by one loop
    /// over whole numbers (added as longs: each below 2^50, the sums cannot overflow) instead of a call and two arrays per
    /// identity. An identity with a cell that is no whole number goes to <see cref="ArithmeticIdentity.HoldsOrSkipped"/>,
    /// which decides it as before.
    /// </summary>
    private sealed class WholePass
    {
        private readonly ArithmeticIdentity[] _identities;
        private readonly int[] _cells;
        // Per identity, where its right side starts and where it ends in _cells.
        private readonly int[] _rightStart;
        private readonly int[] _end;

        public WholePass(IReadOnlyList<ArithmeticIdentity> identities)
        {
            _identities = [.. identities];
            var cells = new List<int>();
            _rightStart = new int[_identities.Length];
            _end = new int[_identities.Length];
            for (int k = 0; k < _identities.Length; k++)
            {
                cells.AddRange(_identities[k].Left.Select(c => c.Index));
                _rightStart[k] = cells.Count;
                cells.AddRange(_identities[k].Right.Select(c => c.Index));
                _end[k] = cells.Count;
            }
            _cells = [.. cells];
        }

        public bool AllHoldOrSkipped(AnnualReport report)
        {
            var cells = _cells;
            int j = 0;
            for (int k = 0; k < _identities.Length; k++)
            {
                int rightStart = _rightStart[k], end = _end[k];
                long difference = 0;
                bool whole = true;
                for (; j < rightStart; j++)
                {
                    long value = report.WholeAt(cells[j]);
                    whole &= value != AnnualReport.NotWhole;
                    difference += value;
                }
                for (; j < end; j++)
                {
                    long value = report.WholeAt(cells[j]);
                    whole &= value != AnnualReport.NotWhole;
                    difference -= value;
                }
                if (whole ? difference != 0 : !_identities[k].HoldsOrSkipped(report)) return false;
            }
            return true;
        }
    }

    private static IEnumerable<ReportFinding> Findings(CheckContext context, IReadOnlyList<ArithmeticIdentity> identities)
    {
        var report = context.Report;
        var evaluations = new List<IdentityEvaluation>(identities.Count);
        foreach (var identity in identities) evaluations.Add(identity.Evaluate(report));
        var suspects = SuspectCells(report, evaluations);

        var notVerifiable = evaluations.Where(e => e.State == IdentityState.NotVerifiable)
            .GroupBy(GroupKey).ToDictionary(g => g.First(), g => g.ToList());

        foreach (var e in evaluations)
        {
            if (e.State == IdentityState.Broken)
                yield return Broken(context.Layout, e, [.. suspects.Where(s => s.Identities.Any(i => ReferenceEquals(i, e)))]);
            else if (notVerifiable.TryGetValue(e, out var group))
                yield return NotVerifiable(context.Layout, group);
        }
    }

    /// <summary>
    /// A cell every checkable identity of which is broken, in at least two identities, all of which would hold with one and the
    /// same value of that cell: with a single wrong number in table 三, that is exactly the wrong cell (its row and its column meet there).
    /// </summary>
    private static List<Suspect> SuspectCells(AnnualReport report, List<IdentityEvaluation> evaluations)
    {
        var suspects = new List<Suspect>();
        var broken = evaluations.Where(e => e.State == IdentityState.Broken).ToList();
        if (broken.Count < 2) return suspects;

        var byCell = new Dictionary<string, List<IdentityEvaluation>>(StringComparer.Ordinal);
        foreach (var e in evaluations.Where(e => e.State is IdentityState.Holds or IdentityState.Broken))
            foreach (var cell in e.Identity.Cells)
            {
                if (!byCell.TryGetValue(cell.Id, out var list)) byCell[cell.Id] = list = [];
                list.Add(e);
            }

        foreach (var cell in broken.SelectMany(e => e.Identity.Cells).DistinctBy(c => c.Id))
        {
            var list = byCell[cell.Id];
            if (list.Count < 2 || list.Any(e => e.State == IdentityState.Holds)) continue;
            // Every identity in the list holds numbers only (Holds or Broken), so the cell holds one.
            var found = report[cell]!.Value.Number;
            var implied = list.Select(e => found + (e.Identity.IsLeft(cell) ? e.Right - e.Left : e.Left - e.Right)).Distinct().ToList();
            if (implied.Count == 1) suspects.Add(new Suspect(cell, found, implied[0], list));
        }
        return suspects;
    }

    private static ReportFinding Broken(ReportLayout layout, IdentityEvaluation e, List<Suspect> suspects)
    {
        var i = e.Identity;
        string left = CellNames.Format(e.Left), right = CellNames.Format(e.Right);
        string zh = $"{i.ScopeZh}：{i.LeftZh}为 {left}，{i.RightZh}为 {right}，二者应相等（{i.RuleId}）。";
        string en = $"{i.ScopeEn}: {i.LeftEn} = {left} but {i.RightEn} = {right}; they must be equal ({i.RuleId}).";
        foreach (var s in suspects)
        {
            zh += $"最可能有误的是{CellNames.Zh(layout, s.Cell)}：现为 {CellNames.Format(s.Found)}，按表中其他数字应为 {CellNames.Format(s.Implied)}。";
            en += $" Most likely {CellNames.En(s.Cell)} is wrong: it holds {CellNames.Format(s.Found)}, the other figures imply {CellNames.Format(s.Implied)}.";
        }
        var cells = suspects.Select(s => s.Cell).Concat(i.Cells.Where(c => suspects.All(s => s.Cell.Id != c.Id)));
        return CheckContext.Finding(i.RuleId, FindingSeverity.Error, FindingKind.Mismatch, cells, right, left, zh, en);
    }

    private static ReportFinding NotVerifiable(ReportLayout layout, List<IdentityEvaluation> group)
    {
        var first = group[0];
        var rule = first.Identity.RuleId;
        var cells = group.SelectMany(e => e.NonNumbers).ToList();
        string found = string.Join("; ", cells.Select(c => $"{c.Cell.Id}={CellNames.Token(c.Value)}"));
        string zh, en;
        if (group.Count == 1)
        {
            var (cellsZh, cellsEn) = Describe(layout, first.Identity, cells);
            zh = $"无法核验{rule}（{first.Identity.ScopeZh}）：{cellsZh}，不按 0 计算。";
            en = $"Cannot verify {rule} in {first.Identity.ScopeEn}: {cellsEn}; not counted as 0.";
        }
        else
        {
            var positionsZh = first.NonNumbers.Select(c => PositionZh(layout, first.Identity.Axis, c.Cell) + CellNames.NonNumberZh(c.Value));
            var positionsEn = first.NonNumbers.Select(c => $"{first.Identity.PositionOf(c.Cell)} {CellNames.NonNumberEn(c.Value)}");
            string scopesZh = string.Join("、", group.Take(3).Select(e => e.Identity.ScopeZh)) + (group.Count > 3 ? $"等 {group.Count} 处" : "");
            string scopesEn = string.Join("; ", group.Take(3).Select(e => e.Identity.ScopeEn)) + (group.Count > 3 ? $" and {group.Count - 3} more" : "");
            zh = $"无法核验{rule}（{scopesZh}）：每处的{string.Join("、", positionsZh)}，不按 0 计算。";
            en = $"Cannot verify {rule} in {group.Count} places ({scopesEn}): in each, {string.Join("; ", positionsEn)}; not counted as 0.";
        }
        return CheckContext.Finding(rule, FindingSeverity.Error, FindingKind.NotVerifiable, cells.Select(c => c.Cell), null, found, zh, en);
    }

    /// <summary>The cells holding no number: each named when there are few, else counted with the first few named.</summary>
    private static (string Zh, string En) Describe(ReportLayout layout, ArithmeticIdentity identity, List<(CellDefinition Cell, CellValue Value)> cells)
    {
        if (cells.Count <= 3)
            return (string.Join("、", cells.Select(c => CellNames.Zh(layout, c.Cell) + CellNames.NonNumberZh(c.Value))),
                string.Join("; ", cells.Select(c => $"{c.Cell.Id} {CellNames.NonNumberEn(c.Value)}")));
        var kinds = cells.Select(c => (Zh: CellNames.NonNumberZh(c.Value), En: CellNames.NonNumberEn(c.Value))).Distinct().ToList();
        string kindZh = kinds.Count == 1 ? $"均{kinds[0].Zh}" : "没有数字";
        string kindEn = kinds.Count == 1 ? kinds[0].En.Replace("is ", "are ").Replace("holds", "hold").Replace("says", "say") : "hold no number";
        return ($"其中 {cells.Count} 个单元格{kindZh}（{string.Join("、", cells.Take(3).Select(c => PositionZh(layout, identity.Axis, c.Cell)))}等）",
            $"{cells.Count} cells {kindEn} ({string.Join(", ", cells.Take(3).Select(c => c.Cell.Id))}, …)");
    }

    private static string PositionZh(ReportLayout layout, IdentityAxis axis, CellDefinition cell) => axis switch
    {
        IdentityAxis.Row => $"“{CellNames.RequestColumnZh(layout, cell.ColumnId)}”列",
        IdentityAxis.Column => $"“{CellNames.RequestRowZh(layout, cell.RowId)}”行",
        _ => $"“{cell.ColumnLabel}”列",
    };

    private static string GroupKey(IdentityEvaluation e) =>
        e.Identity.RuleId + "|" + string.Join("|", e.NonNumbers.Select(n => $"{e.Identity.PositionOf(n.Cell)}={CellNames.Token(n.Value)}"));

    private sealed record Suspect(CellDefinition Cell, decimal Found, decimal Implied, List<IdentityEvaluation> Identities);
}
