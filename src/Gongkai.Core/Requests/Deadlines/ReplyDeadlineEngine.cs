using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests.Deadlines;

/// <summary>The deadline, or why the events given cannot be computed.</summary>
public sealed record ReplyDeadlineResult(ReplyDeadline? Deadline, IReadOnlyList<DeadlineInputError> Errors)
{
    public bool IsValid => Deadline is not null;
}

/// <summary>
/// 答复期限计算: computes the reply deadline of a disclosure request (条例第三十条至第三十四条) from its received date and events.
/// <code>
/// due = the day on which, counting working days after the start, 20 + extension days have been counted,
///       skipping the working days of excluded spans (consultations, fee notice)
/// start = received date, or the day the corrected application was received (补正 restarts the clock)
/// </code>
/// A span excludes the working days d with sent &lt; d ≤ end; only days after the start and before the period ran out count,
/// so an excluded span can neither reach back before a restart nor revive a period that had already run out.
/// </summary>
public static class ReplyDeadlineEngine
{
    public static ReplyDeadlineResult Compute(ReplyDeadlineInput input, WorkingDayCalendar calendar, DeadlineConventions? conventions = null)
    {
        var conv = conventions ?? DeadlineConventions.Default;
        var errors = Validate(input);
        if (errors.Count > 0) return new ReplyDeadlineResult(null, errors);
        return new ReplyDeadlineResult(new Computation(input, calendar, conv).Run(), []);
    }

    private static List<DeadlineInputError> Validate(ReplyDeadlineInput input)
    {
        var errors = new List<DeadlineInputError>();
        var received = input.Received;
        string Iso(DateOnly d) => ChineseDates.Iso(d);

        if (input.Arrived is { } arrived && arrived > received)
            errors.Add(new(DeadlineInputErrorKind.ArrivedAfterReceived,
                $"申请到达日期（{Iso(arrived)}）晚于收到申请之日（{Iso(received)}）",
                $"the arrival date {Iso(arrived)} is after the received date {Iso(received)}"));

        DateOnly? previousEnd = received;
        for (var i = 0; i < input.Corrections.Count; i++)
        {
            var round = input.Corrections[i];
            if (round.NoticeSent < received)
                errors.Add(new(DeadlineInputErrorKind.CorrectionNoticeBeforeReceived,
                    $"补正告知日期（{Iso(round.NoticeSent)}）早于收到申请之日（{Iso(received)}）",
                    $"the correction notice {Iso(round.NoticeSent)} is before the received date {Iso(received)}"));
            else if (previousEnd is null || round.NoticeSent < previousEnd)
                errors.Add(new(DeadlineInputErrorKind.CorrectionRoundsOutOfOrder,
                    $"第{i + 1}次补正告知（{Iso(round.NoticeSent)}）早于上一次补正申请的收到日期",
                    $"correction notice {i + 1} ({Iso(round.NoticeSent)}) precedes the receipt of the previous correction"));
            if (round.CorrectedReceived is { } corrected && corrected < round.NoticeSent)
                errors.Add(new(DeadlineInputErrorKind.CorrectedBeforeNotice,
                    $"收到补正申请日期（{Iso(corrected)}）早于补正告知日期（{Iso(round.NoticeSent)}）",
                    $"the corrected application {Iso(corrected)} is dated before the notice {Iso(round.NoticeSent)}"));
            if (round.PeriodWorkingDays is < 1)
                errors.Add(new(DeadlineInputErrorKind.CorrectionPeriodNotPositive,
                    $"补正期限应至少为1个工作日，实际为{round.PeriodWorkingDays}",
                    $"the correction period must be at least 1 working day, got {round.PeriodWorkingDays}"));
            previousEnd = round.CorrectedReceived;
        }

        foreach (var c in input.Consultations)
        {
            if (c.Sent < received)
                errors.Add(new(DeadlineInputErrorKind.ConsultationBeforeReceived,
                    $"征求意见日期（{Iso(c.Sent)}）早于收到申请之日（{Iso(received)}）",
                    $"the consultation {Iso(c.Sent)} is before the received date {Iso(received)}"));
            if (c.Delivered is { } delivered && delivered < c.Sent)
                errors.Add(new(DeadlineInputErrorKind.DeliveredBeforeConsultation,
                    $"征求意见书送达日期（{Iso(delivered)}）早于发出日期（{Iso(c.Sent)}）",
                    $"the consultation was delivered ({Iso(delivered)}) before it was sent ({Iso(c.Sent)})"));
            if (c.Answered is { } answered && answered < c.Sent)
                errors.Add(new(DeadlineInputErrorKind.AnswerBeforeConsultation,
                    $"答复意见日期（{Iso(answered)}）早于征求意见日期（{Iso(c.Sent)}）",
                    $"the answer {Iso(answered)} is dated before the consultation {Iso(c.Sent)}"));
        }

        if (input.Extension is { } ext && (ext.WorkingDays < 1 || ext.WorkingDays > Statute.MaxExtensionWorkingDays))
            errors.Add(new(DeadlineInputErrorKind.ExtensionOutOfRange,
                $"延长期限应为1至{Statute.MaxExtensionWorkingDays}个工作日（条例第三十三条第二款），实际为{ext.WorkingDays}",
                $"an extension is 1 to {Statute.MaxExtensionWorkingDays} working days (Art 33), got {ext.WorkingDays}"));

        foreach (var f in input.FeeNotices)
        {
            if (f.Sent < received)
                errors.Add(new(DeadlineInputErrorKind.FeeNoticeBeforeReceived,
                    $"收费通知日期（{Iso(f.Sent)}）早于收到申请之日（{Iso(received)}）",
                    $"the fee notice {Iso(f.Sent)} is before the received date {Iso(received)}"));
            if (f.Paid is { } paid && paid < f.Sent)
                errors.Add(new(DeadlineInputErrorKind.PaidBeforeFeeNotice,
                    $"缴费日期（{Iso(paid)}）早于收费通知日期（{Iso(f.Sent)}）",
                    $"the payment {Iso(paid)} is dated before the fee notice {Iso(f.Sent)}"));
        }
        return errors;
    }

