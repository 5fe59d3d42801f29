using Gongkai.Core.Disclosure.Registers;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>台账导入: all-or-nothing, every problem reported with its line number.</summary>
public class RegisterImportTests
{
    private static RegisterSheet Csv(string text) => RegisterSheet.FromCsv(text)!;

    [Fact]
    public void Documents_ValidFile_IsImportedWhole()
    {
        var sheet = Csv("""
            类别,名称,文号,制发日期,废止日期,修订失效日期
            行政规范性文件,"关于印发《科技特派员管理办法》的通知",红科规发〔2023〕1号,2023-03-01,,
            规章,某某规章,,2019/5/6,2023年12月31日,

            规范性文件,旧办法,红科规发〔2018〕2号,2018-01-01,,2023-03-01
            """);

        var result = RegisterImport.Documents(sheet);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Entries.Count);
        Assert.Equal("关于印发《科技特派员管理办法》的通知", result.Entries[0].Title);
        Assert.Equal((new DateOnly(2019, 5, 6), new DateOnly(2023, 12, 31)), (result.Entries[1].IssuedOn, result.Entries[1].RepealedOn!.Value));
        Assert.Null(result.Entries[1].DocumentNumber);
        Assert.Equal(new DateOnly(2023, 3, 1), result.Entries[2].SupersededOn);
    }

    [Fact]
    public void Documents_WithErrors_ImportsNothingAndNamesEveryLine()
    {
        var sheet = Csv("""
            类别,名称,文号,制发日期,废止日期
            行政规范性文件,好的一行,红科规发〔2023〕1号,2023-03-01,
            通知,类别错误,,2023-03-01,
            行政规范性文件,,,2023-13-01,
            行政规范性文件,重复文号,红科规发〔2023〕1号,2023-04-01,
            行政规范性文件,先废后发,,2023-04-01,2023-03-01
            行政规范性文件,多一列,,2023-04-01,,多余
            """);

        var result = RegisterImport.Documents(sheet);

        Assert.Empty(result.Entries);
        Assert.Equal(
            ["第3行“类别”", "第4行“名称”", "第4行“制发日期”", "第5行“文号”", "第6行", "第7行"],
            result.Errors.Select(e => e.ToString().Split('：')[0]));
        Assert.Contains("与第2行重复", result.Errors[3].MessageZh);
    }

    [Fact]
    public void Documents_AlreadyInTheRegister_IsRefused()
    {
        var existing = NormativeDocumentEntry.Create(NormativeDocumentKind.NormativeDocument, "已有", "红科规发〔2023〕1号", new(2023, 3, 1)).Value;
        var sheet = Csv("kind,title,document_number,issued_on\nnormative_document,再次导入,红科规发〔2023〕1号,2023-03-01\n");

        var result = RegisterImport.Documents(sheet, [existing]);

        Assert.Contains("已在登记簿中", Assert.Single(result.Errors).MessageZh);
    }

    [Fact]
    public void Documents_HeaderWithUnknownOrMissingColumns_IsRefusedAtTheHeaderLine()
    {
        var result = RegisterImport.Documents(Csv("\n类别,标题,制发日期\n规章,x,2023-01-01\n"));

        Assert.Equal(["第2行“标题”", "第2行“名称”"], result.Errors.Select(e => e.ToString().Split('：')[0]));
    }

    [Fact]
    public void Statistics_In万元_AreConvertedTo分Exactly()
    {
        var sheet = Csv("年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2023,12,3,0,1.234567\n2022,0,0,0,0\n");

        var result = RegisterImport.Statistics(sheet);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((2023, 12L, 1_234_567L), (result.Entries[0].Year, result.Entries[0].LicensingDecisions, result.Entries[0].FeeIncomeFen));
    }

    [Fact]
    public void Statistics_In元_AreConvertedTo分Exactly()
    {
        var result = RegisterImport.Statistics(Csv("year,licensing_decisions,penalty_decisions,enforcement_decisions,fee_income_yuan\n2023,1,2,3,1234.56\n"));

        Assert.Equal(123_456L, Assert.Single(result.Entries).FeeIncomeFen);
    }

    [Fact]
    public void Statistics_WithErrors_ImportsNothingAndNamesEveryLine()
    {
        var sheet = Csv("年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2023,12,3,0,1.2345678\n23,1,1,1,0\n2022,-1,0,0,0\n2022,1,1,1,0\n2022,1,1,1,0\n");

        var result = RegisterImport.Statistics(sheet);

        Assert.Empty(result.Entries);
        Assert.Equal(["第2行“收费金额（万元）”", "第3行“年度”", "第4行“行政许可”", "第6行“年度”"], result.Errors.Select(e => e.ToString().Split('：')[0]));
    }

    [Fact]
    public void Statistics_WithBothOrNeitherFeeColumn_IsRefused()
    {
        Assert.Single(RegisterImport.Statistics(Csv("年度,行政许可,行政处罚,行政强制\n2023,1,1,1\n")).Errors);
        Assert.Single(RegisterImport.Statistics(Csv("年度,行政许可,行政处罚,行政强制,收费金额（万元）,收费金额（元）\n2023,1,1,1,0,0\n")).Errors);
    }

    [Fact]
    public void Csv_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepTheirLineNumbers()
    {
        var sheet = Csv("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"line1\nline2\"\r\n3,4\n")!;

        Assert.Equal(["a", "b"], sheet.Header);
        Assert.Equal(["x, \"y\"", "line1\nline2"], sheet.Rows[0].Cells);
        Assert.Equal((2, 4), (sheet.Rows[0].Line, sheet.Rows[1].Line));
    }

    [Fact]
    public void Csv_WithAnOpenQuote_IsRefused()
    {
        Assert.Null(RegisterSheet.FromCsv("a,b\n\"x,y\n"));
    }
}
