using Gongkai.Core.Identifiers;

namespace Gongkai.Cli.Tests.Accounts;

public sealed class AccountCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static string Code(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _dir.Path, "--database", "sqlite"]);

    private void SeedAgencies()
    {
        Assert.Equal(0, Run("agency", "add", "--name", "某区", "--level", "region").ExitCode);
        Assert.Equal(0, Run("agency", "add", "--name", "某区教育局", "--level", "department", "--parent", "某区",
            "--credit-code", Code("11310115MB0000002")).ExitCode);
    }

    [Fact]
    public void Add_ByCreditCode_WithTwoRoles_PrintsAGeneratedPasswordOnce()
    {
        SeedAgencies();

        var result = Run("account", "add", "--agency", Code("11310115MB0000002"), "--user", "zhangsan", "--role", "Clerk", "保密审查");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("已创建账户：zhangsan（某区教育局）", result.Lines[0]);
        Assert.Matches("^初始密码：\\S{20}$", result.Lines[1]);
    }

    [Fact]
    public void Add_SupervisorToAnAgency_IsRefused_BecauseSupervisorsBelongToARegion()
    {
        SeedAgencies();

        var result = Run("account", "add", "--agency", "某区教育局", "--user", "lisi", "--role", "Supervisor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("监督机构和系统管理员账户须属于区域", result.Stderr);
    }

    [Fact]
    public void Add_ToAnUnknownAgency_Fails_AndAnUnknownRole_IsBadUsage()
    {
        SeedAgencies();

        Assert.Equal(1, Run("account", "add", "--agency", "不存在的局", "--user", "wangwu", "--role", "Clerk").ExitCode);
        Assert.Equal(2, Run("account", "add", "--agency", "某区教育局", "--user", "wangwu", "--role", "Janitor").ExitCode);
    }

    [Fact]
    public void ResetPassword_PrintsANewPassword_AndAnUnknownUserFails()
    {
        SeedAgencies();
        var first = Run("account", "add", "--agency", "某区", "--user", "jiandu", "--role", "Supervisor");
        Assert.Equal(0, first.ExitCode);

        var reset = Run("account", "reset-password", "--user", "jiandu");

        Assert.Equal(0, reset.ExitCode);
        Assert.Matches("^新密码：\\S{20}$", reset.Lines[1]);
        Assert.NotEqual(first.Lines[1]["初始密码：".Length..], reset.Lines[1]["新密码：".Length..]);
        Assert.Equal(1, Run("account", "reset-password", "--user", "nobody").ExitCode);
    }
}
