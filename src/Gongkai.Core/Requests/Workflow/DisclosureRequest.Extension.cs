namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 延期答复 (条例第三十三条第二款): the head of the 政府信息公开工作机构 agrees to extend the reply period by at most 20 working days,
    /// once. The extension counts only after the applicant is told (<see cref="NotifyExtension"/>). Approving after the period ran
    /// out is recorded with a warning.
    /// </summary>
    public DomainResult<RequestStep> ApproveExtension(int workingDays, string reasonZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (!acting.Actor.Has(StaffRole.DisclosureOfficeHead)) return new ApproverLacksRoleError(acting.Actor.Id, StaffRole.DisclosureOfficeHead);
        if (Extension is { } granted) return new ExtensionAlreadyGrantedError(granted.WorkingDays);
        if (workingDays is < 1 or > Statute.MaxExtensionWorkingDays) return new ExtensionOutOfRangeError(workingDays);
        if (string.IsNullOrWhiteSpace(reasonZh)) return new ReasonRequiredError("延期答复");

        var warnings = new List<RequestWarning>();
        if (Deadline().Value.DueDate is { } due && acting.On > due)
            warnings.Add(new(RequestWarningKind.ExtensionApprovedAfterDueDate,
                $"答复期限已于{F(due)}届满，延期应当在答复期限内决定并告知申请人", "the extension was approved after the reply period had run out"));
        return Record(new ExtensionApproved(EventStamp.Of(Id, acting), workingDays, reasonZh.Trim()), [.. warnings]);
    }

    /// <summary>告知申请人延期: from now on the extension lengthens the reply period.</summary>
    public DomainResult<RequestStep> NotifyExtension(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Extension is not { } x) return new ExtensionNotApprovedError();
        if (x.InForce) return new ExtensionAlreadyNotifiedError();
        if (NotBefore(acting, x.ApprovedOn, "延期批准之日") is { } early) return early;
        return Record(new ExtensionNotified(EventStamp.Of(Id, acting)));
    }
}
