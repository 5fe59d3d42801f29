using FsCheck.Xunit;
using Gongkai.Core.Appeals;
using Gongkai.Core.Reporting;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Appeals;

/// <summary>Table 四 counting rule (report-format.md §5): counted in Y when filed in Y or open on 1 January Y.</summary>
public class AppealTableCounterTests
{
    [Fact]
    public void CaseOpenAcrossTheYearEnd_CountsAsPendingThenWithItsResult()
    {
        var cases = new[]
        {
            new AppealFacts(AppealKind.Reconsideration, D("2022-11-10"), D("2023-02-01"), AppealResult.Corrected),
            new AppealFacts(AppealKind.Reconsideration, D("2023-03-01"), D("2023-05-01"), AppealResult.Upheld),
            new AppealFacts(AppealKind.LitigationDirect, D("2023-06-01"), null, null),
            new AppealFacts(AppealKind.LitigationAfterReconsideration, D("2023-08-01"), D("2024-01-15"), AppealResult.Other),
            new AppealFacts(AppealKind.Reconsideration, D("2021-01-05"), D("2021-03-01"), AppealResult.Upheld),
        };
        var y2022 = AppealTableCounter.Count(cases, 2022);
        Assert.Equal(1, y2022["a4"]);
        Assert.Equal(1, y2022["a5"]);
        Assert.Equal(0, y2022["a1"]);

        var y2023 = AppealTableCounter.Count(cases, 2023);
        Assert.Equal(1, y2023["a1"]);
        Assert.Equal(1, y2023["a2"]);
        Assert.Equal(2, y2023["a5"]);
        Assert.Equal(1, y2023["b4"]);
        Assert.Equal(1, y2023["b5"]);
        Assert.Equal(1, y2023["c4"]);
        Assert.Equal(15, y2023.Cells.Count);

        var y2024 = AppealTableCounter.Count(cases, 2024);
        Assert.Equal(1, y2024["b4"]);
        Assert.Equal(1, y2024["c3"]);
        Assert.Equal(0, y2024["a5"]);
    }

    [Fact]
    public void Table_FillsTheFifteenCellsOfAReport()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        AppealTableCounter.Count([new AppealFacts(AppealKind.LitigationDirect, D("2023-06-01"), null, null)], 2023).ApplyTo(report);
        Assert.Equal(1, report.AppealCount("b4"));
        Assert.Equal(1, report.AppealCount("b5"));
        Assert.Equal(0, report.AppealCount("a5"));
    }

    [Property(MaxTest = 200)]
    public bool R5_EachTotalIsTheSumOfItsFourOutcomes(int seed, byte year)
    {
        var t = AppealTableCounter.Count(RandomCases(seed), 2019 + year % 7);
        return "abc".All(g => t[$"{g}5"] == t[$"{g}1"] + t[$"{g}2"] + t[$"{g}3"] + t[$"{g}4"]);
    }

    [Property(MaxTest = 200)]
    public bool R9_EachTotalIsAtLeastLastYearsPending(int seed, byte year)
    {
        var cases = RandomCases(seed);
        var y = 2019 + year % 7;
        var now = AppealTableCounter.Count(cases, y);
        var before = AppealTableCounter.Count(cases, y - 1);
        return "abc".All(g => now[$"{g}5"] >= before[$"{g}4"]);
    }

    [Property(MaxTest = 200)]
    public bool PendingAtYearEnd_IsExactlyTheCasesStillOpenOn31December(int seed, byte year)
    {
        var cases = RandomCases(seed);
        var y = 2019 + year % 7;
        var end = new DateOnly(y, 12, 31);
        var t = AppealTableCounter.Count(cases, y);
        var open = cases.Count(c => c.Filed <= end && (c.Concluded is null || c.Concluded > end));
        return t["a4"] + t["b4"] + t["c4"] == open;
    }

    internal static List<AppealFacts> RandomCases(int seed)
    {
        var random = new Random(seed);
        var list = new List<AppealFacts>();
        var origin = new DateOnly(2018, 1, 1);
        for (var i = random.Next(0, 40); i > 0; i--)
        {
            var filed = origin.AddDays(random.Next(0, 365 * 8));
            var concluded = random.Next(4) == 0 ? (DateOnly?)null : filed.AddDays(random.Next(0, 500));
            list.Add(new AppealFacts((AppealKind)random.Next(3), filed, concluded, concluded is null ? null : (AppealResult)random.Next(3)));
        }
        return list;
    }
}
