using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Requests.Intake;

/// <summary>Which day is the legal received date (收到申请之日) of a channel (条例第三十一条).</summary>
public enum ReceivedDateRule
{
    /// <summary>当面提交: the day it is handed in.</summary>
    DayHandedIn,
    /// <summary>邮寄 needing a signature: the day the organ signs for it.</summary>
    DaySignedFor,
    /// <summary>平常信函: the day the office confirms with the applicant (to be done on the day it arrives).</summary>
    DayConfirmedWithApplicant,
    /// <summary>互联网渠道, 电子邮件, 传真: the day both parties confirm.</summary>
    DayBothPartiesConfirm,
}

/// <summary>
/// The intake channels (当面、邮寄、平常信函、互联网、传真、电子邮件) are <see cref="ReceiptChannel"/>, shared with the deadline engine;
/// this adds the received-date rule each one follows.
/// </summary>
public static class RequestChannels
{
    public static ReceivedDateRule ReceivedDateRule(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => Intake.ReceivedDateRule.DayHandedIn,
        ReceiptChannel.Post => Intake.ReceivedDateRule.DaySignedFor,
        ReceiptChannel.Letter => Intake.ReceivedDateRule.DayConfirmedWithApplicant,
        ReceiptChannel.Online or ReceiptChannel.Fax or ReceiptChannel.Email => Intake.ReceivedDateRule.DayBothPartiesConfirm,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>True when registration is not yet receipt: staff must confirm receipt (<c>ConfirmReceipt</c>) to fix the received date.</summary>
    public static bool NeedsReceiptConfirmation(this ReceiptChannel channel) => channel.ReceivedDateIsConfirmation();
}