    /// <summary>A span before it is walked: its kind, bounds and whether the conventions let it pause the clock.</summary>
    private sealed record PendingSpan(ExcludedSpanKind Kind, DateOnly Start, DateOnly End, SpanEndReason EndReason, bool Pauses, DateOnly? LateAnswer = null);

    private sealed class Computation(ReplyDeadlineInput input, WorkingDayCalendar calendar, DeadlineConventions conv)
    {
        private readonly List<ExplanationStep> _steps = [];
        private readonly List<DeadlineWarning> _warnings = [];
        private readonly SortedSet<int> _provisional = [];

        public ReplyDeadline Run()
        {
            var received = input.Received;
            _steps.Add(new(ExplanationStepKind.Received, input.Channel.ReceivedRuleZh(F(received))));
            CheckReceipt();

            var noticeDue = Add(received, Statute.CorrectionNoticeWorkingDays);
            var (start, restarted, correctionDue) = ApplyCorrections(noticeDue);

            if (start is null)
            {
                return Build(ReplyClockState.AwaitingCorrection, null, false, null, 0, 0, [], new HashSet<DateOnly>(), noticeDue, correctionDue,
                    $"已于{F(input.Corrections[^1].NoticeSent)}告知补正，等待申请人补正；收到补正后的申请之日起重新计算20个工作日");
            }

            var anchor = start.Value;
            var extension = input.Extension?.WorkingDays ?? 0;
            var period = Statute.ReplyWorkingDays + extension;
            var pending = PendingSpans();

            var unextended = Walk(anchor, Statute.ReplyWorkingDays, pending);
            var walk = extension > 0 ? Walk(anchor, period, pending) : unextended;
            var due = walk.Due;
            NoteProvisional(received, due);

            var anchorWhat = restarted ? "收到补正申请之日" : "收到申请之日";
            _steps.Add(new(ExplanationStepKind.Start,
                $"自{F(anchor)}{anchorWhat}起算{Statute.ReplyWorkingDays}个工作日（条例第三十三条第二款）；"
                + (conv.CountReceiptDay ? "按设置，当日计入" : "当日不计入，自次日起算（民法典第二百零一条）")));
            // The last day that is not part of the period: spans ending on or before it cannot lengthen the period.
            var walkFrom = conv.CountReceiptDay ? anchor.AddDays(-1) : anchor;
            DescribeSchedule(walkFrom, due);

            var spans = new List<ExcludedSpan>();
            var summary = new List<string> { $"自{F(anchor)}{anchorWhat}起算{Statute.ReplyWorkingDays}个工作日" };
            foreach (var (span, index) in pending.Select((s, i) => (s, i)))
            {
                var excluded = walk.PerSpan[index];
                var applied = span.Pauses && span.Start < due && span.End > walkFrom;
                spans.Add(new ExcludedSpan(span.Kind, span.Start, span.End, span.EndReason, applied ? excluded : 0, applied));
                DescribeSpan(span, anchor, walkFrom, due, applied, excluded, summary);
            }
            if (walk.OverlapDays > 0)
            {
                _steps.Add(new(ExplanationStepKind.ExcludedSpan, $"上述期间重叠的工作日按设置分别计算，另计{walk.OverlapDays}个工作日不计入"));
                summary.Add($"重叠期间另计{walk.OverlapDays}个工作日不计入");
            }
            else if (walk.SharedDays > 0)
            {
                _steps.Add(new(ExplanationStepKind.ExcludedSpan, $"上述期间有{walk.SharedDays}个工作日重叠，只计一次"));
                summary.Add($"重叠的{walk.SharedDays}个工作日只计一次");
            }

            if (extension > 0)
            {
                _steps.Add(new(ExplanationStepKind.Extension,
                    $"经政府信息公开工作机构负责人同意并告知申请人，延长答复期限{extension}个工作日（条例第三十三条第二款）"
                    + (input.Extension!.Approved is { } approved ? $"，{F(approved)}批准" : "")));
                summary.Add($"经批准延长{extension}个工作日");
                if (input.Extension.Approved is { } approvedOn && approvedOn > unextended.Due)
                    Warn(DeadlineWarningKind.ExtensionApprovedLate,
                        $"延期于{F(approvedOn)}批准，晚于原答复期限届满日{F(unextended.Due)}；延期应在答复期限内决定并告知申请人",
                        $"the extension was approved on {ChineseDates.Iso(approvedOn)}, after the original due date {ChineseDates.Iso(unextended.Due)}");
            }

            summary.Add($"至{F(due)}届满");
            var summaryText = string.Join("；", summary);
            return Build(ReplyClockState.Running, anchor, restarted, due, period, walk.ExcludedTotal, spans, walk.Paused, noticeDue,
                null, summaryText);
        }

