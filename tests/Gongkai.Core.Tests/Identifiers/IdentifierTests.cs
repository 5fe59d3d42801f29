using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Tests.Identifiers;

/// <summary>Cases from identifiers.md (GB 11643-1999 appendix examples, real credit codes) and hand-made invalid variants.</summary>
public class IdentifierTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void ResidentId_StandardExample_IsValidFemaleBornIn1949()
    {
        // Σ = 167, 167 mod 11 = 2 → "X" (identifiers.md worked example).
        var check = ResidentIdNumber.Validate("11010519491231002X", Today);

        Assert.True(check.IsValid);
        var id = check.Value!;
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal("北京市", id.ProvinceNameZh);
        Assert.Equal("1101**********002X", id.Masked);
    }

    [Fact]
    public void ResidentId_BornIn1880_IsValidWithAWarning()
    {
        // Σ = 195, 195 mod 11 = 8 → "4".
        var check = ResidentIdNumber.Validate("440524188001010014", Today);

        Assert.True(check.IsValid);
        Assert.Equal(Sex.Male, check.Value!.Sex);
        Assert.Single(check.WarningsZh);
    }

    [Fact]
    public void ResidentId_LowerCaseXAndSpaces_AreNormalised()
    {
        var check = ResidentIdNumber.Validate(" 110105 19491231 002x ", Today);

        Assert.Equal("11010519491231002X", check.Value!.Value);
    }

    [Theory]
    [InlineData("", IdentifierFailureKind.Empty, null)]
    [InlineData("1101051949123100", IdentifierFailureKind.Length, null)]
    [InlineData("11010519491231002X1", IdentifierFailureKind.Length, null)]
    [InlineData("11010519491231A02X", IdentifierFailureKind.Characters, 15)]
    [InlineData("11010519491231002Y", IdentifierFailureKind.Characters, 18)]
    [InlineData("99010519491231002X", IdentifierFailureKind.Region, 1)]
    [InlineData("11010519491331002X", IdentifierFailureKind.BirthDate, 7)]
    [InlineData("11010520230229002X", IdentifierFailureKind.BirthDate, 7)]
    [InlineData("11010520990101002X", IdentifierFailureKind.BirthDate, 7)]
    // Same body as the standard example, last character 1 instead of X.
    [InlineData("110105194912310021", IdentifierFailureKind.CheckDigit, 18)]
    public void ResidentId_EachFailureKindHasItsOwnError(string input, IdentifierFailureKind kind, int? position)
    {
        var check = ResidentIdNumber.Validate(input, Today);

        Assert.False(check.IsValid);
        Assert.Equal(kind, check.Error!.Kind);
        Assert.Equal(position, check.Error.Position);
        Assert.False(string.IsNullOrWhiteSpace(check.Error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(check.Error.MessageEn));
    }

    [Fact]
    public void ResidentId_CheckDigitError_SaysWhatTheCheckCharacterShouldBe()
    {
        var error = ResidentIdNumber.Validate("110105194912310021", Today).Error!;

        Assert.Contains("应为“X”", error.MessageZh);
    }

    [Fact]
    public void ResidentId_FifteenDigitLegacyNumber_IsALengthErrorThatGivesThe18DigitForm()
    {
        // 110105 + 19 + 491231 + 002 → 11010519491231002, check X.
        var check = ResidentIdNumber.Validate("110105491231002", Today);

        Assert.Equal(IdentifierFailureKind.Length, check.Error!.Kind);
        Assert.Contains("11010519491231002X", check.Error.MessageZh);
        Assert.Equal("11010519491231002X", ResidentIdNumber.UpgradeLegacy("110105491231002", Today).Value!.Value);
    }

    [Theory]
    // Σ = 1223, 1223 mod 31 = 14 → 31 − 14 = 17 → "H"; embedded 48634451-5 ✓.
    [InlineData("11341702486344515H", "48634451-5", true)]
    // Embedded 00325607-9: 0·3+0·7+3·9+2·10+5·5+6·8+0·4+7·2 = 134, 134 mod 11 = 2, 11 − 2 = 9 ✓.
    [InlineData("11341702003256079T", "00325607-9", true)]
    // Σ = 1782, 1782 mod 31 = 15 → 16 → "G"; embedded 71526726-X.
    [InlineData("9144030071526726XG", "71526726-X", true)]
    [InlineData("9144030071526726xg", "71526726-X", true)]
    public void CreditCode_RealCodes_AreValid(string input, string organizationCode, bool embeddedMatches)
    {
        var check = UnifiedSocialCreditCode.Validate(input);

        Assert.True(check.IsValid);
        Assert.Equal(organizationCode, check.Value!.OrganizationCode);
        Assert.Equal(embeddedMatches, check.Value.OrganizationCodeCheckMatches);
    }

    [Theory]
    [InlineData("", IdentifierFailureKind.Empty, null)]
    [InlineData("1134170248634451H", IdentifierFailureKind.Length, null)]
    [InlineData("11341702486344515I", IdentifierFailureKind.Characters, 18)]
    [InlineData("91440300715267O6XG", IdentifierFailureKind.Characters, 15)]
    [InlineData("9144030071526726X-", IdentifierFailureKind.Characters, 18)]
    [InlineData("11AB1702486344515H", IdentifierFailureKind.Region, 3)]
    [InlineData("11991702486344515H", IdentifierFailureKind.Region, 3)]
    // The worked invalid example: last character J where H is expected.
    [InlineData("11341702486344515J", IdentifierFailureKind.CheckDigit, 18)]
    public void CreditCode_EachFailureKindHasItsOwnError(string input, IdentifierFailureKind kind, int? position)
    {
        var check = UnifiedSocialCreditCode.Validate(input);

        Assert.False(check.IsValid);
        Assert.Equal(kind, check.Error!.Kind);
        Assert.Equal(position, check.Error.Position);
    }

    [Fact]
    public void CreditCode_ForbiddenLetter_IsNamedInTheMessage()
    {
        var error = UnifiedSocialCreditCode.Validate("11341702486344515I").Error!;

        Assert.Contains("I、O、S、V、Z", error.MessageZh);
    }

    [Fact]
    public void Mask_KeepsFourCharactersAtEachEnd()
    {
        Assert.Equal("1134**********515H", Identifier.Mask("11341702486344515H"));
    }
}
