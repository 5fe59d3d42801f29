using Gongkai.Core.Calendar;

namespace Gongkai.Core.Appeals;

public sealed record AppealAlreadyConcludedError(DateOnly ConcludedOn) : DomainError("appeal-already-concluded",
    $"该案件已于{ChineseDates.Format(ConcludedOn)}审结", $"the case was concluded on {ChineseDates.Iso(ConcludedOn)}");

/// <summary>Only a 纠正 decision orders the organ to answer again (report-format.md §4.3).</summary>
public sealed record NewAnswerNeedsCorrectedResultError(AppealDecision Decision) : DomainError("new-answer-needs-corrected-result",
    "只有结果为“纠正”的决定才会责令重新答复", $"only a decision counted as corrected orders a new answer ({Decision} is not)");

/// <summary>The new request is received the day the decision reaches the agency, so that day must be known.</summary>
public sealed record DecisionReceivedDateMissingError() : DomainError("decision-received-date-missing",
    "责令重新答复的，请填写决定书或裁判文书送达本机关的日期", "give the day the decision reached the agency");

public sealed record DecisionReceivedBeforeDecisionError(DateOnly ReceivedOn, DateOnly DecidedOn) : DomainError("decision-received-before-decision",
    $"决定送达日期（{ChineseDates.Format(ReceivedOn)}）早于作出决定的日期（{ChineseDates.Format(DecidedOn)}）",
    $"the decision cannot reach the agency ({ChineseDates.Iso(ReceivedOn)}) before it is made ({ChineseDates.Iso(DecidedOn)})");

/// <summary>A period set by the decision ends after the decision reached the agency.</summary>
public sealed record DecisionDueDateTooEarlyError(DateOnly DueDate, DateOnly ReceivedOn) : DomainError("decision-due-date-too-early",
    $"决定确定的答复期限（{ChineseDates.Format(DueDate)}）应晚于决定送达之日（{ChineseDates.Format(ReceivedOn)}）",
    $"the due date set by the decision ({ChineseDates.Iso(DueDate)}) must follow its receipt ({ChineseDates.Iso(ReceivedOn)})");
