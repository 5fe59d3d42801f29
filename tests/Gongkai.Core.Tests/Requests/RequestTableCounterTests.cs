using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Statistics;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>Table 三 from records (report-format.md §4.3) and the consistency rules it satisfies by construction (§6 R1–R3, R7).</summary>
public class RequestTableCounterTests
{
    private static RequestFacts F(ApplicantKind kind, string received, string? concluded = null, Outcome? outcome = null) =>
        new(kind, D(received), concluded is null ? null : D(concluded), outcome);

    [Fact]
    public void Count_PutsEachRequestInTheRowsOfItsDates_AndTheColumnOfItsApplicant()
    {
        var requests = new[]
        {
            F(ApplicantKind.NaturalPerson, "2022-12-20", "2023-01-10", Outcome.Disclosed),               // carried over, concluded
            F(ApplicantKind.NaturalPerson, "2023-03-06", "2023-03-21", Outcome.PartlyDisclosed),
            F(ApplicantKind.CommercialEnterprise, "2023-06-01", "2023-06-20", Outcome.CorrectionNotMade),
            F(ApplicantKind.LegalServiceAgency, "2023-12-28"),                                            // carried to next year
            F(ApplicantKind.ResearchInstitution, "2021-05-01", "2021-05-20", Outcome.NotHeld),           // another year only
            F(ApplicantKind.OtherOrganization, "2022-11-01", "2024-02-01", Outcome.WithheldThirdPartyRights),  // open all 2023
        };
        var t = RequestTableCounter.Count(requests, 2023);

        Assert.Equal(ReportFormat.F2021, t.Format);
        Assert.Equal(1, t["r1", "c1"]);
        Assert.Equal(1, t["r1", "c2"]);
        Assert.Equal(1, t["r1", "c5"]);
        Assert.Equal(3, t["r1", "c7"]);
        Assert.Equal(1, t["r2", "c1"]);
        Assert.Equal(1, t["r2", "c6"]);
        Assert.Equal(2, t["r2", "c7"]);
        Assert.Equal(1, t["r3.1", "c1"]);
        Assert.Equal(1, t["r3.2", "c1"]);
        Assert.Equal(1, t["r3.6.1", "c2"]);
        Assert.Equal(3, t["r3.7", "c7"]);
        Assert.Equal(1, t["r4", "c5"]);
        Assert.Equal(1, t["r4", "c6"]);
        Assert.Equal(2, t["r4", "c7"]);
        Assert.Equal(0, t["r3.4.1", "c3"]);
        Assert.Equal(25 * 7, t.Cells.Count);
    }

    [Fact]
    public void RequestConcludedOnFirstJanuary_IsCarriedOverIntoThatYear()
    {
        var t = RequestTableCounter.Count([F(ApplicantKind.NaturalPerson, "2022-12-30", "2023-01-01", Outcome.OtherEnding)], 2023);
        Assert.Equal(1, t["r2", "c1"]);
        Assert.Equal(1, t["r3.6.3", "c1"]);
        Assert.Equal(0, RequestTableCounter.Count([F(ApplicantKind.NaturalPerson, "2022-12-30", "2023-01-01", Outcome.OtherEnding)], 2022)["r3.7", "c1"]);
    }

    [Fact]
    public void TrialFormatYears_CountTheThreeOtherRowsAsOneRow()
    {
        var t = RequestTableCounter.Count([F(ApplicantKind.NaturalPerson, "2020-03-02", "2020-04-01", Outcome.FeeNotPaid)], 2020);
        Assert.Equal(ReportFormat.F2019, t.Format);
        Assert.Equal(1, t["r3.6", "c1"]);
        Assert.False(t.Cells.ContainsKey("t3.r3.6.2.c1"));
    }