        private ReplyDeadline Build(ReplyClockState state, DateOnly? start, bool restarted, DateOnly? due, int period, int excluded,
            IReadOnlyList<ExcludedSpan> spans, IReadOnlySet<DateOnly> paused, DateOnly noticeDue, DateOnly? correctionDue, string summary)
        {
            if (_provisional.Count > 0)
            {
                var years = string.Join("、", _provisional.Select(y => $"{y}年"));
                var text = $"日历尚未载入{years}的节假日安排，该年按星期六、星期日休息推算，结果为暂定；载入后将重新计算";
                _steps.Add(new(ExplanationStepKind.Provisional, text));
                _warnings.Add(new DeadlineWarning(DeadlineWarningKind.ProvisionalCalendar, text,
                    $"the calendar has no holiday schedule for {string.Join(", ", _provisional)}; counted on weekends only, the result is provisional"));
                summary += $"（暂定：日历未载入{years}节假日安排）";
            }
            if (due is { } d)
                _steps.Add(new(ExplanationStepKind.Result, $"答复期限届满日为{F(d)}（{ChineseDates.Weekday(d)}）" + (_provisional.Count > 0 ? "（暂定）" : "")));
            _steps.Add(new(ExplanationStepKind.CalendarVersion, $"所用日历版本：{calendar.Version}"));

            return new ReplyDeadline(calendar, paused)
            {
                Input = input,
                State = state,
                Start = start,
                RestartedByCorrection = restarted,
                DueDate = due,
                PeriodWorkingDays = period,
                ExtensionWorkingDays = input.Extension?.WorkingDays ?? 0,
                ExcludedWorkingDays = excluded,
                ExcludedSpans = spans,
                CorrectionNoticeDue = noticeDue,
                CorrectionDue = correctionDue,
                CalendarVersion = calendar.Version,
                ProvisionalYears = _provisional.ToList(),
                Conventions = conv,
                Warnings = _warnings,
                Steps = _steps,
                Summary = summary,
            };
        }

