using Gongkai.Core.Requests.Fees;

namespace Gongkai.Core.Tests.Fees;

/// <summary>Fee cases at every band boundary of 国办函〔2020〕109号, computed by hand (fees.md §2–3).</summary>
public class ProcessingFeeTests
{
    [Theory]
    // Ranks 1–10: free.
    [InlineData(0, 10, 0)]
    // Rank 10 alone: free. Rank 11 alone: 100.
    [InlineData(9, 1, 0)]
    [InlineData(10, 1, 100)]
    // Ranks 1–11: 1 × 100.
    [InlineData(0, 11, 100)]
    // Rank 30: 100. Ranks 1–30: 20 × 100 = 2000.
    [InlineData(29, 1, 100)]
    [InlineData(0, 30, 2000)]
    // Rank 31: first band of (三), 200. Ranks 1–31: 2000 + 200 = 2200.
    [InlineData(30, 1, 200)]
    [InlineData(0, 31, 2200)]
    // Ranks 1–35: 2000 + 5 × 200 = 3000 (fees.md worked example).
    [InlineData(0, 35, 3000)]
    // Rank 40: 200; rank 41: 300. Ranks 1–41: 2000 + 10 × 200 + 300 = 4300.
    [InlineData(39, 1, 200)]
    [InlineData(40, 1, 300)]
    [InlineData(0, 41, 4300)]
    // Ranks 1–50: 2000 + 2000 + 10 × 300 = 7000. Rank 51: 400. Ranks 1–55: 7000 + 5 × 400 = 9000.
    [InlineData(0, 50, 7000)]
    [InlineData(50, 1, 400)]
    [InlineData(0, 55, 9000)]
    // Rank 60: 400; rank 61: 500.
    [InlineData(59, 1, 400)]
    [InlineData(60, 1, 500)]
    // Ranks 26–35 (25 earlier this month): 5 × 100 + 5 × 200 = 1500.
    [InlineData(25, 10, 1500)]
    // Ranks 6–8: free.
    [InlineData(5, 3, 0)]
    public void PerPiece_ChargesEachPieceAtTheBandOfItsMonthlyRank(int earlier, int count, long expected)
    {
        var quote = ProcessingFee.Compute(FeeMethod.PerPiece, count, earlier).Quote!;

        Assert.Equal(expected, quote.Total);
        Assert.Equal(count, quote.Lines.Sum(l => l.Units));
        Assert.Equal(earlier + 1, quote.Lines[0].FromUnit);
    }

    [Theory]
    // 1 and 30 pages: free. 31: 1 × 10. 100: 70 × 10 = 700. 101: 700 + 20 = 720. 150: 700 + 50 × 20 = 1700.
    // 200: 700 + 100 × 20 = 2700. 201: 2700 + 40 = 2740. 250: 2700 + 50 × 40 = 4700.
    [InlineData(1, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(150, 1700)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void PerPage_ChargesEachPageAtItsBand(int pages, long expected)
    {
        Assert.Equal(expected, ProcessingFee.Compute(FeeMethod.PerPage, pages).Quote!.Total);
    }

    [Fact]
    public void PerPiece_ItemisesWhichRanksAreChargedAtWhichRate()
    {
        var quote = ProcessingFee.Compute(FeeMethod.PerPiece, 10, 25).Quote!;

        Assert.Equal([(26, 30, 100L), (31, 35, 200L)], quote.Lines.Select(l => (l.FromUnit, l.ToUnit, l.YuanPerUnit)));
        Assert.Contains("第31—40件为第1档", quote.Lines[1].TierZh);
        Assert.Contains("第26—30件：5件 × 100元 = 500元", quote.ExplanationZh[1]);
    }

    [Fact]
    public void PerPage_IgnoresEarlierApplicationsThisMonth()
    {
        var quote = ProcessingFee.Compute(FeeMethod.PerPage, 31, earlierThisMonth: 50).Quote!;

        Assert.Equal(10, quote.Total);
        Assert.Equal(0, quote.EarlierThisMonth);
    }

    [Theory]
    // 2740 × 50% off → 1370. 100% → 0. 33% off 100 → pays floor(100 × 67 / 100) = 67, reduction 33.
    [InlineData(201, 50, 1370)]
    [InlineData(201, 100, 0)]
    [InlineData(31, 100, 0)]
    public void Exemption_ReducesTheFee(int pages, int percent, long expected)
    {
        var quote = ProcessingFee.Compute(FeeMethod.PerPage, pages, 0, new FeeExemption("hardship", "生活困难", percent)).Quote!;

        Assert.Equal(expected, quote.Total);
        Assert.Contains(quote.ExplanationZh, l => l.StartsWith("减免：生活困难"));
    }

    [Fact]
    public void Exemption_RoundsInTheApplicantsFavour()
    {
        var quote = ProcessingFee.Compute(FeeMethod.PerPiece, 1, 10, new FeeExemption("x", "减三分之一", 33)).Quote!;

        Assert.Equal(67, quote.Total);
        Assert.Equal(33, quote.Reduction);
    }

    [Fact]
    public void Exemptions_AreNoneByDefault_AndAnUnknownCodeIsANamedError()
    {
        var (found, error) = FeeExemptionPolicy.None.Find("hardship");

        Assert.Null(found);
        Assert.Equal(FeeErrorKind.UnknownExemption, error!.Kind);
        Assert.Contains("未配置任何减免", error.MessageZh);
    }

    [Theory]
    [InlineData(FeeMethod.PerPiece, 0, 0, FeeErrorKind.CountNotPositive)]
    [InlineData(FeeMethod.PerPiece, 1, -1, FeeErrorKind.EarlierCountNegative)]
    [InlineData(FeeMethod.PerPage, 1_000_001, 0, FeeErrorKind.CountTooLarge)]
    public void BadCounts_AreNamedErrors(FeeMethod method, int count, int earlier, FeeErrorKind kind)
    {
        var result = ProcessingFee.Compute(method, count, earlier);

        Assert.False(result.IsValid);
        Assert.Equal(kind, Assert.Single(result.Errors).Kind);
    }
}
