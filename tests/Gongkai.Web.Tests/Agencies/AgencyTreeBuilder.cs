using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Services.Agencies;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Agencies;

/// <summary>A fresh region with two agencies under it, uniquely named, added the way an operator adds them (CLI path).</summary>
public sealed record TestAgencyTree(Guid Region, Guid AgencyA, Guid AgencyB, string Suffix)
{
    public static async Task<TestAgencyTree> CreateAsync(GongkaiAppFixture app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var region = await AddAsync(directory, null, Input($"测试区{suffix}", null, "region"));
        var a = await AddAsync(directory, region.ToString(), Input($"甲局{suffix}", NewCreditCode(), "department"));
        var b = await AddAsync(directory, region.ToString(), Input($"乙局{suffix}", NewCreditCode(), "department"));
        return new TestAgencyTree(region, a, b, suffix);
    }

    public static AgencyInput Input(string name, string? creditCode, string level, string? phone = null) =>
        new(name, creditCode, level, null, null, new DisclosureOfficeContact("政府信息公开办公室", "某路1号", phone, "工作日 9:00-17:00"));

    /// <summary>A valid 统一社会信用代码 not used before in this run (random organisation part, computed check character).</summary>
    public static string NewCreditCode()
    {
        var body = "11341702" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static async Task<Guid> AddAsync(AgencyDirectory directory, string? parent, AgencyInput input)
    {
        var added = await directory.AddAsync(new NewAgency(parent, input));
        Assert.True(added.Succeeded, added.Error?.MessageEn);
        return added.Value.Id;
    }
}