        private void CheckReceipt()
        {
            var received = input.Received;
            if (received < Statute.RegulationInForce)
                Warn(DeadlineWarningKind.BeforeRegulationInForce,
                    $"收到申请之日早于现行条例施行日{F(Statute.RegulationInForce)}，本计算按现行条例进行，应核对当时适用的期限",
                    $"the received date is before {ChineseDates.Iso(Statute.RegulationInForce)}, when the current regulation took effect");

            if (input.Arrived is not { } arrived || arrived == received) return;
            switch (input.Channel)
            {
                case ReceiptChannel.Letter:
                    Warn(DeadlineWarningKind.ReceivedDateDiffersFromArrival,
                        $"平常信函于{F(arrived)}到达，应当于收到当日与申请人确认（条例第三十一条第二项），实际确认日为{F(received)}",
                        $"the letter arrived on {ChineseDates.Iso(arrived)} but was confirmed only on {ChineseDates.Iso(received)}; Art 31 asks for confirmation the same day");
                    break;
                case ReceiptChannel.InPerson or ReceiptChannel.Post:
                    Warn(DeadlineWarningKind.ReceivedDateDiffersFromArrival,
                        $"{input.Channel.LabelZh()}的申请以提交或签收之日为收到申请之日，到达日期{F(arrived)}与收到申请之日{F(received)}不一致，请核对",
                        $"for {input.Channel.Keyword()} the received date is the arrival date; {ChineseDates.Iso(arrived)} and {ChineseDates.Iso(received)} differ");
                    break;
                default:
                    _steps.Add(new(ExplanationStepKind.Received, $"申请于{F(arrived)}提交，{F(received)}双方确认"));
                    break;
            }
        }

        private (DateOnly? Start, bool Restarted, DateOnly? CorrectionDue) ApplyCorrections(DateOnly noticeDue)
        {
            if (input.Corrections.Count == 0) return (input.Received, false, null);

            for (var i = 0; i < input.Corrections.Count; i++)
            {
                var round = input.Corrections[i];
                if (i == 0)
                {
                    _steps.Add(new(ExplanationStepKind.Correction,
                        $"{F(round.NoticeSent)}一次性告知申请人补正（条例第三十条：应自收到申请之日起{Statute.CorrectionNoticeWorkingDays}个工作日内告知，即不晚于{F(noticeDue)}）"));
                    if (round.NoticeSent > noticeDue)
                    {
                        var late = calendar.CountWorkingDays(noticeDue, round.NoticeSent);
                        Warn(DeadlineWarningKind.CorrectionNoticeLate,
                            $"补正告知晚于{F(noticeDue)}（收到申请之日起{Statute.CorrectionNoticeWorkingDays}个工作日）{late}个工作日，不符合条例第三十条；告知仍予记录",
                            $"the correction notice was sent {late} working day(s) after the 7-working-day limit ({ChineseDates.Iso(noticeDue)})");
                    }
                }
                else
                {
                    _steps.Add(new(ExplanationStepKind.Correction, $"{F(round.NoticeSent)}第{i + 1}次告知补正"));
                    Warn(DeadlineWarningKind.RepeatedCorrection,
                        $"第{i + 1}次告知补正：条例第三十条要求一次性告知补正事项",
                        $"correction round {i + 1}: Art 30 asks for a single notice listing everything to correct");
                }

                var periodDays = round.PeriodWorkingDays ?? conv.DefaultCorrectionPeriodWorkingDays;
                var periodEnd = Add(round.NoticeSent, periodDays);
                NoteProvisional(round.NoticeSent, periodEnd);
                _steps.Add(new(ExplanationStepKind.Correction,
                    $"补正期限{periodDays}个工作日，至{F(periodEnd)}" + (round.PeriodWorkingDays is null ? "（默认期限）" : "")));

                if (round.CorrectedReceived is not { } corrected)
                    return (null, false, periodEnd);

                _steps.Add(new(ExplanationStepKind.Correction, $"{F(corrected)}收到补正后的申请，答复期限自该日重新计算（条例第三十条）"));
                if (corrected > periodEnd)
                    Warn(DeadlineWarningKind.CorrectionAfterPeriod,
                        $"补正后的申请于{F(corrected)}收到，晚于补正期限{F(periodEnd)}；申请人无正当理由逾期不补正的，视为放弃申请（条例第三十条）",
                        $"the corrected application arrived on {ChineseDates.Iso(corrected)}, after the correction period ended on {ChineseDates.Iso(periodEnd)}");
            }
            return (input.Corrections[^1].CorrectedReceived, true, null);
        }

