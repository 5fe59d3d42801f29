using Gongkai.Core.Appeals;

namespace Gongkai.Data.Appeals;

/// <summary>
/// 行政复议 / 行政诉讼案件 as stored: the state of a Core <see cref="AppealCase"/> of one agency, with who recorded each step.
/// <see cref="Result"/> is the table-四 result under the outcome mapping in force when the case was concluded, so a later change of
/// the mapping does not silently rewrite a published year.
/// </summary>
public sealed class AppealCaseRecord
{
    public const int MaxCaseNumberLength = 100;
    public const int MaxRequestNumberLength = 64;
    public const int MaxActorLength = 200;

    private AppealCaseRecord()
    {
    }

    public AppealCaseRecord(Guid agencyId, string requestNumber, DateOnly requestReceivedOn, AppealCase appeal)
    {
        var filed = (AppealFiled)appeal.History[0];
        Id = appeal.Id.Value;
        AgencyId = agencyId;
        Kind = appeal.Kind;
        RequestId = appeal.RequestId.Value;
        RequestNumber = requestNumber;
        RequestReceivedOn = requestReceivedOn;
        CaseNumber = appeal.CaseNumber;
        FiledOn = appeal.FiledOn;
        FiledRecordedAt = filed.Stamp.RecordedAt;
        FiledBy = filed.Stamp.ActorId;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public AppealKind Kind { get; private set; }

    /// <summary>The request the case concerns (a foreign key to the requests table).</summary>
    public Guid RequestId { get; private set; }

    /// <summary>The request's number as the agency knows it (e.g. 2024-0012), kept for lists and documents.</summary>
    public string RequestNumber { get; private set; } = "";

    /// <summary>The request's received date (a case cannot precede it).</summary>
    public DateOnly RequestReceivedOn { get; private set; }

    public string? CaseNumber { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public DateTimeOffset FiledRecordedAt { get; private set; }
    public string FiledBy { get; private set; } = "";

    public AppealDecision? Decision { get; private set; }
    public AppealResult? Result { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }
    public DateTimeOffset? ConcludedRecordedAt { get; private set; }
    public string? ConcludedBy { get; private set; }
    public bool OrdersNewAnswer { get; private set; }
    public DateOnly? DecisionReceivedOn { get; private set; }
    public DateOnly? DueDateSetByDecision { get; private set; }

    /// <summary>The Core case rebuilt from the stored steps.</summary>
    public AppealCase ToCase()
    {
        var id = new AppealCaseId(Id);
        var history = new List<AppealEvent>
        {
            new AppealFiled(new AppealEventStamp(id, FiledOn, FiledRecordedAt, FiledBy), Kind,
                new Gongkai.Core.Requests.Workflow.RequestId(RequestId), CaseNumber),
        };
        if (ConcludedOn is { } on && Decision is { } decision && Result is { } result)
            history.Add(new AppealConcluded(new AppealEventStamp(id, on, ConcludedRecordedAt ?? FiledRecordedAt, ConcludedBy ?? ""),
                decision, result, OrdersNewAnswer, DecisionReceivedOn, DueDateSetByDecision));
        return AppealCase.FromHistory(history);
    }

    /// <summary>Stores a conclusion Core accepted (<see cref="AppealCase.Conclude"/>).</summary>
    public void Record(AppealConcluded concluded)
    {
        Decision = concluded.Decision;
        Result = concluded.Result;
        ConcludedOn = concluded.Stamp.On;
        ConcludedRecordedAt = concluded.Stamp.RecordedAt;
        ConcludedBy = concluded.Stamp.ActorId;
        OrdersNewAnswer = concluded.OrdersNewAnswer;
        DecisionReceivedOn = concluded.DecisionReceivedOn;
        DueDateSetByDecision = concluded.DueDateSetByDecision;
    }

    public AppealFacts Facts => new(Kind, FiledOn, ConcludedOn, Result);
}
