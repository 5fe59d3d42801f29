using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Web.Requests;

/// <summary>Chinese labels for request values on pages.</summary>
public static class RequestDisplay
{
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.AwaitingReceiptConfirmation => "待确认收到",
        RequestStatus.Open => "办理中",
        RequestStatus.AwaitingCorrection => "待补正",
        RequestStatus.Concluded => "已办结",
        _ => "已作废",
    };

    public static string Channel(ReceiptChannel channel) => channel.LabelZh();

    public static string Kind(ApplicantKind kind) => kind == ApplicantKind.OtherOrganization ? "其他法人或其他组织" : kind.LabelZh();

    public static string Form(InformationForm form) => form == InformationForm.Paper ? "纸质" : "电子";

    public static string Delivery(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Fax => "传真",
        DeliveryMethod.PickUp => "自行领取",
        DeliveryMethod.OnSiteReading => "当场阅读、抄录",
        _ => "网上获取",
    };

    public static string Outcome(Outcome? outcome) => outcome is { } o ? $"{o.RowId()} {o.Info().LabelZh}" : "—";

    public static string Date(DateOnly? date) => date is { } d ? ChineseDates.Format(d) : "—";

    public static string Other(OtherDocumentType type) => type switch
    {
        OtherDocumentType.Passport => "护照",
        OtherDocumentType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        OtherDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        OtherDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        _ => "其他身份证明",
    };
}
