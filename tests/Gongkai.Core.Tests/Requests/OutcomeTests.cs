using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Tests.Requests;

/// <summary>The 21 outcomes are exactly the leaf rows of table 三, each with its ground.</summary>
public class OutcomeTests
{
    [Fact]
    public void Outcomes_AreExactlyTheTwentyOneLeafRowsOfTableThree_InOrder()
    {
        Assert.Equal(ReportLayout.F2021.OutcomeRows.Select(r => r.Id), Outcomes.All.Select(o => o.RowId));
        Assert.Equal(Enum.GetValues<Outcome>(), Outcomes.All.Select(o => o.Outcome));
    }

    [Fact]
    public void EveryOutcome_NamesItsArticleAndGround_AndTheVerbatimLabel()
    {
        Assert.All(Outcomes.All, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.ArticleZh));
            Assert.False(string.IsNullOrWhiteSpace(o.GroundZh));
            Assert.Equal(ReportLayout.F2021.RequestRow(o.RowId).Label, o.LabelZh);
            Assert.Equal(o.Outcome, Outcomes.FromRowId(o.RowId));
        });
        Assert.Equal("4.保护第三方合法权益", Outcome.WithheldThirdPartyRights.Info().LabelZh);
    }

    [Fact]
    public void InTheTrialFormat_TheThreeOtherEndings_ShareRowR36()
    {
        Assert.Equal("r3.6", Outcome.CorrectionNotMade.Info().RowIdIn(ReportFormat.F2019));
        Assert.Equal("r3.6", Outcome.OtherEnding.Info().RowIdIn(ReportFormat.F2019));
        Assert.Equal("r3.5.4", Outcome.ExcessiveRequests.Info().RowIdIn(ReportFormat.F2019));
        Assert.All(Outcomes.All, o => Assert.True(ReportLayout.F2019.RequestRow(o.RowIdIn(ReportFormat.F2019)).IsOutcome));
    }

    [Fact]
    public void OnlyTheThreeStepOutcomes_AreClosedToReplies()
    {
        Assert.Equal([Outcome.ExcessiveRequests, Outcome.CorrectionNotMade, Outcome.FeeNotPaid],
            Outcomes.All.Where(o => !o.ByReply).Select(o => o.Outcome));
    }
}
