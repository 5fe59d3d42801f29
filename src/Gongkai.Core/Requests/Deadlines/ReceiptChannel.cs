namespace Gongkai.Core.Requests.Deadlines;

/// <summary>
/// 申请提交方式: how an application reached the organ. It decides what the legal received date (收到申请之日) is (条例第三十一条).
/// </summary>
public enum ReceiptChannel
{
    /// <summary>当面提交: received the day it is handed in (第三十一条第一项).</summary>
    InPerson,
    /// <summary>邮寄 (需签收): received the day the organ signs for it (第三十一条第二项).</summary>
    Post,
    /// <summary>平常信函 (无需签收): the office confirms with the applicant the day it arrives; the confirmation date is the received date (第三十一条第二项).</summary>
    Letter,
    /// <summary>互联网渠道 (网上申请平台): received the day both parties confirm (第三十一条第三项).</summary>
    Online,
    /// <summary>政府信息公开工作机构的传真: received the day both parties confirm (第三十一条第三项).</summary>
    Fax,
    /// <summary>电子邮件, an internet channel: received the day both parties confirm (第三十一条第三项).</summary>
    Email,
}

public static class ReceiptChannels
{
    /// <summary>The CLI/API keyword: in-person, post, letter, online, fax, email.</summary>
    public static string Keyword(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "in-person",
        ReceiptChannel.Post => "post",
        ReceiptChannel.Letter => "letter",
        ReceiptChannel.Online => "online",
        ReceiptChannel.Fax => "fax",
        ReceiptChannel.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static ReceiptChannel? FromKeyword(string keyword) =>
        Enum.GetValues<ReceiptChannel>().Cast<ReceiptChannel?>().FirstOrDefault(c => c!.Value.Keyword() == keyword.Trim().ToLowerInvariant());

    public static string LabelZh(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "当面提交",
        ReceiptChannel.Post => "邮寄（需签收）",
        ReceiptChannel.Letter => "平常信函",
        ReceiptChannel.Online => "互联网渠道",
        ReceiptChannel.Fax => "传真",
        ReceiptChannel.Email => "电子邮件",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>True where the received date is a confirmation date rather than the day the application arrived.</summary>
    public static bool ReceivedDateIsConfirmation(this ReceiptChannel channel) =>
        channel is ReceiptChannel.Letter or ReceiptChannel.Online or ReceiptChannel.Fax or ReceiptChannel.Email;

    /// <summary>The sentence of the explanation that says which day is the received date and why.</summary>
    internal static string ReceivedRuleZh(this ReceiptChannel channel, string receivedText) => channel switch
    {
        ReceiptChannel.InPerson => $"申请人当面提交申请，提交之日（{receivedText}）为收到申请之日（条例第三十一条第一项）",
        ReceiptChannel.Post => $"申请以邮寄方式提交，行政机关签收之日（{receivedText}）为收到申请之日（条例第三十一条第二项）",
        ReceiptChannel.Letter => $"申请以平常信函提交，政府信息公开工作机构与申请人确认之日（{receivedText}）为收到申请之日（条例第三十一条第二项）",
        ReceiptChannel.Online => $"申请通过互联网渠道提交，双方确认之日（{receivedText}）为收到申请之日（条例第三十一条第三项）",
        ReceiptChannel.Fax => $"申请通过政府信息公开工作机构的传真提交，双方确认之日（{receivedText}）为收到申请之日（条例第三十一条第三项）",
        ReceiptChannel.Email => $"申请通过电子邮件（互联网渠道）提交，双方确认之日（{receivedText}）为收到申请之日（条例第三十一条第三项）",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}
