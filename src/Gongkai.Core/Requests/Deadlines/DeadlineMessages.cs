namespace Gongkai.Core.Requests.Deadlines;

/// <summary>Why the events given cannot describe a real case (e.g. an answer dated before its consultation). The deadline is not computed.</summary>
public enum DeadlineInputErrorKind
{
    ArrivedAfterReceived,
    CorrectionNoticeBeforeReceived,
    CorrectedBeforeNotice,
    CorrectionRoundsOutOfOrder,
    CorrectionPeriodNotPositive,
    ConsultationBeforeReceived,
    AnswerBeforeConsultation,
    DeliveredBeforeConsultation,
    ExtensionOutOfRange,
    FeeNoticeBeforeReceived,
    PaidBeforeFeeNotice,
}

public sealed record DeadlineInputError(DeadlineInputErrorKind Kind, string MessageZh, string MessageEn);

/// <summary>Something a careful office must see, although the deadline is still computed (e.g. a late correction notice).</summary>
public enum DeadlineWarningKind
{
    /// <summary>The received date is before the 2019 条例 took effect.</summary>
    BeforeRegulationInForce,
    /// <summary>A letter was confirmed later than the day it arrived, or an in-person/post date differs from the arrival.</summary>
    ReceivedDateDiffersFromArrival,
    /// <summary>条例第三十条: the correction notice was sent after the 7th working day.</summary>
    CorrectionNoticeLate,
    /// <summary>条例第三十条 asks for one notice (一次性告知); a further round was recorded.</summary>
    RepeatedCorrection,
    /// <summary>The corrected application arrived after the correction period (视为放弃申请 unless there was good reason).</summary>
    CorrectionAfterPeriod,
    /// <summary>Still waiting for the correction and the correction period has run out.</summary>
    CorrectionPeriodExpired,
    /// <summary>An answer came after the 15-working-day limit; only the days up to the limit were excluded.</summary>
    ConsultationAnsweredLate,
    /// <summary>A consultation or fee notice started when the reply period had already run out; it cannot lengthen it.</summary>
    SpanAfterDueDate,
    /// <summary>The fee was paid after the payment period.</summary>
    PaidAfterPaymentPeriod,
    /// <summary>The extension was approved after the unextended reply period had run out.</summary>
    ExtensionApprovedLate,
    /// <summary>The calendar lacks the schedule of a year the computation crossed: the result is provisional.</summary>
    ProvisionalCalendar,
}

public sealed record DeadlineWarning(DeadlineWarningKind Kind, string MessageZh, string MessageEn);

/// <summary>What a line of the explanation is about, so a page can style or filter it.</summary>
public enum ExplanationStepKind
{
    Received,
    Correction,
    Start,
    Schedule,
    ExcludedSpan,
    Extension,
    Provisional,
    Warning,
    Result,
    CalendarVersion,
}

/// <summary>One line of the Chinese explanation of a deadline.</summary>
public sealed record ExplanationStep(ExplanationStepKind Kind, string TextZh);
