using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Arithmetic;

/// <summary>
/// 用勾稽关系确定连写数字: decides cells whose digit run split several ways (<see cref="AnnualReport.AmbiguousCells"/>) by the
/// format's arithmetic across rows and columns, as a person checking the report by hand would: in every column r1 + r2 =
/// r3.7 + r4 (R1) and r3.7 = the sum of the outcome rows (R3); in every row of table 三 总计 = the sum of the applicant
/// columns (R2); in table 四 each 总计 = the sum of its four outcomes (R5). An equation decides its undecided cells when
/// exactly one choice among their candidates satisfies it; candidates no choice can use are dropped. Only values the
/// file itself offers are ever chosen (a candidate of the split), so a wrong table is not "repaired" into a right one.
/// </summary>
public static class AmbiguityResolver
{
    /// <summary>Above this many combinations an equation is left undecided (no real row comes close).</summary>
    private const int MaxCombinations = 4096;

    /// <summary>Returns the reading with every cell the arithmetic decides set, and the problems of those cells dropped.</summary>
    public static ReportReading Resolve(ReportReading reading)
    {
        if (reading.Report is not { } report || report.AmbiguousCells.Count == 0) return reading;
        var before = report.AmbiguousCells.Keys.ToHashSet(StringComparer.Ordinal);
        var equations = Equations(report.Layout).ToList();
        bool changed = true;
        for (int round = 0; changed && round < 20; round++)
        {
            changed = false;
            foreach (var equation in equations)
                changed |= Apply(report, equation);
        }
        var decided = before.Where(id => !report.AmbiguousCells.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        return reading with { Problems = Updated(reading.Problems, report, decided) };
    }

    private static List<ReadProblem> Updated(IReadOnlyList<ReadProblem> problems, AnnualReport report, HashSet<string> decided) =>
        problems.Where(p => !(p.Kind == ReadProblemKind.Ambiguous && decided.Contains(p.Part)))
            .Select(p => p.Kind == ReadProblemKind.Ambiguous && report.AmbiguousCells.TryGetValue(p.Part, out var left)
                ? p with
                {
                    MessageZh = $"单元格 {p.Part} 的数字连在一起，可能是：{string.Join("、", left)}",
                    MessageEn = $"Cell {p.Part}: the digits run together; it may be {string.Join(", ", left)}",
                }
                : p)
            .ToList();

    /// <summary>An equation Σ plus − Σ minus = 0 over cell ids.</summary>
    private sealed record Equation(IReadOnlyList<string> Plus, IReadOnlyList<string> Minus);

    private static IEnumerable<Equation> Equations(ReportLayout layout)
    {
        var outcomes = layout.OutcomeRows.Select(r => r.Id).ToList();
        var dataRows = layout.RequestRows.Where(r => r.HasCells).Select(r => r.Id).ToList();
        var columns = layout.RequestColumns.Select(c => c.Id).ToList();
        string C(string row, string col) => ReportLayout.RequestCellId(row, col);
        foreach (var row in dataRows)
            yield return new([C(row, columns[^1])], [.. columns.Take(columns.Count - 1).Select(c => C(row, c))]);
        foreach (var col in columns)
        {
            yield return new([C("r1", col), C("r2", col)], [C("r3.7", col), C("r4", col)]);
            yield return new([C("r3.7", col)], [.. outcomes.Select(r => C(r, col))]);
        }
        foreach (var group in layout.AppealColumns.GroupBy(c => (c.Group, c.SubGroup)))
        {
            var ids = group.Select(c => ReportLayout.AppealCellId(c.Id)).ToList();
            yield return new([ids[^1]], [.. ids.Take(ids.Count - 1)]);
        }
    }

    private static bool Apply(AnnualReport report, Equation equation)
    {
        decimal known = 0;
        var unknown = new List<(string Id, int Sign, IReadOnlyList<decimal> Candidates)>();
        foreach (var (ids, sign) in new[] { (equation.Plus, 1), (equation.Minus, -1) })
            foreach (var id in ids)
            {
                if (report.AmbiguousCells.TryGetValue(id, out var candidates)) unknown.Add((id, sign, candidates));
                else if (report.Number(id) is { } n) known += sign * n;
                else return false; // a blank, dash or unread cell: the equation cannot be used
            }
        if (unknown.Count == 0) return false;
        long combinations = 1;
        foreach (var u in unknown)
            if ((combinations *= Math.Max(1, u.Candidates.Count)) > MaxCombinations) return false;

        var fits = new List<decimal[]>();
        var choice = new decimal[unknown.Count];
        void Walk(int i, decimal sum)
        {
            if (i == unknown.Count)
            {
                if (sum == 0) fits.Add((decimal[])choice.Clone());
                return;
            }
            foreach (var candidate in unknown[i].Candidates)
            {
                choice[i] = candidate;
                Walk(i + 1, sum + unknown[i].Sign * candidate);
            }
        }
        Walk(0, known);
        // No choice fits: the table is inconsistent whichever way it is read; the checks will say so. Nothing is decided.
        if (fits.Count == 0) return false;

        bool changed = false;
        for (int i = 0; i < unknown.Count; i++)
        {
            var values = fits.Select(f => f[i]).Distinct().Order().ToList();
            if (values.Count == 1) { report.Set(unknown[i].Id, values[0]); changed = true; }
            else if (values.Count < unknown[i].Candidates.Count) { report.SetAmbiguous(unknown[i].Id, values); changed = true; }
        }
        return changed;
    }
}