        private List<PendingSpan> PendingSpans()
        {
            var spans = new List<PendingSpan>();
            foreach (var c in input.Consultations)
            {
                var kind = c.Party == ConsultedParty.ThirdParty ? ExcludedSpanKind.ThirdPartyConsultation : ExcludedSpanKind.OtherAgencyConsultation;
                var limitDays = c.Party == ConsultedParty.ThirdParty ? Statute.ThirdPartyAnswerWorkingDays : Statute.OtherAgencyAnswerWorkingDays;
                var limit = Add(c.Delivered ?? c.Sent, limitDays);
                if (c.Answered is not { } answered)
                    spans.Add(new(kind, c.Sent, limit, SpanEndReason.AnswerLimit, true));
                else if (answered > limit && conv.ConsultationCappedAtLimit)
                    spans.Add(new(kind, c.Sent, limit, SpanEndReason.AnsweredLateCappedAtLimit, true, answered));
                else
                    spans.Add(new(kind, c.Sent, answered, SpanEndReason.Answered, true));
            }
            foreach (var f in input.FeeNotices)
            {
                var limit = Add(f.Sent, Statute.FeePaymentWorkingDays);
                spans.Add(f.Paid is { } paid
                    ? new(ExcludedSpanKind.FeeNotice, f.Sent, paid, SpanEndReason.Paid, conv.FeeNoticePausesReplyPeriod)
                    : new(ExcludedSpanKind.FeeNotice, f.Sent, limit, SpanEndReason.PaymentLimit, conv.FeeNoticePausesReplyPeriod));
                if (f.Paid is { } paidOn && paidOn > limit)
                    Warn(DeadlineWarningKind.PaidAfterPaymentPeriod,
                        $"费用于{F(paidOn)}缴纳，晚于缴费期限{F(limit)}（收费通知次日起{Statute.FeePaymentWorkingDays}个工作日）",
                        $"the fee was paid on {ChineseDates.Iso(paidOn)}, after the payment period ended on {ChineseDates.Iso(limit)}");
            }
            return spans;
        }

        private sealed record WalkResult(DateOnly Due, int[] PerSpan, int ExcludedTotal, int OverlapDays, int SharedDays, IReadOnlySet<DateOnly> Paused);

        /// <summary>Counts <paramref name="total"/> working days after the start, skipping the days the spans pause.</summary>
        private WalkResult Walk(DateOnly anchor, int total, IReadOnlyList<PendingSpan> spans)
        {
            var perSpan = new int[spans.Count];
            var paused = new HashSet<DateOnly>();
            int counted = 0, debt = 0, overlap = 0, shared = 0, excluded = 0;
            var d = conv.CountReceiptDay ? anchor.AddDays(-1) : anchor;
            while (counted < total)
            {
                d = d.AddDays(1);
                if (!calendar.IsWorkingDay(d)) continue;
                var covering = 0;
                for (var i = 0; i < spans.Count; i++)
                {
                    var s = spans[i];
                    if (!s.Pauses || d <= s.Start || d > s.End) continue;
                    covering++;
                    perSpan[i]++;
                }
                if (covering > 0)
                {
                    paused.Add(d);
                    excluded++;
                    if (covering > 1)
                    {
                        if (conv.OverlappingSpansCountedOnce) shared++;
                        else debt += covering - 1;
                    }
                    continue;
                }
                if (debt > 0)
                {
                    debt--;
                    overlap++;
                    excluded++;
                    paused.Add(d);
                    continue;
                }
                counted++;
            }
            return new WalkResult(d, perSpan, excluded, overlap, shared, paused);
        }

