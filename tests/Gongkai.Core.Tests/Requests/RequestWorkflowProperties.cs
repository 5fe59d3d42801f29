using FsCheck.Xunit;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Statistics;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Random walks through the workflow: random steps by random people on advancing dates, most of them refused. Whatever happens,
/// a request ends with at most one outcome, nothing follows its end, a refused step changes nothing, the history rebuilds the same
/// request, and the deadline engine accepts every state the steps allow.
/// </summary>
public class RequestWorkflowProperties
{
    private static readonly Actor Everyone = Actor.Staff("all-roles",
        StaffRole.Clerk | StaffRole.ConfidentialityReviewer | StaffRole.ApprovingLeader | StaffRole.DisclosureOfficeHead);

    private const int StepKinds = 36;

    /// <summary>Byte → step: the reply and fee steps get extra weight and withdrawal/discard less, so walks reach the later steps.</summary>
    private static int Kind(byte b, int i) => (b % StepKinds) switch
    {
        26 => 19,
        27 => 20,
        28 => 22,
        29 => 16,
        30 => 17,
        31 => 14,
        23 or 24 when i % 3 != 0 => 22,
        var k => k,
    };

    /// <summary>Runs the walk; returns the request and whether every invariant held after every step.</summary>
    private static (DisclosureRequest Request, bool Held) Walk(byte[] steps, ushort start, bool online)
    {
        var day = new DateOnly(2022, 1, 3).AddDays(start % 1000);
        var r = online ? SubmittedOnline(ChineseIso(day)) : Received(ChineseIso(day), rules: Rules with { ReplyApprovals = [ReplyApprovalStep.LeaderApproval] });
        var held = true;
        for (var i = 0; i < steps.Length; i++)
        {
            var b = steps[i];
            day = day.AddDays(b / StepKinds % 5);
            var actor = b % 7 == 0 ? Clerk : Everyone;
            var before = r.History.Count;
            IDomainResult result = Step(r, Kind(b, i), i, On(day, actor));
            held &= result.Succeeded ? r.History.Count == before + 1 : r.History.Count == before;
            held &= Invariants(r);
        }
        return (r, held);
    }

    private static string ChineseIso(DateOnly d) => Gongkai.Core.Calendar.ChineseDates.Iso(d);

    private static IDomainResult Step(DisclosureRequest r, int kind, int i, Acting a)
    {
        var n = r.Consultations.Count == 0 ? 1 : 1 + i % r.Consultations.Count;
        var outcome = (Outcome)(i * 7 % Outcomes.All.Count);
        return kind switch
        {
            0 => r.ConfirmReceipt(a),
            1 => r.RequestCorrection("请补正", 1 + i % 15, a),
            2 => r.ReceiveCorrectedApplication(Info(), i % 3 == 0 ? "正当理由" : null, a),
            3 => r.DeemWithdrawn(a),
            4 => r.SendConsultation(i % 2 == 0 ? ConsultedParty.ThirdParty : ConsultedParty.OtherAgency, "某方", a),
            5 => r.RecordConsultationDelivered(n, a),
            6 => r.RecordConsultationAnswer(n, ConsultationAnswer.Consents, a),
            7 => r.RecordConsultationExpired(n, a),
            8 => r.ApproveExtension(1 + i % 22, "检索量大", a),
            9 => r.NotifyExtension(a),
            10 => r.AskReasonsForBulkRequests("本月第35件", a),
            11 => r.FindBulkRequestsReasonable(i % 2 == 0 ? null : a.On.AddDays(60 + i), a),
            12 => r.FindBulkRequestsUnreasonable("理由不合理", a),
            13 => r.ProposeFee(i % 2 == 0 ? FeeMethod.PerPiece : FeeMethod.PerPage, 1 + i % 50, i % 20, null, a),
            14 => r.ApproveFee(a),
            15 => r.RejectFee("不同意", a),
            16 => r.SendFeeNotice(a),
            17 => r.RecordFeePaid(a),
            18 => r.RecordFeeNotPaidInTime(a),
            19 => r.DraftReply(new ReplyDraft(outcome, i % 4 == 0 ? null : "理由", i % 3 == 0 ? RequestId.New() : null), a),
            20 => r.ApproveReply(i % 2 == 0 ? ReplyApprovalStep.LeaderApproval : ReplyApprovalStep.ConfidentialityReview, a),
            21 => r.ReturnReply(ReplyApprovalStep.LeaderApproval, "请修改", a),
            22 => r.ReleaseReply(a),
            23 => r.Withdraw(null, a),
            24 => r.Discard("重复提交", a),
            32 => r.ReceiveBulkReasons("研究需要", a),
            33 => r.RecordBulkReasonsNotGiven(a),
            34 => r.FindBulkRequestRepeated(RequestId.New(), "所需信息相同", a),
            35 => r.AskReasonsForBulkRequests("本周第20件", a, i % 4),
            _ => r.RecordIdentityCheck("核对", a),
        };
    }

    private static bool Invariants(DisclosureRequest r)
    {
        var concluding = r.History.Select((e, i) => (e, i)).Where(x => x.e.Concludes is not null).ToList();
        if (concluding.Count > 1) return false;
        if (concluding.Count == 1 && concluding[0].i != r.History.Count - 1) return false;
        if ((r.Status == RequestStatus.Concluded) != (concluding.Count == 1)) return false;
        if (r.Outcome != concluding.Select(x => x.e.Concludes).FirstOrDefault()) return false;
        if (r.ReceivedOn is not null)
        {
            var deadline = r.Deadline();       // throws if the steps let through an input the engine rejects
            if (!deadline.Succeeded) return false;
            if (r.Status is RequestStatus.Open or RequestStatus.AwaitingCorrection
                && r.Status == RequestStatus.AwaitingCorrection != (deadline.Value.DueDate is null)) return false;
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool RandomSteps_AlwaysEndWithAtMostOneOutcome_AndKeepEveryInvariant(byte[] steps, ushort start, bool online)
    {
        return Walk(steps, start, online).Held;
    }

    [Property(MaxTest = 200)]
    public bool History_RebuildsTheSameRequest(byte[] steps, ushort start, bool online)
    {
        var (r, _) = Walk(steps, start, online);
        var copy = DisclosureRequest.FromHistory(r.History, r.Rules);
        return copy.Status == r.Status && Equals(copy.Facts, r.Facts) && copy.Information == r.Information
               && copy.Corrections.SequenceEqual(r.Corrections) && copy.Consultations.SequenceEqual(r.Consultations)
               && Equals(copy.Extension, r.Extension) && Equals(copy.Fee, r.Fee) && Equals(copy.BulkReview, r.BulkReview)
               && Equals(copy.Draft, r.Draft) && copy.DraftApprovals.SequenceEqual(r.DraftApprovals);
    }

    [Property(MaxTest = 200)]
    public bool ConcludedRequests_GiveFactsTheCounterAccepts_InTheirOutcomeRow(byte[] steps, ushort start)
    {
        var (r, _) = Walk(steps, start, false);
        if (r.Facts is not { Concluded: { } concluded } facts) return true;
        var table = RequestTableCounter.Count([facts], concluded.Year);
        return table[facts.Outcome!.Value.Info().RowIdIn(table.Format), r.Applicant.ColumnId] == 1 && table["r3.7", "c7"] == 1;
    }
}
