using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data.Accounts;

/// <summary>
/// 工作人员账户: a person who signs in to the back office. It belongs to exactly one agency (agency roles) or one region
/// (supervisor, system admin); its roles are Identity roles named by <c>AccountRole</c> names.
/// </summary>
public sealed class StaffAccount : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>The account's agency, or its region for a supervisor or system admin.</summary>
    public Guid AgencyId { get; set; }

    /// <summary>The person's name as shown in lists and on workflow steps.</summary>
    [PersonalData]
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an admin resets the password: the person must choose a new one before doing anything else.</summary>
    public bool MustChangePassword { get; set; }
}
