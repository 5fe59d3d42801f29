namespace Gongkai.Core.Reporting.Checks;

/// <summary>Reads cells for a plausibility rule (cross-year or prose), saying when one holds no number.</summary>
internal static class CellReading
{
    /// <summary>What <see cref="Read"/> would find in cells of the report under check, without building a message.</summary>
    public enum Content
    {
        /// <summary>Every cell holds a number.</summary>
        Numbers,
        /// <summary>A cell is absent (not read): nothing to say.</summary>
        Absent,
        /// <summary>A cell holds a blank, dash or 不适用: <see cref="Read"/> makes the warning.</summary>
        NonNumber,
    }

    /// <summary>The sum of the cells when all hold numbers. Most statements are checked this way, so no message is made for them.</summary>
    public static Content Sum(AnnualReport report, IReadOnlyList<CellDefinition> cells, out decimal sum)
    {
        sum = 0;
        bool nonNumber = false;
        for (int i = 0; i < cells.Count; i++)
        {
            if (report[cells[i]] is not { } value) return Content.Absent;
            if (value.IsNumber) sum += value.Number;
            else nonNumber = true;
        }
        return nonNumber ? Content.NonNumber : Content.Numbers;
    }

    /// <summary>
    /// The number in each cell, or a warning that one of them holds no number (never counted as 0), or neither when a cell is
    /// absent (R11 reports absent cells of this report; last year's report has its own check). Cells of last year's report are
    /// named as such in the message but not listed in the finding's cells, which always belong to the report under check.
    /// </summary>
    public static (decimal[]? Values, ReportFinding? NotVerifiable) Read(string ruleId, CheckContext context, string scopeZh, string scopeEn,
        params (AnnualReport Report, string CellId)[] cells)
    {
        var values = new decimal[cells.Length];
        var blanks = new List<string>();
        var blanksEn = new List<string>();
        var tokens = new List<string>();
        for (int i = 0; i < cells.Length; i++)
        {
            var (report, cellId) = cells[i];
            if (report[cellId] is not { } value) return (null, null);
            if (value.IsNumber) { values[i] = value.Number; continue; }
            bool lastYear = !ReferenceEquals(report, context.Report);
            blanks.Add($"{(lastYear ? "上年报告" : "本报告")}{CellNames.Zh(report.Layout, cellId)}{CellNames.NonNumberZh(value)}");
            blanksEn.Add($"{(lastYear ? "last year's " : "this year's ")}{cellId} {CellNames.NonNumberEn(value)}");
            tokens.Add($"{(lastYear ? "previous:" : "")}{cellId}={CellNames.Token(value)}");
        }
        if (blanks.Count == 0) return (values, null);
        var own = cells.Where(c => ReferenceEquals(c.Report, context.Report)).Select(c => context.Layout.Cell(c.CellId));
        return (null, CheckContext.Finding(ruleId, FindingSeverity.Warning, FindingKind.NotVerifiable, own, null, string.Join("; ", tokens),
            $"无法核验{ruleId}（{scopeZh}）：{string.Join("、", blanks)}，不按 0 计算。",
            $"Cannot verify {ruleId} in {scopeEn}: {string.Join("; ", blanksEn)}; not counted as 0."));
    }
}
