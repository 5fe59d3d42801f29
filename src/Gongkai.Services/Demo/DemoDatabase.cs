using System.Diagnostics;
using Gongkai.Data.Auditing;
using Gongkai.Services.Access;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Services.Demo;

/// <summary>A demo account and its password (the same for every demo account, printed and in the README).</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string AgencyName, IReadOnlyList<AccountRole> Roles, string Password,
    bool NeedsAuthenticator);

/// <summary>What the demo loaded.</summary>
public sealed record DemoSummary(
    string RegionName, IReadOnlyList<string> AgencyNames, IReadOnlyList<DemoAccount> Accounts, int Items, int Requests, int AppealCases,
    IReadOnlyList<string> PublishedReports, TimeSpan Elapsed)
{
    /// <summary>The lines both hosts print: what was loaded and the accounts with their password.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"已载入演示数据（{Elapsed.TotalSeconds:0.0} 秒）：{RegionName}，{string.Join("、", AgencyNames)}";
        yield return $"主动公开信息 {Items} 条，政府信息公开申请 {Requests} 件，复议、诉讼案件 {AppealCases} 件";
        foreach (var report in PublishedReports) yield return $"已公布年度报告：{report}";
        yield return "";
        yield return $"演示账户（密码均为 {DemoDatabase.Password}，仅供演示，切勿用于真实数据）：";
        foreach (var a in Accounts)
            yield return $"  {a.UserName,-16} {string.Join("、", a.Roles.Select(r => r.Label()))}  {a.AgencyName}" + (a.NeedsAuthenticator ? "（首次登录须绑定身份验证器 TOTP）" : "");
    }
}

/// <summary>
/// 演示数据: loads, into an empty database, the region 吴忠市红寺堡区 with its supervising office, 红寺堡区科学技术局 whose 2023
/// records reproduce the seed report, and a busy 红寺堡区自然资源局 (requests of every outcome and applicant kind, carry-overs,
/// appeals of every result), with accounts for every role. Everything goes through the real services — the review workflows,
/// the request workflow, appeal cases, registers, prose and publication — so their rules and the audit log apply; the history is
/// recorded under a <see cref="DemoClock"/> walking from December 2022 to January 2025.
/// </summary>
public static class DemoDatabase
{
    /// <summary>The password of every demo account. A demo database is for trying Gongkai, never for real records.</summary>
    public const string Password = "Gongkai-Demo-2024";

    /// <summary>The demo's history starts here (China time); its last step is on <see cref="End"/>.</summary>
    public static readonly DateOnly Start = new(2022, 12, 1);

    public static readonly DateOnly End = new(2025, 1, 10);

    /// <summary>
    /// Migrates the database named by <paramref name="configuration"/> (as both hosts do) and loads the demo when it holds no
    /// agency and no account; returns null, changing nothing, when it is not empty.
    /// </summary>
    public static async Task<DemoSummary?> SeedIfEmptyAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var clock = new DemoClock(new DateTimeOffset(Start.ToDateTime(new TimeOnly(9, 0)), Core.Calendar.ChinaStandardTime.Offset));
        var acting = new DemoActing();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(acting);
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<DemoActing>());
        services.AddGongkaiServices();
        await using var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await root.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (await db.Agencies.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken)) return null;
        }
        var seeder = new DemoSeeder(root, clock, acting);
        var summary = await seeder.RunAsync(cancellationToken);
        return summary with { Elapsed = stopwatch.Elapsed };
    }
}
