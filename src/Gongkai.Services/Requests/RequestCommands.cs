using System.Text.Json.Serialization;
using Gongkai.Core;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Services.Requests;

/// <summary>What the service looks up for a step before Core decides (the applicant's earlier 件 this month, a repeated request's id).</summary>
public sealed record StepContext(int EarlierPiecesThisMonth, RequestId? RepeatOf);

/// <summary>
/// 办理步骤: one staff step of the request workflow, as pages and the API send it. Each names the Core step it calls and the
/// role it needs; <see cref="On"/> is the legal date when the step is recorded after the fact (default: today, China time).
/// The rules are Core's: a command only passes its arguments on.
/// </summary>
public abstract record RequestCommand
{
    /// <summary>The legal date of the step (签收、发出、收到之日 …); null = today.</summary>
    public DateOnly? On { get; init; }

    /// <summary>The kebab-case name used in URLs (<c>/api/v1/requests/{id}/steps/{name}</c>) and forms.</summary>
    [JsonIgnore]
    public string Name => RequestCommands.NameOf(GetType());

    /// <summary>The role an account must hold for the step.</summary>
    [JsonIgnore]
    public virtual StaffRole RequiredRole => StaffRole.Clerk;

    internal abstract DomainResult<RequestStep> Execute(DisclosureRequest request, Acting acting, StepContext context);
}

/// <summary>确认收到 (条例第三十一条).</summary>
public sealed record ConfirmReceipt : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ConfirmReceipt(a);
}

/// <summary>作废 a submission never received (double submission, spam).</summary>
public sealed record DiscardSubmission(string? Reason) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.Discard(Reason ?? "", a);
}

/// <summary>人工核验身份证明.</summary>
public sealed record RecordIdentityCheck(string? Note) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordIdentityCheck(Note ?? "", a);
}

/// <summary>告知补正 (条例第三十条).</summary>
public sealed record RequestCorrection(string? Items, int? PeriodWorkingDays) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RequestCorrection(Items ?? "", PeriodWorkingDays, a);
}

/// <summary>收到补正后的申请 (a letter or visit; online corrections come through the status page).</summary>
public sealed record ReceiveCorrection(
    string? Title, string? DocumentNumber, string? Description, InformationForm? Form, DeliveryMethod? Delivery, string? LateReason) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c)
    {
        var form = new RequestForm { Title = Title, DocumentNumber = DocumentNumber, Description = Description, Form = Form, Delivery = Delivery };
        var info = form.InformationOnly();
        return info.Succeeded ? r.ReceiveCorrectedApplication(info.Value, LateReason, a) : DomainResult<RequestStep>.Failure(info.Errors);
    }
}

/// <summary>视为放弃申请 (条例第三十条).</summary>
public sealed record DeemWithdrawn : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.DeemWithdrawn(a);
}

/// <summary>书面征求意见 (条例第三十二条、第三十四条).</summary>
public sealed record SendConsultation(ConsultedParty Party, string? PartyName) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.SendConsultation(Party, PartyName ?? "", a);
}

public sealed record RecordConsultationDelivered(int Number) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordConsultationDelivered(Number, a);
}

public sealed record RecordConsultationAnswer(int Number, ConsultationAnswer Answer) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordConsultationAnswer(Number, Answer, a);
}

public sealed record RecordConsultationExpired(int Number) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordConsultationExpired(Number, a);
}

/// <summary>延期答复, approved by the head of the disclosure office (条例第三十三条第二款).</summary>
public sealed record ApproveExtension(int WorkingDays, string? Reason) : RequestCommand
{
    public override StaffRole RequiredRole => StaffRole.DisclosureOfficeHead;
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ApproveExtension(WorkingDays, Reason ?? "", a);
}

public sealed record NotifyExtension : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.NotifyExtension(a);
}

/// <summary>要求说明理由 (条例第三十五条), within a period (working days; default from the rules).</summary>
public sealed record AskReasonsForBulkRequests(string? Evidence, int? PeriodWorkingDays = null) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.AskReasonsForBulkRequests(Evidence ?? "", a, PeriodWorkingDays);
}

