using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>Builders for catalogue tests: agencies with valid credit codes, the three people of the 三审, and item forms.</summary>
public sealed class CatalogueWorld(GongkaiAppFixture app)
{
    private static int _next = 100;

    public GongkaiAppFixture App => app;

    /// <summary>A new county department under a new region, with a valid 统一社会信用代码 (its default 索引号 prefix).</summary>
    public async Task<(Guid Id, string CreditCode)> AddAgencyAsync(string name = "红寺堡区科学技术局")
    {
        var n = Interlocked.Increment(ref _next);
        var org8 = $"MB{n:D6}";
        var org9 = org8 + UnifiedSocialCreditCode.OrganizationCheckCharacter(org8);
        var body = "11640300" + org9;
        var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
        await using var scope = app.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var region = $"测试区{n}";
        Assert.True((await directory.AddAsync(new NewAgency(null, new AgencyInput(region, null, "region", null, null, DisclosureOfficeContact.None)))).Succeeded);
        var added = await directory.AddAsync(new NewAgency(region, new AgencyInput(name, code, "department", null, "红科",
            new DisclosureOfficeContact("办公室", "红寺堡区政务服务中心三楼", "0953-5000000", "工作日 8:30-12:00"))));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.MessageEn)));
        return (added.Value.Id, code);
    }

    public static StaffScope Clerk(Guid agency) => StaffScope.ForAgency(agency, AccountRole.Clerk);
    public static StaffScope Reviewer(Guid agency) => StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer);
    public static StaffScope Leader(Guid agency) => StaffScope.ForAgency(agency, AccountRole.ApprovingLeader);

    public DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public ItemInput Item(string title, string body, string category = "news", params string[] channels) =>
        new(title, category, null, Today.AddDays(-2), null, null, body, [], channels.Length == 0 ? ["portal"] : channels);

    /// <summary>Runs <paramref name="work"/> with a fresh scope's <typeparamref name="T"/>, as one request would.</summary>
    public async Task<TResult> With<T, TResult>(Func<T, Task<TResult>> work) where T : notnull
    {
        await using var scope = app.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>
    /// Drafts (as a 修订版本 of <paramref name="revising"/> when given), reviews and approves an item through the three people;
    /// returns its id.
    /// </summary>
    public async Task<Guid> PublishAsync(Guid agency, ItemInput input, DateTimeOffset? publishAt = null, Guid? revising = null)
    {
        var clerk = Clerk(agency);
        var id = Ok(await With<DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d =>
            revising is { } older ? d.DraftRevisionAsync(clerk, older, input) : d.DraftAsync(clerk, input)));
        Ok(await With<DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d => d.SubmitAsync(clerk, id)));
        Ok(await With<DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d => d.PassConfidentialityReviewAsync(Reviewer(agency), id, "不涉密")));
        Ok(await With<DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d => d.ApproveAsync(Leader(agency), id, publishAt, null)));
        return id;
    }

    public static T Ok<T>(Gongkai.Core.DomainResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.MessageZh}")));
        return result.Value;
    }
}
