namespace Gongkai.Web.Access;

/// <summary>
/// The authorization policies every back-office page and API endpoint declares one of (public pages declare
/// <c>[AllowAnonymous]</c> instead). The agency scope inside a policy is enforced by the services through
/// <see cref="Gongkai.Services.Access.StaffScope"/>; the policy decides only whether the caller may reach the endpoint.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in staff account (read-only back-office views; the scope filters what is shown).</summary>
    public const string Staff = "staff";

    /// <summary>经办人.</summary>
    public const string Clerk = "clerk";

    /// <summary>保密审查.</summary>
    public const string ConfidentialityReviewer = "confidentiality-reviewer";

    /// <summary>分管领导.</summary>
    public const string ApprovingLeader = "approving-leader";

    /// <summary>公开工作机构负责人.</summary>
    public const string DisclosureOfficeHead = "disclosure-office-head";

    /// <summary>Any of the four work roles of an agency (the step itself checks the exact role).</summary>
    public const string AgencyWork = "agency-work";

    /// <summary>机关管理员 or 系统管理员.</summary>
    public const string AgencyAdmin = "agency-admin";

    /// <summary>监督机构 (read-only over a region).</summary>
    public const string Supervisor = "supervisor";

    /// <summary>系统管理员.</summary>
    public const string SystemAdmin = "system-admin";
}
