namespace Gongkai.Core.Requests.Workflow;

/// <summary>What a warning is about. Warnings record a departure from the statute's timing without refusing the step.</summary>
public enum RequestWarningKind
{
    /// <summary>条例第三十一条第二项: a letter should be confirmed with the applicant on the day it arrives.</summary>
    LetterConfirmedAfterArrival,
    /// <summary>条例第三十条: the correction notice came after the 7th working day from receipt.</summary>
    CorrectionNoticeLate,
    /// <summary>条例第三十条 asks for a single notice (一次性告知); a second was sent.</summary>
    RepeatedCorrection,
    /// <summary>The corrected application came after the correction period; accepted on the good reason given.</summary>
    CorrectionReceivedAfterPeriod,
    /// <summary>The extension was approved after the reply period had run out.</summary>
    ExtensionApprovedAfterDueDate,
    /// <summary>The fee was paid after the payment period.</summary>
    PaidAfterPaymentPeriod,
    /// <summary>The reply was released after the reply deadline (条例第三十三条).</summary>
    ReplyAfterDueDate,
}

public sealed record RequestWarning(RequestWarningKind Kind, string MessageZh, string MessageEn);

/// <summary>The result of a legal step: the event the caller persists (and writes to the audit log) and any warnings to show.</summary>
public sealed record RequestStep(RequestEvent Event, IReadOnlyList<RequestWarning> Warnings);

/// <summary>A newly registered request and its first step.</summary>
public sealed record RegisteredRequest(DisclosureRequest Request, RequestStep Step);
