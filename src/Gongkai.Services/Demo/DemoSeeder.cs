using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Services.Agencies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Services.Demo;

/// <summary>A demo account acting: its scope as a sign-in would give it.</summary>
internal sealed record DemoStaff(Guid AccountId, string UserName, Guid AgencyId, StaffScope Scope);

/// <summary>The staff of one demo agency, one account per role.</summary>
internal sealed record DemoAgency(Guid Id, string Name, DemoStaff Clerk, DemoStaff Reviewer, DemoStaff Leader, DemoStaff Head);

/// <summary>A demo step that the services refused: the demo data contradicts a rule, which is a bug of the demo.</summary>
public sealed class DemoStepFailedException(string step, IReadOnlyList<DomainError> errors)
    : Exception($"Demo step '{step}' was refused: {string.Join("; ", errors.Select(e => $"{e.Code}: {e.MessageEn}"))}");

/// <summary>
/// Runs the demo: sets up the region, agencies and accounts, then plays the timeline of every dated step in date order, each
/// step in its own unit of work under the clock of its day and the account that takes it.
/// </summary>
internal sealed class DemoSeeder(IServiceProvider root, DemoClock clock, DemoActing acting)
{
    public const string RegionName = "吴忠市红寺堡区";
    public const string ScienceBureau = "红寺堡区科学技术局";
    public const string ResourcesBureau = "红寺堡区自然资源局";

    private readonly List<DemoAccount> _accounts = [];
    private readonly DemoTimeline _timeline = new();

