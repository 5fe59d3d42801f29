using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Statistics;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Requests;

/// <summary>Table 三 by SQL equals Core's reference count of the same records, and passes the report checks.</summary>
public abstract class RequestTableTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private static readonly Outcome[] ReplyOutcomes = [.. Outcomes.All.Where(o => o.ByReply && o.Outcome is not (Outcome.StillUnclearAfterCorrection or Outcome.RepeatedRequest)).Select(o => o.Outcome)];

    private static readonly ApplicantKind[] Kinds = Enum.GetValues<ApplicantKind>();

    [DatabaseFact]
    public async Task RandomHistories_GiveTheSameTableAsCoresCounter_AndPassEveryReportCheck()
    {
        var (_, agency) = await kit.AgencyAsync();
        var clerk = RequestTestKit.Everyone(agency);
        var random = new Random(20240130);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var form = RequestTestKit.PersonForm($"第{i}件申请");
            form.ApplicantKind = kind;
            if (kind.IsOrganization())
            {
                form.IdentityType = "credit-code";
                form.IdentityNumber = RequestTestKit.CreditCode("91110000" + random.Next(100_000_000, 999_999_999));
            }
            var received = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 700));
            var id = (await kit.RegisterAsync(clerk, new StaffIntake(ReceiptChannel.InPerson, received), form)).Value.Id;
            ids.Add(id);
            var concludeOn = received.AddDays(random.Next(0, 60));
            if (concludeOn > today) continue;
            switch (random.Next(4))
            {
                case 0:
                    break;
                case 1:
                    await kit.StepsAsync(clerk, id, new WithdrawRequest("撤回") { On = concludeOn });
                    break;
                default:
                    var outcome = ReplyOutcomes[random.Next(ReplyOutcomes.Length)];
                    await kit.StepsAsync(clerk, id,
                        new DraftReply(outcome, "依法答复", null) { On = concludeOn },
                        new ApproveReply(ReplyApprovalStep.ConfidentialityReview) { On = concludeOn },
                        new ApproveReply(ReplyApprovalStep.LeaderApproval) { On = concludeOn },
                        new ReleaseReply { On = concludeOn });
                    break;
            }
        }
        var facts = new List<RequestFacts>();
        foreach (var id in ids)
        {
            var detail = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(clerk, id))).Value;
            facts.Add(detail.Request.Facts!);
        }

        foreach (var year in new[] { 2022, 2023 })
        {
            var counted = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<AnnualReport>>(q => q.RequestTableAsync(clerk, agency, year))).Value;
            var reference = RequestTableCounter.Count(facts, year);

            Assert.All(reference.Cells, cell => Assert.Equal((decimal)cell.Value, counted.Number(cell.Key)));
            var previous = AnnualReport.Empty(ReportLayout.FormatForYear(year - 1));
            RequestTableCounter.Count(facts, year - 1).ApplyTo(previous);
            Assert.DoesNotContain(ReportChecks.Run(counted, previous), f => f.IsBlocking || f.RuleId is "R7");
        }
    }
}

public sealed class SqliteRequestTableTests(SqliteAppFixture app) : RequestTableTests<SqliteAppFixture>(app);

public sealed class PostgresRequestTableTests(PostgresAppFixture app) : RequestTableTests<PostgresAppFixture>(app);
