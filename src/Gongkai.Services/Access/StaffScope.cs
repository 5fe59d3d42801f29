using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Services.Access;

/// <summary>
/// 访问范围: who is calling and which agencies' records they may read or change. Every service method that touches an
/// agency's records takes one and filters by it, so isolation does not depend on each page remembering to check.
/// <list type="bullet">
/// <item>Agency staff read and change their own agency's records, within what their roles allow.</item>
/// <item>A supervisor reads every agency under its region and changes nothing.</item>
/// <item>A system admin administers agencies and accounts everywhere but reads no applicant data unless it also holds
/// a supervisor role.</item>
/// </list>
/// </summary>
public sealed class StaffScope
{
    private readonly HashSet<AccountRole> roles;
    private readonly HashSet<Guid> readableAgencies;

    public StaffScope(Guid accountId, string userName, Guid homeAgencyId, IEnumerable<AccountRole> roles,
        IEnumerable<Guid> agenciesUnderHome)
    {
        AccountId = accountId;
        UserName = userName;
        HomeAgencyId = homeAgencyId;
        this.roles = [.. roles];
        // Agency staff see their own agency only; a supervisor sees its region's subtree (the home node included).
        readableAgencies = this.roles.Contains(AccountRole.Supervisor) ? [homeAgencyId, .. agenciesUnderHome] : [homeAgencyId];
        AdministeredAgencies = this.roles.Contains(AccountRole.SystemAdmin) ? new HashSet<Guid>([homeAgencyId, .. agenciesUnderHome])
            : this.roles.Contains(AccountRole.AgencyAdmin) ? new HashSet<Guid>([homeAgencyId]) : new HashSet<Guid>();
    }

    /// <summary>A scope for staff of one agency (tests and the CLI use this; the web host resolves scopes from sign-in).</summary>
    public static StaffScope ForAgency(Guid agencyId, params AccountRole[] roles) =>
        new(Guid.NewGuid(), "staff", agencyId, roles, []);

    public Guid AccountId { get; }
    public string UserName { get; }

    /// <summary>The agency (or, for a supervisor or system admin, the region) the account belongs to.</summary>
    public Guid HomeAgencyId { get; }

    public IReadOnlySet<AccountRole> Roles => roles;

    /// <summary>Agencies whose records (drafts, requests, applicant data, reports) this caller may read.</summary>
    public IReadOnlySet<Guid> ReadableAgencyIds => readableAgencies;

    /// <summary>Agencies whose accounts and settings this caller may administer.</summary>
    public IReadOnlySet<Guid> AdministeredAgencies { get; }

    public bool Has(AccountRole role) => roles.Contains(role);

    public bool CanRead(Guid agencyId) => readableAgencies.Contains(agencyId) && roles.Any(r => r.IsAgencyWorkRole()
        || r is AccountRole.AgencyAdmin or AccountRole.Supervisor);

    /// <summary>Changing records needs a work role in that very agency; a supervisor never changes anything.</summary>
    public bool CanWrite(Guid agencyId) => agencyId == HomeAgencyId && roles.Any(r => r.IsAgencyWorkRole());

    public bool CanAdminister(Guid agencyId) => AdministeredAgencies.Contains(agencyId);

    /// <summary>The workflow capacities in Core's terms; none for a supervisor or admin.</summary>
    public StaffRole WorkflowRoles => AccountRoles.ToWorkflowRoles(roles);
}
