using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Appeals;

/// <summary>The identity of an appeal case.</summary>
public readonly record struct AppealCaseId(Guid Value)
{
    public static AppealCaseId New() => new(Guid.NewGuid());
}

/// <summary>Which case, the legal date, when recorded and by whom.</summary>
public sealed record AppealEventStamp(AppealCaseId CaseId, DateOnly On, DateTimeOffset RecordedAt, string ActorId)
{
    internal static AppealEventStamp Of(AppealCaseId id, Acting acting) => new(id, acting.On, acting.At, acting.Actor.Id);
}

/// <summary>One step of an appeal case, for the audit log.</summary>
public abstract record AppealEvent(AppealEventStamp Stamp)
{
    public abstract string SummaryZh { get; }
}

/// <summary>立案: the case was filed (申请复议 / 起诉) on <see cref="AppealEventStamp.On"/>.</summary>
public sealed record AppealFiled(AppealEventStamp Stamp, AppealKind Kind, RequestId RequestId, string? CaseNumber) : AppealEvent(Stamp)
{
    public override string SummaryZh => $"{ChineseDates.Format(Stamp.On)}{Kind.LabelZh()}立案" + (CaseNumber is null ? "" : $"（{CaseNumber}）");
}

/// <summary>审结: decided on <see cref="AppealEventStamp.On"/>; <see cref="Result"/> is the table-四 result under the mapping then in force.</summary>
public sealed record AppealConcluded(
    AppealEventStamp Stamp, AppealDecision Decision, AppealResult Result, bool OrdersNewAnswer,
    DateOnly? DecisionReceivedOn, DateOnly? DueDateSetByDecision) : AppealEvent(Stamp)
{
    public override string SummaryZh => $"{ChineseDates.Format(Stamp.On)}审结：" + Result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        _ => "其他结果",
    } + (OrdersNewAnswer ? "，责令重新答复" : "");
}

public sealed record AppealStep(AppealEvent Event, ReopenedRequest? Reopen);

public sealed record FiledAppeal(AppealCase Case, AppealStep Step);

/// <summary>
/// 行政复议 / 行政诉讼 案件 caused by disclosure work (条例第五十一条), linked to the request it concerns: filed date, and once decided
/// the decision, its date and — for a 纠正 that orders a new answer — the <see cref="ReopenedRequest"/> instruction.
/// Its facts feed table 四 (<see cref="AppealTableCounter"/>).
/// </summary>
public sealed class AppealCase
{
    private readonly List<AppealEvent> _history = [];

    private AppealCase() { }

    public AppealCaseId Id { get; private set; }
    public AppealKind Kind { get; private set; }
    public RequestId RequestId { get; private set; }
    public string? CaseNumber { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public AppealDecision? Decision { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }
    public bool OrdersNewAnswer { get; private set; }
    public DateOnly? DecisionReceivedOn { get; private set; }
    public DateOnly? DueDateSetByDecision { get; private set; }
    public IReadOnlyList<AppealEvent> History => _history;

    /// <summary>The table-四 result (null = 尚未审结) under <paramref name="mapping"/>.</summary>
    public AppealResult? Result(AppealOutcomeMapping mapping) => Decision is { } d ? mapping.ResultOf(d) : null;

    public AppealFacts Facts(AppealOutcomeMapping mapping) => new(Kind, FiledOn, ConcludedOn, Result(mapping));

    /// <summary>
    /// Records a case filed on <see cref="Acting.On"/> about a request received on <paramref name="requestReceivedOn"/> (a case cannot
    /// precede the request it concerns).
    /// </summary>
    public static DomainResult<FiledAppeal> File(
        AppealCaseId id, AppealKind kind, RequestId requestId, DateOnly requestReceivedOn, string? caseNumber, Acting acting)
    {
        if (acting.On > acting.RecordedOn) return new EventDateInFutureError(acting.On, acting.RecordedOn);
        if (acting.On < requestReceivedOn) return new EventDateTooEarlyError(acting.On, requestReceivedOn, "所涉申请的收到申请之日");
        var c = new AppealCase();
        var e = new AppealFiled(AppealEventStamp.Of(id, acting), kind, requestId, string.IsNullOrWhiteSpace(caseNumber) ? null : caseNumber.Trim());
        c.Apply(e);
        return new FiledAppeal(c, new AppealStep(e, null));
    }

    /// <summary>
    /// 审结 on <see cref="Acting.On"/> (the decision date). When the decision orders a new answer it must count as 纠正, and the day it
    /// reached the agency is required: the step then carries the <see cref="ReopenedRequest"/> instruction.
    /// </summary>
    public DomainResult<AppealStep> Conclude(
        AppealDecision decision, bool ordersNewAnswer, DateOnly? decisionReceivedOn, DateOnly? dueDateSetByDecision,
        AppealOutcomeMapping mapping, Acting acting)
    {
        if (ConcludedOn is { } done) return new AppealAlreadyConcludedError(done);
        if (acting.On > acting.RecordedOn) return new EventDateInFutureError(acting.On, acting.RecordedOn);
        if (acting.On < FiledOn) return new EventDateTooEarlyError(acting.On, FiledOn, "立案之日");
        var result = mapping.ResultOf(decision);
        ReopenedRequest? reopen = null;
        if (ordersNewAnswer)
        {
            if (result != AppealResult.Corrected) return new NewAnswerNeedsCorrectedResultError(decision);
            if (decisionReceivedOn is not { } received) return new DecisionReceivedDateMissingError();
            if (received < acting.On) return new DecisionReceivedBeforeDecisionError(received, acting.On);
            if (received > acting.RecordedOn) return new EventDateInFutureError(received, acting.RecordedOn);
            if (dueDateSetByDecision is { } set && set <= received) return new DecisionDueDateTooEarlyError(set, received);
            reopen = new ReopenedRequest(RequestId, Id, received, dueDateSetByDecision);
        }
        var e = new AppealConcluded(AppealEventStamp.Of(Id, acting), decision, result, ordersNewAnswer,
            ordersNewAnswer ? decisionReceivedOn : null, ordersNewAnswer ? dueDateSetByDecision : null);
        Apply(e);
        return new AppealStep(e, reopen);
    }

    public static AppealCase FromHistory(IEnumerable<AppealEvent> history)
    {
        var c = new AppealCase();
        foreach (var e in history)
        {
            if (c._history.Count == 0 ? e is not AppealFiled : e is AppealFiled || e.Stamp.CaseId != c.Id)
                throw new ArgumentException("An appeal history starts with its filing and concerns one case.", nameof(history));
            c.Apply(e);
        }
        if (c._history.Count == 0) throw new ArgumentException("The history is empty.", nameof(history));
        return c;
    }

    private void Apply(AppealEvent e)
    {
        switch (e)
        {
            case AppealFiled f:
                Id = f.Stamp.CaseId;
                Kind = f.Kind;
                RequestId = f.RequestId;
                CaseNumber = f.CaseNumber;
                FiledOn = f.Stamp.On;
                break;
            case AppealConcluded c:
                Decision = c.Decision;
                ConcludedOn = c.Stamp.On;
                OrdersNewAnswer = c.OrdersNewAnswer;
                DecisionReceivedOn = c.DecisionReceivedOn;
                DueDateSetByDecision = c.DueDateSetByDecision;
                break;
        }
        _history.Add(e);
    }
}
