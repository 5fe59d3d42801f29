namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Splits the digit runs of a flattened table row into cells (<c>15130000154</c> → 151, 3, 0, 0, 0, 0, 154). Every way
/// to cut the runs into the row's number of cells — no number with a leading zero — is tried, and the format's
/// arithmetic for the row (the 总计 column is the sum of the others) keeps only the splits that add up.
/// The search is bounded: a row too long to decide within the budget is left undecided rather than slowed down.
/// </summary>
internal static class DigitRunSplitter
{
    /// <summary>Numbers longer than this are not taken as one cell (a count of 10⁹ is no real report's).</summary>
    private const int MaxDigits = 9;
    private const int NodeBudget = 200_000;

    /// <param name="runs">The row's tokens as written; each must be all digits (a single cell may be a longer number).</param>
    /// <param name="cells">How many cells the row has.</param>
    /// <param name="rule">The row's arithmetic, or null when it has none.</param>
    /// <param name="maxSolutions">Stop after this many splits.</param>
    /// <returns>The splits that fit, or null when the search ran out of budget.</returns>
    public static List<decimal[]>? Split(IReadOnlyList<string> runs, int cells, Func<decimal[], bool>? rule, int maxSolutions = 32)
    {
        var solutions = new List<decimal[]>();
        int totalDigits = runs.Sum(r => r.Length);
        if (runs.Count > cells || totalDigits < cells) return solutions;
        var current = new decimal[cells];
        int nodes = 0;
        bool exhausted = false;

        void Walk(int run, int at, int filled, int digitsLeft)
        {
            if (exhausted || solutions.Count >= maxSolutions) return;
            if (++nodes > NodeBudget) { exhausted = true; return; }
            if (run == runs.Count)
            {
                if (filled == cells && (rule is null || rule(current))) solutions.Add((decimal[])current.Clone());
                return;
            }
            string s = runs[run];
            int runsAfter = runs.Count - run - 1;
            int maxLength = s[at] == '0' ? 1 : Math.Min(MaxDigits, s.Length - at);
            for (int length = 1; length <= maxLength; length++)
            {
                int end = at + length;
                int cellsLeft = cells - filled - 1;
                int left = digitsLeft - length;
                // Each remaining digit can be at most one cell; each remaining run needs at least one.
                bool runDone = end == s.Length;
                int minCells = runsAfter + (runDone ? 0 : 1);
                if (cellsLeft < minCells || cellsLeft > left) continue;
                current[filled] = decimal.Parse(s.AsSpan(at, length));
                if (runDone) Walk(run + 1, 0, filled + 1, left);
                else Walk(run, end, filled + 1, left);
            }
        }

        Walk(0, 0, 0, totalDigits);
        return exhausted ? null : solutions;
    }

    /// <summary>Table 三: the 总计 column (last) equals the sum of the others.</summary>
    public static bool LastIsSum(decimal[] v)
    {
        decimal sum = 0;
        for (int i = 0; i < v.Length - 1; i++) sum += v[i];
        return sum == v[^1];
    }

    /// <summary>Table 四: in each group of five, 总计 (the fifth) equals the sum of the four outcomes.</summary>
    public static bool EachFifthIsSum(decimal[] v)
    {
        for (int g = 0; g + 5 <= v.Length; g += 5)
            if (v[g] + v[g + 1] + v[g + 2] + v[g + 3] != v[g + 4]) return false;
        return true;
    }
}
