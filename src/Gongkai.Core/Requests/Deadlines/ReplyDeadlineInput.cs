namespace Gongkai.Core.Requests.Deadlines;

/// <summary>
/// What the reply deadline of one 政府信息公开申请 depends on: the legal received date (条例第三十一条), the channel that
/// labels it, and the dated events of the case. A deadline is never stored; it is computed from this.
/// </summary>
public sealed record ReplyDeadlineInput(DateOnly Received, ReceiptChannel Channel = ReceiptChannel.InPerson)
{
    /// <summary>
    /// The day the application physically arrived or was submitted, when known. For a letter, online form, fax or e-mail the received
    /// date is the later confirmation date, and recording both lets the engine warn when a letter was not confirmed the day it arrived.
    /// </summary>
    public DateOnly? Arrived { get; init; }

    /// <summary>补正 rounds in order. 条例第三十条 asks for a single notice; a second round is recorded with a warning.</summary>
    public IReadOnlyList<CorrectionRound> Corrections { get; init; } = [];

    /// <summary>征求第三方或其他机关意见 (条例第三十二条、第三十四条).</summary>
    public IReadOnlyList<Consultation> Consultations { get; init; } = [];

    /// <summary>延期答复 (条例第三十三条第二款): at most one.</summary>
    public Extension? Extension { get; init; }

    /// <summary>收费通知 (信息处理费).</summary>
    public IReadOnlyList<FeeNotice> FeeNotices { get; init; } = [];
}

/// <summary>补正: the notice asking the applicant to correct the application, and the day the corrected application was received.</summary>
/// <param name="NoticeSent">The day the 补正告知书 was sent.</param>
/// <param name="CorrectedReceived">The day the corrected application was received; null while the organ is still waiting.</param>
/// <param name="PeriodWorkingDays">The correction period the notice gave; null means the configured default.</param>
public sealed record CorrectionRound(DateOnly NoticeSent, DateOnly? CorrectedReceived, int? PeriodWorkingDays = null);

/// <summary>Who was consulted.</summary>
public enum ConsultedParty
{
    /// <summary>第三方 (条例第三十二条).</summary>
    ThirdParty,
    /// <summary>其他机关 (条例第三十四条).</summary>
    OtherAgency,
}

/// <summary>征求意见: a written consultation sent on <paramref name="Sent"/>; <paramref name="Answered"/> is null while unanswered.</summary>
/// <param name="Delivered">The day the consulted party received the request, when known: its 15 working days run from then
/// (条例第三十二条、第三十四条). Without it the sending day stands in for it.</param>
public sealed record Consultation(ConsultedParty Party, DateOnly Sent, DateOnly? Answered = null, DateOnly? Delivered = null);

/// <summary>延期答复: approved by the head of the 政府信息公开工作机构 and notified to the applicant.</summary>
/// <param name="WorkingDays">1 to 20.</param>
/// <param name="Approved">The day of approval, when recorded; used to warn about an extension granted after the period ran out.</param>
public sealed record Extension(int WorkingDays, DateOnly? Approved = null);

/// <summary>收费通知: sent on <paramref name="Sent"/>; <paramref name="Paid"/> is null while unpaid.</summary>
public sealed record FeeNotice(DateOnly Sent, DateOnly? Paid = null);
