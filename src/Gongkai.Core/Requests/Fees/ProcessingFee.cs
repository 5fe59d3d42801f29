using System.Globalization;

namespace Gongkai.Core.Requests.Fees;

/// <summary>信息处理费的计收方式 (办法第三条): the organ picks one per application, never both.</summary>
public enum FeeMethod
{
    /// <summary>按件计收: by the applicant's cumulative number of applications in the calendar month (办法第四条).</summary>
    PerPiece,
    /// <summary>按量计收: by the pages of one application (办法第五条).</summary>
    PerPage,
}

/// <summary>One itemised line: units <see cref="FromUnit"/>…<see cref="ToUnit"/> (件 ranks or page numbers) at one rate.</summary>
public sealed record FeeLine(int FromUnit, int ToUnit, long YuanPerUnit, string TierZh)
{
    public int Units => ToUnit - FromUnit + 1;
    public long Amount => Units * YuanPerUnit;
}

/// <summary>
/// 减免: a reduction an operator configured (none exist by default — the national 办法's text on exemptions was not found,
/// fees.md §4). <see cref="PercentOff"/> is 1–100; 100 waives the fee.
/// </summary>
public sealed record FeeExemption(string Code, string NameZh, int PercentOff);

public enum FeeErrorKind
{
    CountNotPositive,
    CountTooLarge,
    EarlierCountNegative,
    UnknownExemption,
    ExemptionPercentOutOfRange,
}

public sealed record FeeError(FeeErrorKind Kind, string MessageZh, string MessageEn);

/// <summary>The fee of one application, itemised, in whole 元.</summary>
public sealed record ProcessingFeeQuote(
    FeeMethod Method,
    int Count,
    int EarlierThisMonth,
    IReadOnlyList<FeeLine> Lines,
    FeeExemption? Exemption)
{
    public long Gross => Lines.Sum(l => l.Amount);

    /// <summary>The reduction of <see cref="Exemption"/>, rounded so the applicant never pays a fraction of a 元 more.</summary>
    public long Reduction => Exemption is null ? 0 : Gross - Gross * (100 - Exemption.PercentOff) / 100;

    public long Total => Gross - Reduction;

    public IReadOnlyList<string> ExplanationZh => ProcessingFee.Explain(this);
}

public sealed record ProcessingFeeResult(ProcessingFeeQuote? Quote, IReadOnlyList<FeeError> Errors)
{
    public bool IsValid => Quote is not null;
}

/// <summary>
/// 信息处理费 (条例第四十二条; 政府信息公开信息处理费管理办法, 国办函〔2020〕109号). Both methods are progressive (超额累进):
/// each unit is charged at the rate of the band it falls in.
/// </summary>
public static class ProcessingFee
{
    /// <summary>The largest count accepted in one computation (a guard against typing mistakes, not a legal limit).</summary>
    public const int MaxCount = 1_000_000;

    /// <param name="count">按件: the 件 of this application (after any 一事一申请 split); 按量: its pages.</param>
    /// <param name="earlierThisMonth">按件 only: the applicant's 件 already received by this organ in the same calendar month of the
    /// received date (per organ and per received-date month is Gongkai's reading, UNVERIFIED). Ignored for pages.</param>
    public static ProcessingFeeResult Compute(FeeMethod method, int count, int earlierThisMonth = 0, FeeExemption? exemption = null)
    {
        var errors = new List<FeeError>();
        var unit = method == FeeMethod.PerPiece ? "件" : "页";
        if (count < 1)
            errors.Add(new(FeeErrorKind.CountNotPositive, $"数量应至少为1{unit}，实际为{count}", $"the count must be at least 1, got {count}"));
        if (count > MaxCount)
            errors.Add(new(FeeErrorKind.CountTooLarge, $"数量{count}超过上限{MaxCount}", $"the count {count} exceeds {MaxCount}"));
        if (method == FeeMethod.PerPiece && earlierThisMonth < 0)
            errors.Add(new(FeeErrorKind.EarlierCountNegative, $"本月此前件数不能为负数（{earlierThisMonth}）", $"the earlier count cannot be negative ({earlierThisMonth})"));
        if (method == FeeMethod.PerPiece && (long)earlierThisMonth + count > MaxCount)
            errors.Add(new(FeeErrorKind.CountTooLarge, $"本月累计件数超过上限{MaxCount}", $"the month's cumulative count exceeds {MaxCount}"));
        if (exemption is { PercentOff: < 1 or > 100 })
            errors.Add(new(FeeErrorKind.ExemptionPercentOutOfRange, $"减免比例应为1至100，实际为{exemption.PercentOff}", $"an exemption is 1–100 percent, got {exemption.PercentOff}"));
        if (errors.Count > 0) return new ProcessingFeeResult(null, errors);

        var earlier = method == FeeMethod.PerPiece ? earlierThisMonth : 0;
        var lines = method == FeeMethod.PerPiece ? PerPieceLines(earlier + 1, earlier + count) : PerPageLines(count);
        return new ProcessingFeeResult(new ProcessingFeeQuote(method, count, earlier, lines, exemption), []);
    }

