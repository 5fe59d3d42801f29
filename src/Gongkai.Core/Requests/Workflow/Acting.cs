using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>Roles the statute or an agency's procedure asks for at certain steps. A person may hold several.</summary>
[Flags]
public enum StaffRole
{
    None = 0,
    /// <summary>经办人: registers and handles requests, drafts replies.</summary>
    Clerk = 1,
    /// <summary>保密审查: reviews a reply before release (条例第十七条 review mechanism, applied to replies by agency procedure).</summary>
    ConfidentialityReviewer = 2,
    /// <summary>分管领导: approves replies and fee notices (fees.md §4: a charging decision needs approval).</summary>
    ApprovingLeader = 4,
    /// <summary>政府信息公开工作机构负责人: approves an extension (条例第三十三条第二款).</summary>
    DisclosureOfficeHead = 8,
}

/// <summary>Who acts: a staff member with roles, the applicant (online withdrawal, correction), or the system (scheduled steps).</summary>
public sealed record Actor(string Id, StaffRole Roles)
{
    public static Actor Staff(string id, StaffRole roles) => new(id, roles);

    /// <summary>The applicant acting through the portal.</summary>
    public static Actor Applicant(string id) => new("applicant:" + id, StaffRole.None);

    /// <summary>A scheduled job (e.g. recording that a correction period passed).</summary>
    public static readonly Actor System = new("system", StaffRole.None);

    public bool Has(StaffRole role) => (Roles & role) == role;
}

/// <summary>
/// Who does a step, when it is recorded, and its legal date. <see cref="On"/> is the date that counts in law (签收之日, 发出之日,
/// 收到答复之日 …); it defaults to the China date of <see cref="At"/> and may be earlier when a step is recorded after the fact,
/// never later (a step cannot be dated in the future).
/// </summary>
public sealed record Acting(Actor Actor, DateTimeOffset At, DateOnly On)
{
    public static Acting By(Actor actor, DateTimeOffset at) => new(actor, at, ChinaStandardTime.DateOf(at));

    public static Acting Now(Actor actor, TimeProvider clock) => By(actor, clock.GetUtcNow());

    /// <summary>The same actor and recording time, for a step whose legal date was earlier.</summary>
    public Acting Dated(DateOnly legalDate) => this with { On = legalDate };

    public DateOnly RecordedOn => ChinaStandardTime.DateOf(At);
}

/// <summary>The identity of a disclosure request.</summary>
public readonly record struct RequestId(Guid Value)
{
    public static RequestId New() => new(Guid.NewGuid());
    public override string ToString() => Value.ToString("N")[..8];
}
