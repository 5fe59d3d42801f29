using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Tests.Agencies;

public sealed class AgencyProfileTests
{
    private static string CreditCode(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private static AgencyInput Input(string? name = "某区人民政府办公室", string? code = null, string? level = "department",
        string? prefix = "11310115MB0000001/", string? shortName = "某府办") =>
        new(name, code ?? CreditCode("11310115MB0000001"), level, prefix, shortName,
            new DisclosureOfficeContact(" 政务公开办公室 ", "某路1号", "021-12345678", "工作日 9:00—17:00"));

    [Fact]
    public void Validate_WhenEveryFieldIsValid_KeepsTheTrimmedValuesAndTheParsedCreditCode()
    {
        var result = AgencyProfile.Validate(Input());

        Assert.True(result.Succeeded);
        Assert.Equal("某区人民政府办公室", result.Value.Name);
        Assert.Equal(CreditCode("11310115MB0000001"), result.Value.CreditCode!.Value);
        Assert.Equal(AgencyLevel.Department, result.Value.Level);
        Assert.Equal("政务公开办公室", result.Value.Contact.Office);
    }

    [Fact]
    public void Validate_WhenTheCheckCharacterOfTheCreditCodeIsWrong_RefusesWithTheIdentifierReason()
    {
        var good = CreditCode("11310115MB0000001");
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var result = AgencyProfile.Validate(Input(code: bad));

        var error = Assert.IsType<AgencyCreditCodeInvalidError>(Assert.Single(result.Errors));
        Assert.Contains("校验码", error.MessageZh);
    }

    [Fact]
    public void Validate_WhenAnAgencyHasNoCreditCode_RefusesIt_ButARegionNeedsNone()
    {
        Assert.IsType<AgencyCreditCodeInvalidError>(Assert.Single(AgencyProfile.Validate(Input(code: "") with { CreditCode = "" }).Errors));

        var region = AgencyProfile.Validate(new AgencyInput("某区", null, "区域", null, null, DisclosureOfficeContact.None));

        Assert.True(region.Succeeded);
        Assert.Equal(AgencyLevel.Region, region.Value.Level);
        Assert.Null(region.Value.CreditCode);
    }

    [Fact]
    public void Validate_WhenSeveralFieldsAreWrong_ReportsEveryOneOfThem()
    {
        var result = AgencyProfile.Validate(Input(name: " ", level: "ministry", prefix: "索引 号", shortName: "某 府"));

        Assert.Equal(
            ["agency-name-required", "agency-level-unknown", "agency-index-prefix-invalid", "agency-short-name-invalid"],
            result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("township", AgencyLevel.Township)]
    [InlineData("街道", AgencyLevel.Township)]
    [InlineData("人民政府", AgencyLevel.Government)]
    [InlineData("INSTITUTION", AgencyLevel.PublicInstitution)]
    public void Levels_AreReadFromTheKeywordOrTheChineseName(string text, AgencyLevel expected) =>
        Assert.Equal(expected, AgencyLevels.Parse(text));

    [Fact]
    public void Levels_EveryLevelReadsBackFromItsKeyAndItsChineseName()
    {
        foreach (var level in Enum.GetValues<AgencyLevel>())
        {
            Assert.Equal(level, AgencyLevels.Parse(level.Key()));
            Assert.Equal(level, AgencyLevels.Parse(level.NameZh()));
        }
    }
}
