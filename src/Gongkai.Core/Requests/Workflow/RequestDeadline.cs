using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>
/// The deadline of a request: the statutory reply deadline computed by <see cref="ReplyDeadlineEngine"/>, and the date that
/// actually binds when it differs — a later date set under 条例第三十五条, or the date a 纠正 decision set for a new answer.
/// </summary>
public sealed record RequestDeadline(ReplyDeadline Statutory, DateOnly? LaterDateUnderArticle35, ReopeningOrder? Reopening)
{
    /// <summary>The date set by the decision that ordered this new answer, when it set one.</summary>
    public DateOnly? DueDateSetByDecision => Reopening?.DueDateSetByDecision;

    /// <summary>The binding last day to reply; null while waiting for a correction.</summary>
    public DateOnly? DueDate => Statutory.DueDate is null ? null : LaterDateUnderArticle35 ?? DueDateSetByDecision ?? Statutory.DueDate;

    /// <summary>The engine's explanation, with a line for a reopened request's received date and for any date that overrides it.</summary>
    public IReadOnlyList<string> ExplanationZh
    {
        get
        {
            var lines = new List<string>();
            foreach (var step in Statutory.Steps)
            {
                // The engine words the received date by channel; a reopened request is received when the decision arrives.
                if (step.Kind == ExplanationStepKind.Received && Reopening is not null)
                    lines.Add($"复议决定或裁判责令重新答复，决定送达本机关之日（{ChineseDates.Format(Statutory.Input.Received)}）视为收到申请之日（report-format.md §4.3）");
                else
                    lines.Add(step.TextZh);
            }
            if (Statutory.DueDate is null) return lines;
            if (LaterDateUnderArticle35 is { } later)
                lines.Add($"申请数量、频次明显超过合理范围，申请人说明理由合理，本机关确定延迟答复的合理期限至{ChineseDates.Format(later)}（条例第三十五条）");
            else if (DueDateSetByDecision is { } set)
                lines.Add($"复议决定或裁判确定的答复期限至{ChineseDates.Format(set)}");
            return lines;
        }
    }
}
