using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Services.Access;

/// <summary>
/// 岗位角色: what a staff account may do. An account holds one or more roles and belongs to exactly one agency (agency
/// roles) or one region (<see cref="Supervisor"/>); <see cref="SystemAdmin"/> belongs to the installation's top region.
/// </summary>
public enum AccountRole
{
    /// <summary>经办人: drafts catalogue items, registers and handles requests, drafts replies.</summary>
    Clerk,

    /// <summary>保密审查: the confidentiality review of drafts and replies.</summary>
    ConfidentialityReviewer,

    /// <summary>分管领导: approves publication, replies and fee decisions.</summary>
    ApprovingLeader,

    /// <summary>政府信息公开工作机构负责人: approves extensions (条例第三十三条第二款).</summary>
    DisclosureOfficeHead,

    /// <summary>机关管理员: manages the accounts and settings of one agency.</summary>
    AgencyAdmin,

    /// <summary>监督机构: reads everything under its region, changes nothing.</summary>
    Supervisor,

    /// <summary>系统管理员: manages agencies and accounts of the installation; holds no business role by itself.</summary>
    SystemAdmin,
}

public static class AccountRoles
{
    /// <summary>The Chinese label shown in the UI.</summary>
    public static string Label(this AccountRole role) => role switch
    {
        AccountRole.Clerk => "经办人",
        AccountRole.ConfidentialityReviewer => "保密审查",
        AccountRole.ApprovingLeader => "分管领导",
        AccountRole.DisclosureOfficeHead => "公开工作机构负责人",
        AccountRole.AgencyAdmin => "机关管理员",
        AccountRole.Supervisor => "监督机构",
        AccountRole.SystemAdmin => "系统管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The roles that act inside an agency's own records (drafts, requests, replies).</summary>
    public static bool IsAgencyWorkRole(this AccountRole role) =>
        role is AccountRole.Clerk or AccountRole.ConfidentialityReviewer or AccountRole.ApprovingLeader
            or AccountRole.DisclosureOfficeHead;

    /// <summary>The workflow capacities (Core's <see cref="StaffRole"/>) an account's roles give it.</summary>
    public static StaffRole ToWorkflowRoles(IEnumerable<AccountRole> roles)
    {
        var result = StaffRole.None;
        foreach (var role in roles)
        {
            result |= role switch
            {
                AccountRole.Clerk => StaffRole.Clerk,
                AccountRole.ConfidentialityReviewer => StaffRole.ConfidentialityReviewer,
                AccountRole.ApprovingLeader => StaffRole.ApprovingLeader,
                AccountRole.DisclosureOfficeHead => StaffRole.DisclosureOfficeHead,
                _ => StaffRole.None,
            };
        }
        return result;
    }
}
