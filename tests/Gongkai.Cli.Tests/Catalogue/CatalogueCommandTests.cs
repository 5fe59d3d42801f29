using Gongkai.Cli.Hosting;
using Gongkai.Core;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Tests.Catalogue;

/// <summary><c>gongkai catalogue list|show|import-register</c> against a fresh SQLite data directory.</summary>
public sealed class CatalogueCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static readonly string CreditCode = Code("11640300MB0000019");

    private static string Code(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _dir.Path, "--database", "sqlite"]);

    private void SeedAgency()
    {
        Assert.Equal(0, Run("agency", "add", "--name", "红寺堡区", "--level", "region").ExitCode);
        Assert.Equal(0, Run("agency", "add", "--name", "红寺堡区科学技术局", "--level", "department", "--parent", "红寺堡区", "--credit-code", CreditCode).ExitCode);
    }

    /// <summary>The same services the CLI uses, on the test's data directory: a published item and a draft, made through the 三审.</summary>
    private async Task<(Guid Published, Guid Draft)> SeedItemsAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataDirectory"] = _dir.Path, ["Database:Provider"] = "sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGongkaiServices();
        services.AddScoped<IAuditActor, CliAuditActor>();
        await using var root = services.BuildServiceProvider();
        await root.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        async Task<Guid> Step(Func<DisclosureDesk, Task<DomainResult<Guid>>> step)
        {
            await using var scope = root.CreateAsyncScope();
            var result = await step(scope.ServiceProvider.GetRequiredService<DisclosureDesk>());
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageEn)));
            return result.Value;
        }
        Guid agency;
        await using (var scope = root.CreateAsyncScope())
            agency = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.Where(a => a.CreditCode == CreditCode).Select(a => a.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        ItemInput Input(string title) => new(title, "news", null, today.AddDays(-1), "红科发〔2024〕3号", null, "科技特派员开展技术培训", [], ["portal"]);
        var published = await Step(d => d.DraftAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), Input("科技特派员服务动态")));
        await Step(d => d.SubmitAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), published));
        await Step(d => d.PassConfidentialityReviewAsync(StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer), published, "不涉密"));
        await Step(d => d.ApproveAsync(StaffScope.ForAgency(agency, AccountRole.ApprovingLeader), published, null, null));
        var draft = await Step(d => d.DraftAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), Input("尚未提交的草稿")));
        return (published, draft);
    }

    [Fact]
    public async Task List_PrintsTheAgencysItems_WithIndexNumberStatusAndTitle_AndShowPrintsTheMetadataBlock()
    {
        SeedAgency();
        var (published, draft) = await SeedItemsAsync();

        var list = Run("catalogue", "list", "--agency", "红寺堡区科学技术局");
        var show = Run("catalogue", "show", published.ToString("N"));

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.Lines, l => l.StartsWith($"{CreditCode}/") && l.Contains("\t已发布\t科技特派员服务动态\t" + published.ToString("N")));
        Assert.Contains(list.Lines, l => l.StartsWith("（未编号）\t拟稿\t尚未提交的草稿\t" + draft.ToString("N")));
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("科技特派员服务动态", show.Lines[0]);
        Assert.Contains("文号：红科发〔2024〕3号", show.Lines);
        Assert.Contains("有效性：有效", show.Lines);
        Assert.Contains("正文：科技特派员开展技术培训", show.Lines);
    }

    [Fact]
    public async Task ListJson_IsMachineReadable_AndAnUnknownItemOrAgencyFails()
    {
        SeedAgency();
        var (published, _) = await SeedItemsAsync();

        var json = Run("catalogue", "list", "--agency", CreditCode, "--json");

        Assert.Equal(0, json.ExitCode);
        var items = System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(2, items.GetArrayLength());
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("id").GetGuid() == published && i.GetProperty("status").GetString() == "Published");
        Assert.Equal(1, Run("catalogue", "show", Guid.NewGuid().ToString()).ExitCode);
        Assert.Equal(1, Run("catalogue", "list", "--agency", "不存在的局").ExitCode);
        Assert.Equal(2, Run("catalogue", "show", "not-an-id").ExitCode);
    }

    [Fact]
    public void ImportRegister_StoresAGoodFile_AndRefusesABadOneWhole_NamingItsLines()
    {
        SeedAgency();
        var good = _dir.File("documents.csv", "类别,名称,文号,制发日期\n行政规范性文件,甲办法,红科规〔2023〕1号,2023-03-01\n规章,乙规定,,2023-05-01\n");
        var bad = _dir.File("statistics.csv", "年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2023,1,2,3,0.5\n2024,x,2,3,0.5\n");

        var imported = Run("catalogue", "import-register", "--agency", "红寺堡区科学技术局", "--kind", "documents", good);
        var refused = Run("catalogue", "import-register", "--agency", "红寺堡区科学技术局", "--kind", "statistics", bad);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal("已导入 2 行。", imported.Lines.Single());
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("第3行", refused.Stderr);
        Assert.Contains("未导入任何数据", refused.Stderr);
        Assert.Equal(2, Run("catalogue", "import-register", "--agency", "红寺堡区科学技术局", "--kind", "fees", good).ExitCode);
    }
}