        private void DescribeSpan(PendingSpan span, DateOnly anchor, DateOnly walkFrom, DateOnly due, bool applied, int excluded, List<string> summary)
        {
            var label = span.Kind switch
            {
                ExcludedSpanKind.ThirdPartyConsultation => "征求第三方意见",
                ExcludedSpanKind.OtherAgencyConsultation => "征求其他机关意见",
                _ => "收费通知",
            };
            var article = span.Kind switch
            {
                ExcludedSpanKind.ThirdPartyConsultation => "条例第三十二条、第三十三条第三款",
                ExcludedSpanKind.OtherAgencyConsultation => "条例第三十四条、第三十三条第三款",
                _ => "收费通知期间暂停计算，系本系统默认口径",
            };
            var limitDays = span.Kind == ExcludedSpanKind.OtherAgencyConsultation ? Statute.OtherAgencyAnswerWorkingDays : Statute.ThirdPartyAnswerWorkingDays;
            var end = span.EndReason switch
            {
                SpanEndReason.Answered => $"{F(span.End)}收到答复",
                SpanEndReason.AnswerLimit => $"尚未答复，按{limitDays}个工作日答复期限推算至{F(span.End)}",
                SpanEndReason.AnsweredLateCappedAtLimit => $"逾期答复，只计至{limitDays}个工作日答复期限届满日{F(span.End)}",
                SpanEndReason.Paid => $"{F(span.End)}缴费",
                _ => $"尚未缴费，按{Statute.FeePaymentWorkingDays}个工作日缴费期限推算至{F(span.End)}；逾期未缴费的视为放弃申请",
            };
            var label2 = span.Kind == ExcludedSpanKind.FeeNotice ? "收费通知至缴费期间" : $"{label}期间";
            var head = $"{label}（{F(span.Start)}发出，{end}）";

            if (span.EndReason == SpanEndReason.AnsweredLateCappedAtLimit)
            {
                var answered = span.LateAnswer!.Value;
                Warn(DeadlineWarningKind.ConsultationAnsweredLate,
                    $"{label}于{F(answered)}才收到答复，超过{limitDays}个工作日答复期限（{F(span.End)}），超出部分不予扣除",
                    $"the answer came on {ChineseDates.Iso(answered)}, after the {limitDays}-working-day limit ({ChineseDates.Iso(span.End)}); later days are not excluded");
            }

            if (!span.Pauses)
            {
                _steps.Add(new(ExplanationStepKind.ExcludedSpan, $"{head}：按设置，收费通知期间不暂停计算答复期限"));
                return;
            }
            if (span.End <= walkFrom)
            {
                _steps.Add(new(ExplanationStepKind.ExcludedSpan, $"{head}：在答复期限起算（{F(anchor)}）之前，不予扣除"));
                return;
            }
            if (!applied)
            {
                _steps.Add(new(ExplanationStepKind.ExcludedSpan, $"{head}：发出时答复期限已于{F(due)}届满，不予扣除"));
                Warn(DeadlineWarningKind.SpanAfterDueDate,
                    $"{label}于{F(span.Start)}发出，此时答复期限已届满（{F(due)}），不能延长答复期限",
                    $"the {span.Kind} started on {ChineseDates.Iso(span.Start)}, when the reply period had already run out ({ChineseDates.Iso(due)})");
                return;
            }
            var note = span.Start < anchor ? $"，起算日{F(anchor)}之前的部分不计" : "";
            _steps.Add(new(ExplanationStepKind.ExcludedSpan,
                $"{head}：{label2}{excluded}个工作日不计入答复期限（{article}{note}）"));
            summary.Add($"{label2}（{excluded}个工作日）不计入");
        }

        private void DescribeSchedule(DateOnly after, DateOnly through)
        {
            foreach (var run in calendar.RunsBetween(after, through))
            {
                var local = run.Region is null ? "" : $"（{run.Region}本地安排）";
                if (run.Kind == DayKind.Holiday)
                {
                    _steps.Add(new(ExplanationStepKind.Schedule, $"{ChineseDates.Range(run.From, run.To)}为{run.Name}假期{local}，不计入"));
                }
                else
                {
                    var days = new List<string>();
                    for (var d = run.From; d <= run.To; d = d.AddDays(1)) days.Add($"{F(d)}（{ChineseDates.Weekday(d)}）");
                    _steps.Add(new(ExplanationStepKind.Schedule, $"{string.Join("、", days)}为{run.Name}调休上班日{local}，计入"));
                }
            }
        }

        private DateOnly Add(DateOnly start, int days)
        {
            var r = calendar.AddWorkingDays(start, days);
            foreach (var y in r.ProvisionalYears) _provisional.Add(y);
            return r.Date;
        }

        private void NoteProvisional(DateOnly after, DateOnly through)
        {
            foreach (var y in calendar.UncoveredYears(after, through)) _provisional.Add(y);
        }

        private void Warn(DeadlineWarningKind kind, string zh, string en)
        {
            _warnings.Add(new DeadlineWarning(kind, zh, en));
            _steps.Add(new(ExplanationStepKind.Warning, "提示：" + zh));
        }

        private static string F(DateOnly d) => ChineseDates.Format(d);
    }
}