/// <summary>收到申请人说明的理由 (a letter or visit; applicants can also answer on the status page).</summary>
public sealed record ReceiveBulkReasons(string? Reasons) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ReceiveBulkReasons(Reasons ?? "", a);
}

/// <summary>说明理由的期限届满，申请人未说明理由.</summary>
public sealed record RecordBulkReasonsNotGiven : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordBulkReasonsNotGiven(a);
}

/// <summary>认定为重复申请 (条例第三十六条第六项) in the 第三十五条 review; the earlier request by its number.</summary>
public sealed record FindBulkRequestRepeated(string? RepeatOfNumber, string? Reasons) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) =>
        c.RepeatOf is { } earlier ? r.FindBulkRequestRepeated(earlier, Reasons ?? "", a) : new RepeatedRequestReferenceMissingError();
}

public sealed record FindBulkRequestsReasonable(DateOnly? LaterReplyDate) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.FindBulkRequestsReasonable(LaterReplyDate, a);
}

public sealed record FindBulkRequestsUnreasonable(string? Reasons) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.FindBulkRequestsUnreasonable(Reasons ?? "", a);
}

/// <summary>拟收取信息处理费: the applicant's earlier 件 this month are counted from the records (办法第四条).</summary>
public sealed record ProposeFee(FeeMethod Method, int Count) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) =>
        r.ProposeFee(Method, Count, Method == FeeMethod.PerPiece ? c.EarlierPiecesThisMonth : 0, null, a);
}

public sealed record ApproveFee : RequestCommand
{
    public override StaffRole RequiredRole => StaffRole.ApprovingLeader;
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ApproveFee(a);
}

public sealed record RejectFee(string? Reason) : RequestCommand
{
    public override StaffRole RequiredRole => StaffRole.ApprovingLeader;
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RejectFee(Reason ?? "", a);
}

public sealed record SendFeeNotice : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.SendFeeNotice(a);
}

public sealed record RecordFeePaid : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordFeePaid(a);
}

public sealed record RecordFeeNotPaidInTime : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.RecordFeeNotPaidInTime(a);
}

/// <summary>拟定答复: the outcome (a row of table 三) and reasons; a 重复申请 names the earlier request's number.</summary>
public sealed record DraftReply(Outcome Outcome, string? Reasons, string? RepeatOfNumber) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) =>
        r.DraftReply(new ReplyDraft(Outcome, Reasons, c.RepeatOf), a);
}

/// <summary>保密审查 or 分管领导审批 of the current draft, by the role of the step.</summary>
public sealed record ApproveReply(ReplyApprovalStep Step) : RequestCommand
{
    public override StaffRole RequiredRole => Step.RequiredRole();
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ApproveReply(Step, a);
}

public sealed record ReturnReply(ReplyApprovalStep Step, string? Reason) : RequestCommand
{
    public override StaffRole RequiredRole => Step.RequiredRole();
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ReturnReply(Step, Reason ?? "", a);
}

/// <summary>作出答复: releases the approved reply; its letter becomes available to the applicant.</summary>
public sealed record ReleaseReply : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.ReleaseReply(a);
}

/// <summary>申请人撤回 (recorded by a clerk from a letter or visit; applicants can also withdraw on the status page).</summary>
public sealed record WithdrawRequest(string? Reason) : RequestCommand
{
    internal override DomainResult<RequestStep> Execute(DisclosureRequest r, Acting a, StepContext c) => r.Withdraw(Reason, a);
}

public static class RequestCommands
{
    private static readonly Dictionary<string, Type> ByName = typeof(RequestCommand).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(RequestCommand)) && !t.IsAbstract)
        .ToDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>Every step name, e.g. confirm-receipt, request-correction.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static Type? TypeOf(string name) => ByName.GetValueOrDefault(name);

    /// <summary>ConfirmReceipt → confirm-receipt.</summary>
    public static string NameOf(Type type) =>
        string.Concat(type.Name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
