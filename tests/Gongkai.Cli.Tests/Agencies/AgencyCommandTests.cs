using Gongkai.Core.Identifiers;

namespace Gongkai.Cli.Tests.Agencies;

public sealed class AgencyCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static string Code(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private CliResult Agency(params string[] args) => CliHarness.Run(["agency", .. args, "--data-dir", _dir.Path, "--database", "sqlite"]);

    [Fact]
    public void AddThenList_ShowsTheTreeWithEachAgencyIndentedUnderItsParent()
    {
        Assert.Equal(0, Agency("add", "--name", "某区", "--level", "region").ExitCode);
        var add = Agency("add", "--name", "某区人民政府", "--level", "government", "--parent", "某区",
            "--credit-code", Code("11310115MB0000001"), "--short-name", "某府");
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(0, Agency("add", "--name", "某区教育局", "--level", "department", "--parent", Code("11310115MB0000001"),
            "--credit-code", Code("11310115MB0000002")).ExitCode);

        var list = Agency("list");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal("某区（区域）", list.Lines[0]);
        Assert.StartsWith("  某区人民政府（人民政府） " + Code("11310115MB0000001") + " 代字 某府", list.Lines[1]);
        Assert.StartsWith("    某区教育局（政府部门）", list.Lines[2]);
    }

    [Fact]
    public void Add_WhenTheCreditCodeIsInvalidOrTheParentUnknown_ExitsOneWithEveryReasonAndStoresNothing()
    {
        var good = Code("11310115MB0000001");
        var mistyped = good[..17] + (good[17] == '0' ? '1' : '0');

        var result = Agency("add", "--name", "某局", "--level", "department", "--parent", "不存在的区", "--credit-code", mistyped);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("校验码", result.Stderr);
        Assert.Contains("找不到上级机关或区域“不存在的区”", result.Stderr);
        Assert.Contains("尚无机关", Agency("list").Stdout);
    }

    [Fact]
    public void Import_WhenEveryLineIsValid_StoresThemAll_ParentsMayComeFromEarlierLines()
    {
        var file = _dir.File("agencies.csv",
            "\uFEFF名称,层级,上级,统一社会信用代码,机关代字,电话\n" +
            "某区,区域,,,,\n" +
            $"某区人民政府,人民政府,某区,{Code("11310115MB0000001")},某府,021-1234\n" +
            $"\"某区教育局（含,逗号）\",department,某区人民政府,{Code("11310115MB0000002")},某教,\n");

        var result = Agency("import", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已导入 3 个机关", result.Stdout);
        Assert.Contains("某区教育局（含,逗号）", Agency("list").Stdout);
    }

    [Fact]
    public void Import_WhenSomeLinesAreBad_StoresNothingAndNamesEveryBadLineByNumber()
    {
        var file = _dir.File("agencies.csv",
            "name,level,parent,credit_code\n" +
            "某区,region,,\n" +
            $"某区人民政府,government,某区,{Code("11310115MB0000001")}\n" +
            $"某区教育局,department,某区人民政府,{Code("11310115MB0000001")}\n" +
            "某区卫健委,bureau,某区人民政府,\n");

        var result = Agency("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第4行：统一社会信用代码" + Code("11310115MB0000001") + "已登记给另一个机关", result.Stderr);
        Assert.Contains("第5行：机关层级“bureau”无效", result.Stderr);
        Assert.DoesNotContain("第2行", result.Stderr);
        Assert.Contains("尚无机关", Agency("list").Stdout);
    }

    [Fact]
    public void Import_WhenAColumnIsUnknownOrMissing_RefusesTheFileNamingTheHeaderLine()
    {
        var file = _dir.File("agencies.csv", "名称,颜色\n某区,红\n");

        var result = Agency("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第1行：未知的列“颜色”", result.Stderr);
        Assert.Contains("第1行：缺少必需的列“level”", result.Stderr);
    }
}

public sealed class AgencyWorkbookImportTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static string Code(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private string Workbook(params Dictionary<string, object>[] rows)
    {
        var path = Path.Combine(_dir.Path, "agencies.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, rows);
        return path;
    }

    private CliResult Agency(params string[] args) => CliHarness.Run(["agency", .. args, "--data-dir", _dir.Path]);

    [Fact]
    public void ImportXlsx_WhenEveryRowIsValid_StoresThemAll()
    {
        var file = Workbook(
            new() { ["名称"] = "某区", ["层级"] = "区域", ["上级"] = "", ["统一社会信用代码"] = "" },
            new() { ["名称"] = "某区人民政府", ["层级"] = "人民政府", ["上级"] = "某区", ["统一社会信用代码"] = Code("11310115MB0000001") });

        var result = Agency("import", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已导入 2 个机关", result.Stdout);
        Assert.Contains("  某区人民政府（人民政府）", Agency("list").Stdout);
    }

    [Fact]
    public void ImportXlsx_WhenARowIsBad_NamesItsRowNumberAndStoresNothing()
    {
        var file = Workbook(
            new() { ["名称"] = "某区", ["层级"] = "区域", ["上级"] = "", ["统一社会信用代码"] = "" },
            new() { ["名称"] = "某区人民政府", ["层级"] = "人民政府", ["上级"] = "别区", ["统一社会信用代码"] = Code("11310115MB0000001") });

        var result = Agency("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第3行：找不到上级机关或区域“别区”", result.Stderr);
        Assert.Contains("尚无机关", Agency("list").Stdout);
    }
}
