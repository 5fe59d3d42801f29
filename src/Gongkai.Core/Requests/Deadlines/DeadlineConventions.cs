namespace Gongkai.Core.Requests.Deadlines;

/// <summary>
/// 期限计算口径: the choices the 条例 leaves open. Each default follows procedure.md §2.6 / fees.md §5; each is an interpretation
/// (UNVERIFIED against an official reading) and therefore a setting an operator can change. The explanation of every deadline
/// states the conventions that affected it.
/// </summary>
public sealed record DeadlineConventions
{
    public static readonly DeadlineConventions Default = new();

    /// <summary>
    /// Whether the day the application (or the corrected application) is received is itself day 1. Default false: 民法典第二百零一条
    /// — a period counted in days starts the next day. UNVERIFIED for the 条例, which is silent.
    /// </summary>
    public bool CountReceiptDay { get; init; }

    /// <summary>
    /// Whether the working days from the day after a fee notice is sent up to and including the day of payment are left out of the
    /// reply period, like a consultation. Default true (fees.md §5). UNVERIFIED: the national 办法's text on this was not found.
    /// </summary>
    public bool FeeNoticePausesReplyPeriod { get; init; } = true;

    /// <summary>
    /// Whether a working day covered by two overlapping excluded spans (e.g. two consultations) is left out once (default) or once
    /// per span. UNVERIFIED interpretation of 条例第三十三条第三款.
    /// </summary>
    public bool OverlappingSpansCountedOnce { get; init; } = true;

    /// <summary>
    /// Whether a consultation answered after its 15-working-day limit (条例第三十二条、第三十四条) is excluded only up to that limit
    /// (default true: the third party's lateness does not lengthen the applicant's wait; past the limit the organ decides on its own).
    /// When false, the whole span up to the late answer is excluded. An unanswered consultation always runs to the limit.
    /// </summary>
    public bool ConsultationCappedAtLimit { get; init; } = true;

    /// <summary>The correction period given in a notice when the clerk names none (条例第三十条 says only 合理的补正期限).</summary>
    public int DefaultCorrectionPeriodWorkingDays { get; init; } = Statute.DefaultCorrectionPeriodWorkingDays;
}
