using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Core.Identifiers;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>索引号 (document-format.md §2): the default {prefix}/{YYYY}-{NNNNN}, other patterns, parsing, and broken values seen in the wild.</summary>
public class IndexNumberTests
{
    private const string CreditCode = "11341702486344515H";

    [Fact]
    public void Default_IsCreditCodeSlashYearDashFiveDigitSerial()
    {
        var rule = IndexNumberRule.Default(UnifiedSocialCreditCode.Validate(CreditCode).Value!);

        var number = rule.Format(new DateOnly(2023, 10, 8), 13).Value;

        Assert.Equal("11341702486344515H/2023-00013", number.Text);
        Assert.Equal(new IndexNumberParts(CreditCode, 2023, null, 13), number.Parts);
        Assert.Equal(IndexPrefixKind.CreditCode, rule.PrefixKind);
    }

    [Fact]
    public void YearMonthPattern_ReproducesTheAnhuiCatalogueNumber()
    {
        var rule = IndexNumberRule.Create(CreditCode, "{prefix}/{YYYYMM}-{NNNNN}").Value;

        Assert.Equal("11341702486344515H/202110-00013", rule.Format(new DateOnly(2021, 10, 26), 13).Value.Text);
        Assert.Equal(new IndexNumberParts(CreditCode, 2021, 10, 13), rule.Parse("11341702486344515H/202110-00013").Value.Parts);
    }

    [Fact]
    public void OrganizationCodePrefix_ReproducesTheGovCnNumber()
    {
        var rule = IndexNumberRule.Create("000014349").Value;

        Assert.Equal(IndexPrefixKind.OrganizationCode, rule.PrefixKind);
        Assert.Equal("000014349/2024-00094", rule.Format(new DateOnly(2024, 3, 1), 94).Value.Text);
    }

    [Fact]
    public void DashSeparatedPatternWithSixDigits_ReproducesTheNujiangNumber()
    {
        var rule = IndexNumberRule.Create("01527918X", "{prefix}-{YYYY}-{NNNNNN}").Value;

        Assert.Equal("01527918X-2020-153077", rule.Format(new DateOnly(2020, 6, 1), 153077).Value.Text);
        Assert.Equal(153077, rule.Parse("01527918X-2020-153077").Value.Parts!.Serial);
    }

    [Fact]
    public void CustomUnitCode_IsRefusedUnlessAllowed()
    {
        Assert.IsType<IndexNumberPrefixInvalidError>(Assert.Single(IndexNumberRule.Create("035210000").Errors));
        Assert.Equal(IndexPrefixKind.Custom, IndexNumberRule.Create("035210000", allowCustomPrefix: true).Value.PrefixKind);
    }

    [Theory]
    [InlineData("11341702486344515J")]
    [InlineData("")]
    [InlineData("1134-1702")]
    public void InvalidPrefix_IsRefused(string prefix)
    {
        Assert.IsType<IndexNumberPrefixInvalidError>(Assert.Single(IndexNumberRule.Create(prefix).Errors));
    }

    [Theory]
    [InlineData("{prefix}/{YYYY}")]
    [InlineData("{prefix}/{YYYY}-{NNNNN}-{NNN}")]
    [InlineData("{YYYY}-{NNNNN}")]
    [InlineData("{prefix}/{YY}-{NNNNN}")]
    [InlineData("{prefix}/{YYYY}-{NNNNN")]
    [InlineData("{prefix} / {YYYY}-{NNNNN}")]
    [InlineData("{prefix}/{YYYY}-{NNNNNNNNNN}")]
    public void InvalidPattern_IsRefused(string pattern)
    {
        Assert.IsType<IndexNumberPatternInvalidError>(Assert.Single(IndexNumberRule.Create(CreditCode, pattern).Errors));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100000)]
    public void Serial_OutsideTheWidth_IsRefused(int serial)
    {
        Assert.IsType<IndexSerialOutOfRangeError>(Assert.Single(Rule.Format(new DateOnly(2023, 1, 1), serial).Errors));
    }

    [Fact]
    public void Serial_FillsTheWidthExactly()
    {
        Assert.Equal("11341702486344515H/2023-99999", Rule.Format(new DateOnly(2023, 12, 31), 99999).Value.Text);
    }

    [Theory]
    [InlineData("/2021-172732", new[] { IndexNumberProblemKind.PrefixMissing, IndexNumberProblemKind.SerialWidth })]
    [InlineData("/2021-None", new[] { IndexNumberProblemKind.PrefixMissing, IndexNumberProblemKind.SerialNotNumeric })]
    [InlineData("11341702003256079T/2021-00001", new[] { IndexNumberProblemKind.PrefixMismatch })]
    [InlineData("11341702486344515H/21-00001", new[] { IndexNumberProblemKind.DateInvalid })]
    [InlineData("11341702486344515H/2021-00000", new[] { IndexNumberProblemKind.SerialZero })]
    [InlineData("11341702486344515H-2021-00001", new[] { IndexNumberProblemKind.Shape })]
    [InlineData("11341702486344515H/2021-00001/x", new[] { IndexNumberProblemKind.SerialNotNumeric })]
    [InlineData("", new[] { IndexNumberProblemKind.Empty })]
    public void Inspect_FlagsBrokenValues(string text, IndexNumberProblemKind[] expected)
    {
        Assert.Equal(expected, Rule.Inspect(text).Select(p => p.Kind));
        Assert.False(Rule.Parse(text).Succeeded);
    }

    [Fact]
    public void Parse_OfAFormattedNumber_GivesItsParts()
    {
        var formatted = Rule.Format(new DateOnly(2023, 5, 6), 42).Value;

        Assert.Equal(formatted, Rule.Parse(formatted.Text).Value);
        Assert.Empty(Rule.Inspect(formatted.Text));
        Assert.True(Rule.BelongsToYear(formatted, 2023));
        Assert.False(Rule.BelongsToYear(formatted, 2024));
    }

    [Fact]
    public void Imported_KeepsABrokenValueVerbatim_WithoutParts()
    {
        var imported = IndexNumber.Imported(" /2021-172732 ", Rule).Value;

        Assert.Equal("/2021-172732", imported.Text);
        Assert.Null(imported.Parts);
        Assert.NotEmpty(Rule.Inspect(imported.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    public void Imported_EmptyOrWithSpaces_IsRefused(string text)
    {
        Assert.False(IndexNumber.Imported(text).Succeeded);
    }

    [Fact]
    public void IndexNumber_MayBeCorrectedBeforePublication()
    {
        var b = new ItemBuilder();
        var item = b.ConfidentialityReviewed();

        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 14).Value, b.By(Clerk)));

        Assert.Equal("11341702486344515H/2023-00014", item.IndexNumber!.Text);
    }

    [Fact]
    public void IndexNumber_IsImmutableOncePublished_AlsoWhileARevisionIsInDraft()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Title = "更正" }, b.By(Clerk), Tree));

        var error = Refused<IndexNumberImmutableError, ItemEvent>(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 99).Value, b.By(Clerk)));

        Assert.Equal("11341702486344515H/2023-00013", error.Number.Text);
    }

    [Fact]
    public void IndexNumber_OfAScheduledItem_MayStillBeCorrected()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(1));

        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 20).Value, b.By(Clerk)));
    }
}