    public async Task<DemoSummary> RunAsync(CancellationToken cancellationToken)
    {
        acting.Become("demo", null);
        await using (var scope = root.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().EnsureRolesAsync(cancellationToken);
        var region = await AddAgencyAsync(null, RegionName, null, "region", cancellationToken);
        var science = await AddAgencyAsync(RegionName, ScienceBureau, "1164030332415689", "department", cancellationToken);
        var resources = await AddAgencyAsync(RegionName, ResourcesBureau, "1164030331762450", "department", cancellationToken);
        var operatorScope = new StaffScope(Guid.Empty, "demo", region, [AccountRole.SystemAdmin], [science, resources]);

        await AccountAsync(operatorScope, "admin", "系统管理员（演示）", region, RegionName, AccountRole.SystemAdmin, cancellationToken);
        await AccountAsync(operatorScope, "hsb-supervisor", "区政务公开办（演示）", region, RegionName, AccountRole.Supervisor, cancellationToken);
        var kjj = await AgencyStaffAsync(operatorScope, "kjj", science, ScienceBureau, cancellationToken);
        var zrj = await AgencyStaffAsync(operatorScope, "zrj", resources, ResourcesBureau, cancellationToken);

        var catalogue = new DemoCatalogue(this, _timeline);
        await catalogue.SetUpChannelsAsync(kjj, "红寺堡科技", cancellationToken);
        await catalogue.SetUpChannelsAsync(zrj, "红寺堡自然资源", cancellationToken);
        catalogue.PlanScienceBureau(kjj);
        catalogue.PlanResourcesBureau(zrj);
        var requests = new DemoRequests(this, _timeline);
        requests.Plan(zrj);
        var reports = new DemoReports(this, _timeline);
        reports.Plan(kjj, zrj);

        await _timeline.RunAsync(clock, DemoDatabase.End, cancellationToken);
        return new DemoSummary(RegionName, [ScienceBureau, ResourcesBureau], _accounts, catalogue.Published, requests.Registered,
            requests.AppealCases, reports.Published, TimeSpan.Zero);
    }

    /// <summary>Runs one step as <paramref name="who"/> in a fresh unit of work; a refusal is a bug of the demo data.</summary>
    public async Task<T> StepAsync<T>(DemoStaff? who, string what, Func<IServiceProvider, Task<DomainResult<T>>> step, CancellationToken cancellationToken)
    {
        acting.Become(who?.AccountId.ToString() ?? "demo", who?.AgencyId);
        await using var scope = root.CreateAsyncScope();
        cancellationToken.ThrowIfCancellationRequested();
        var result = await step(scope.ServiceProvider);
        clock.Tick();
        return result.Succeeded ? result.Value : throw new DemoStepFailedException(what, result.Errors);
    }

    private async Task<Guid> AddAgencyAsync(string? parent, string name, string? creditCodeBody16, string level, CancellationToken cancellationToken)
    {
        string? code = null;
        if (creditCodeBody16 is { } body)
        {
            var organization = body[8..];
            var body17 = body[..8] + organization + UnifiedSocialCreditCode.OrganizationCheckCharacter(organization);
            code = body17 + UnifiedSocialCreditCode.CheckCharacter(body17);
        }
        var contact = level == "region" ? DisclosureOfficeContact.None
            : new DisclosureOfficeContact($"{name}办公室", "宁夏回族自治区吴忠市红寺堡区新民街", "0953-5050000", "工作日 8:30—12:00，14:30—18:00");
        var node = await StepAsync(null, $"add agency {name}", sp => sp.GetRequiredService<AgencyDirectory>()
            .AddAsync(new NewAgency(parent, new AgencyInput(name, code, level, null, null, contact)), cancellationToken), cancellationToken);
        return node.Id;
    }

    private async Task<DemoAgency> AgencyStaffAsync(StaffScope operatorScope, string prefix, Guid agencyId, string agencyName, CancellationToken cancellationToken)
    {
        var clerk = await AccountAsync(operatorScope, $"{prefix}-clerk", "经办人（演示）", agencyId, agencyName, AccountRole.Clerk, cancellationToken);
        var reviewer = await AccountAsync(operatorScope, $"{prefix}-reviewer", "保密审查员（演示）", agencyId, agencyName, AccountRole.ConfidentialityReviewer, cancellationToken);
        var leader = await AccountAsync(operatorScope, $"{prefix}-leader", "分管领导（演示）", agencyId, agencyName, AccountRole.ApprovingLeader, cancellationToken);
        var head = await AccountAsync(operatorScope, $"{prefix}-head", "公开办负责人（演示）", agencyId, agencyName, AccountRole.DisclosureOfficeHead, cancellationToken);
        await AccountAsync(operatorScope, $"{prefix}-admin", "机关管理员（演示）", agencyId, agencyName, AccountRole.AgencyAdmin, cancellationToken);
        return new DemoAgency(agencyId, agencyName, clerk, reviewer, leader, head);
    }

    /// <summary>
    /// Creates the account through <see cref="StaffAccounts"/> with the demo password, then lifts the change-at-first-sign-in
    /// flag (the password is public, so a demo is tried at once; TOTP stays required where the accounts options require it).
    /// </summary>
    private async Task<DemoStaff> AccountAsync(StaffScope operatorScope, string userName, string displayName, Guid agencyId, string agencyName,
        AccountRole role, CancellationToken cancellationToken)
    {
        var issued = await StepAsync(null, $"add account {userName}", sp => sp.GetRequiredService<StaffAccounts>()
            .CreateAsync(operatorScope, new NewStaffAccount(userName, displayName, agencyId, [role], DemoDatabase.Password), cancellationToken), cancellationToken);
        await using (var scope = root.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = await users.FindByIdAsync(issued.Account.Id.ToString()) ?? throw new InvalidOperationException($"account {userName} vanished");
            account.MustChangePassword = false;
            var updated = await users.UpdateAsync(account);
            if (!updated.Succeeded) throw new InvalidOperationException($"account {userName}: {updated.Errors.First().Description}");
        }
        var options = root.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountsOptions>>().Value;
        _accounts.Add(new DemoAccount(userName, displayName, agencyName, [role], DemoDatabase.Password, options.RequiresTwoFactor([role])));
        return new DemoStaff(issued.Account.Id, userName, agencyId, new StaffScope(issued.Account.Id, userName, agencyId, [role], []));
    }
}