    [Fact]
    public void Table_FillsEveryTableThreeCellOfAReport()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        RequestTableCounter.Count([F(ApplicantKind.NaturalPerson, "2023-03-06")], 2023).ApplyTo(report);
        Assert.All(report.Layout.Cells.Where(c => c.Table == ReportTable.Requests), c => Assert.NotNull(report.Number(c.Id)));
        Assert.Equal(1, report.RequestCount("r4", "c1"));
    }

    [Fact]
    public void Facts_ConcludedWithoutAnOutcome_AreABug()
    {
        Assert.Throws<ArgumentException>(() => new RequestFacts(ApplicantKind.NaturalPerson, D("2023-03-06"), D("2023-03-07"), null));
        Assert.Throws<ArgumentException>(() => new RequestFacts(ApplicantKind.NaturalPerson, D("2023-03-06"), D("2023-03-05"), Outcome.Disclosed));
    }

    [Property(MaxTest = 200)]
    public bool R1_InEveryColumn_NewPlusCarriedOverEqualsConcludedPlusCarriedForward(int seed, byte year)
    {
        var y = 2019 + year % 7;
        var t = RequestTableCounter.Count(RandomFacts(seed), y);
        return Columns.All(c => t["r1", c] + t["r2", c] == t["r3.7", c] + t["r4", c]);
    }

    [Property(MaxTest = 200)]
    public bool R2_InEveryRow_TheTotalColumnIsTheSumOfTheSixApplicantColumns(int seed, byte year)
    {
        var y = 2019 + year % 7;
        var t = RequestTableCounter.Count(RandomFacts(seed), y);
        var rows = ReportLayout.For(t.Format).RequestRows.Where(r => r.HasCells).Select(r => r.Id);
        return rows.All(r => t[r, "c7"] == Columns.Take(6).Sum(c => t[r, c]));
    }

    [Property(MaxTest = 200)]
    public bool R3_InEveryColumn_TheTotalRowIsTheSumOfTheOutcomeRows(int seed, byte year)
    {
        var y = 2019 + year % 7;
        var t = RequestTableCounter.Count(RandomFacts(seed), y);
        var outcomeRows = ReportLayout.For(t.Format).OutcomeRows.Select(r => r.Id).ToList();
        return Columns.All(c => t["r3.7", c] == outcomeRows.Sum(r => t[r, c]));
    }

    [Property(MaxTest = 200)]
    public bool R7_CarriedOverIntoAYear_EqualsCarriedForwardFromTheYearBefore(int seed, byte year)
    {
        var facts = RandomFacts(seed);
        var y = 2019 + year % 7;
        var now = RequestTableCounter.Count(facts, y);
        var before = RequestTableCounter.Count(facts, y - 1);
        return Columns.All(c => now["r2", c] == before["r4", c]);
    }

    [Property(MaxTest = 100)]
    public bool CountedReport_PassesTheArithmeticOfTheFormat_AsAWholeReport(int seed, byte year)
    {
        var y = 2021 + year % 5;
        var report = AnnualReport.Empty(ReportFormat.F2021);
        RequestTableCounter.Count(RandomFacts(seed), y).ApplyTo(report);
        decimal N(string row, string col) => report.RequestCount(row, col)!.Value;
        var outcomeRows = report.Layout.OutcomeRows.Select(r => r.Id).ToList();
        return Columns.All(c => N("r1", c) + N("r2", c) == N("r3.7", c) + N("r4", c)
                                && N("r3.7", c) == outcomeRows.Sum(r => N(r, c)));
    }

    private static readonly string[] Columns = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];

    internal static List<RequestFacts> RandomFacts(int seed)
    {
        var random = new Random(seed);
        var origin = new DateOnly(2017, 6, 1);
        var list = new List<RequestFacts>();
        for (var i = random.Next(0, 80); i > 0; i--)
        {
            var received = origin.AddDays(random.Next(0, 365 * 9));
            var open = random.Next(5) == 0;
            var concluded = open ? (DateOnly?)null : received.AddDays(random.Next(0, 120));
            var outcome = open ? (Outcome?)null : (Outcome)random.Next(Outcomes.All.Count);
            list.Add(new RequestFacts((ApplicantKind)random.Next(6), received, concluded, outcome));
        }
        return list;
    }
}