    /// <summary>
    /// The rate of the k-th 件 of one applicant in one calendar month (办法第四条): 1–10 free, 11–30 100元, then each further band of
    /// 10 件 costs 100元 more per 件 (31–40 200元, 41–50 300元, …).
    /// </summary>
    public static long PerPieceRate(int rank)
    {
        if (rank <= Statute.PerPieceFee.FreePieces) return 0;
        if (rank <= Statute.PerPieceFee.SecondBandLastPiece) return Statute.PerPieceFee.SecondBandYuanPerPiece;
        var step = (rank - Statute.PerPieceFee.SecondBandLastPiece + Statute.PerPieceFee.StepPieces - 1) / Statute.PerPieceFee.StepPieces;
        return Statute.PerPieceFee.SecondBandYuanPerPiece + (long)Statute.PerPieceFee.StepIncreaseYuan * step;
    }

    /// <summary>The rate of page p of one application (办法第五条): 1–30 free, 31–100 10元, 101–200 20元, 201+ 40元.</summary>
    public static long PerPageRate(int page) => page switch
    {
        <= Statute.PerPageFee.FreePages => 0,
        <= Statute.PerPageFee.SecondBandLastPage => Statute.PerPageFee.SecondBandYuanPerPage,
        <= Statute.PerPageFee.ThirdBandLastPage => Statute.PerPageFee.ThirdBandYuanPerPage,
        _ => Statute.PerPageFee.TopBandYuanPerPage,
    };

    private static List<FeeLine> PerPieceLines(int first, int last)
    {
        var lines = new List<FeeLine>();
        var k = first;
        while (k <= last)
        {
            var (bandEnd, tier) = PieceBand(k);
            var to = Math.Min(bandEnd, last);
            lines.Add(new FeeLine(k, to, PerPieceRate(k), tier));
            k = to + 1;
        }
        return lines;
    }

    private static (int BandEnd, string Tier) PieceBand(int rank)
    {
        if (rank <= Statute.PerPieceFee.FreePieces) return (Statute.PerPieceFee.FreePieces, "（一）10件以下（含10件）不收费");
        if (rank <= Statute.PerPieceFee.SecondBandLastPiece) return (Statute.PerPieceFee.SecondBandLastPiece, "（二）11—30件（含30件）的部分，100元/件");
        var step = (rank - Statute.PerPieceFee.SecondBandLastPiece + Statute.PerPieceFee.StepPieces - 1) / Statute.PerPieceFee.StepPieces;
        var from = Statute.PerPieceFee.SecondBandLastPiece + (step - 1) * Statute.PerPieceFee.StepPieces + 1;
        var to = from + Statute.PerPieceFee.StepPieces - 1;
        return (to, string.Create(CultureInfo.InvariantCulture,
            $"（三）31件以上的部分，以10件为一档，每增加一档提高100元/件：第{from}—{to}件为第{step}档"));
    }

    private static List<FeeLine> PerPageLines(int pages)
    {
        var bands = new (int To, string Tier)[]
        {
            (Statute.PerPageFee.FreePages, "（一）30页以下（含30页）不收费"),
            (Statute.PerPageFee.SecondBandLastPage, "（二）31—100页（含100页）的部分，10元/页"),
            (Statute.PerPageFee.ThirdBandLastPage, "（三）101—200页（含200页）的部分，20元/页"),
            (int.MaxValue, "（四）201页以上的部分，40元/页"),
        };
        var lines = new List<FeeLine>();
        var from = 1;
        foreach (var (bandTo, tier) in bands)
        {
            if (from > pages) break;
            var to = Math.Min(bandTo, pages);
            lines.Add(new FeeLine(from, to, PerPageRate(from), tier));
            from = to + 1;
        }
        return lines;
    }

    internal static IReadOnlyList<string> Explain(ProcessingFeeQuote q)
    {
        var text = new List<string>();
        if (q.Method == FeeMethod.PerPiece)
        {
            text.Add($"按件计收（办法第四条）：同一申请人本自然月此前已申请{q.EarlierThisMonth}件，本次{q.Count}件为本月第{q.EarlierThisMonth + 1}—{q.EarlierThisMonth + q.Count}件");
            foreach (var l in q.Lines)
                text.Add($"第{l.FromUnit}—{l.ToUnit}件：{l.Units}件 × {l.YuanPerUnit}元 = {l.Amount}元　{l.TierZh}");
        }
        else
        {
            text.Add($"按量计收（办法第五条）：本次申请共{q.Count}页");
            foreach (var l in q.Lines)
                text.Add($"第{l.FromUnit}—{l.ToUnit}页：{l.Units}页 × {l.YuanPerUnit}元 = {l.Amount}元　{l.TierZh}");
        }
        if (q.Exemption is { } e)
            text.Add($"减免：{e.NameZh}（{e.Code}），减免{e.PercentOff}%，减免{q.Reduction}元");
        text.Add(q.Total == 0 ? "合计：0元（不收费）" : $"合计：{q.Total}元");
        return text;
    }
}

/// <summary>The exemptions an operator has configured. Empty by default.</summary>
public sealed record FeeExemptionPolicy(IReadOnlyList<FeeExemption> Exemptions)
{
    public static readonly FeeExemptionPolicy None = new([]);

    /// <summary>The exemption with this code, or an error naming the configured ones.</summary>
    public (FeeExemption? Exemption, FeeError? Error) Find(string code)
    {
        var found = Exemptions.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));
        if (found is not null) return (found, null);
        var known = Exemptions.Count == 0 ? "未配置任何减免" : "已配置：" + string.Join("、", Exemptions.Select(e => e.Code));
        return (null, new FeeError(FeeErrorKind.UnknownExemption, $"减免代码“{code}”不存在（{known}）",
            $"no exemption '{code}' is configured ({(Exemptions.Count == 0 ? "none are" : string.Join(", ", Exemptions.Select(e => e.Code)) + " are")})"));
    }
}
