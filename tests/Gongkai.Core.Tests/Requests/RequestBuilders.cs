using Gongkai.Core.Calendar;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Tests.Requests;

/// <summary>Hand-written builders: people, dates and requests at a known stage, so each test states only what matters to it.</summary>
internal static class RequestBuilders
{
    public static readonly RequestRules Rules = RequestRules.Default;
    public static readonly WorkingDayCalendar Cn = WorkingDayCalendar.Default;

    public static readonly Actor Clerk = Actor.Staff("clerk-1", StaffRole.Clerk);
    public static readonly Actor Reviewer = Actor.Staff("reviewer-1", StaffRole.ConfidentialityReviewer);
    public static readonly Actor Leader = Actor.Staff("leader-1", StaffRole.ApprovingLeader);
    public static readonly Actor OfficeHead = Actor.Staff("head-1", StaffRole.DisclosureOfficeHead);
    public static readonly Actor TheApplicant = Actor.Applicant("zhang-san");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>Acting at 10:00 China time on the given day.</summary>
    public static Acting On(string iso, Actor? actor = null) => On(D(iso), actor);

    public static Acting On(DateOnly day, Actor? actor = null) =>
        Acting.By(actor ?? Clerk, new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ChinaStandardTime.Offset));

    /// <summary>A valid 18-digit ID number (check character computed).</summary>
    public static string IdNumber(string body17 = "11010519900307123") => body17 + ResidentIdNumber.CheckCharacter(body17);

    public static string CreditCodeNumber(string body17 = "91110000600037341") => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    public static Applicant Person(string name = "张三", string? id = null, string phone = "13800000000") =>
        Applicant.Create(ApplicantKind.NaturalPerson, name, IdentityDocuments.ResidentId(id ?? IdNumber(), D("2024-01-01")).Value,
            new ApplicantContact(phone, null, null)).Value;

    public static Applicant Company(ApplicantKind kind = ApplicantKind.CommercialEnterprise, string name = "某某科技有限公司") =>
        Applicant.Create(kind, name, IdentityDocuments.CreditCode(CreditCodeNumber()).Value, new ApplicantContact(null, "office@example.cn", null)).Value;

    public static Applicant Foreigner() =>
        Applicant.Create(ApplicantKind.NaturalPerson, "John Smith", IdentityDocuments.Other(OtherDocumentType.Passport, "E1234 5678").Value,
            new ApplicantContact(null, "john@example.com", null)).Value;

    public static RequestedInformation Info(string title = "2022年度科技项目资金分配结果") =>
        RequestedInformation.Create(title, null, null, InformationForm.Electronic, DeliveryMethod.Email).Value;

    /// <summary>Registered in person on <paramref name="received"/> (so received that day).</summary>
    public static DisclosureRequest Received(string received = "2023-03-06", Applicant? applicant = null, RequestRules? rules = null) =>
        DisclosureRequest.Register(RequestId.New(), applicant ?? Person(), Info(), ReceiptChannel.InPerson, On(received), rules ?? Rules).Value.Request;

    /// <summary>Submitted through the portal on <paramref name="submitted"/>, not yet confirmed.</summary>
    public static DisclosureRequest SubmittedOnline(string submitted = "2023-03-04", Applicant? applicant = null) =>
        DisclosureRequest.Register(RequestId.New(), applicant ?? Person(), Info(), ReceiptChannel.Online, On(submitted, Actor.System), Rules).Value.Request;

    /// <summary>Received 2023-03-06, correction asked 2023-03-08 with a 10-working-day period (ends 2023-03-22).</summary>
    public static DisclosureRequest AwaitingCorrection()
    {
        var r = Received();
        Ok(r.RequestCorrection("请明确所需信息的年份和项目名称", 10, On("2023-03-08")));
        return r;
    }

    /// <summary>A draft ready to be released (both default approvals given).</summary>
    public static DisclosureRequest ApprovedReply(ReplyDraft draft, string on = "2023-03-20", DisclosureRequest? request = null)
    {
        var r = request ?? Received();
        Ok(r.DraftReply(draft, On(on)));
        Ok(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On(on, Reviewer)));
        Ok(r.ApproveReply(ReplyApprovalStep.LeaderApproval, On(on, Leader)));
        return r;
    }

    public static T Ok<T>(DomainResult<T> result)
    {
        Assert.True(result.Succeeded, result.Succeeded ? "" : $"{result.Error!.Code}: {result.Error.MessageEn}");
        return result.Value;
    }

    public static TError Refused<TError>(IDomainResult result) where TError : DomainError
    {
        Assert.False(result.Succeeded, "the step was accepted but should have been refused with " + typeof(TError).Name);
        return Assert.IsType<TError>(result.Errors[0]);
    }
}
