using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Appeals;

/// <summary>
/// 重新答复: the instruction a 纠正 decision that orders a new answer produces (report-format.md §4.3, interpretation —
/// configurable by not acting on it). The new request is linked to <see cref="OriginalRequestId"/>, received on
/// <see cref="DecisionReceivedOn"/> (so counted in r1 of that year, in the original applicant's column) and due 20 working days
/// later — unless the decision set <see cref="DueDateSetByDecision"/>. The original request keeps its outcome.
/// Carry it out with <see cref="DisclosureRequest.Reopen"/>.
/// </summary>
public sealed record ReopenedRequest(RequestId OriginalRequestId, AppealCaseId AppealCaseId, DateOnly DecisionReceivedOn, DateOnly? DueDateSetByDecision);
