using Gongkai.Core.Identifiers;
using FsCheck;
using FsCheck.Xunit;

namespace Gongkai.Core.Tests.Identifiers;

public sealed class PersonalDataTextTests
{
    [Theory]
    [InlineData("申请人身份证号110101199003071234已核验", "申请人身份证号1101**********1234已核验")]
    [InlineData("id=11010119900307123X&x=1", "id=1101**********123X&x=1")]
    [InlineData("校验位错误的号码 110101199003071239 也要遮盖", "校验位错误的号码 1101**********1239 也要遮盖")]
    [InlineData("小写 x：11010119900307123x", "小写 x：1101**********123x")]
    public void Mask_HidesEighteenCharacterIdNumbers_ValidOrNot(string text, string expected) =>
        Assert.Equal(expected, PersonalDataText.Mask(text));

    [Theory]
    [InlineData("联系电话13812345678", "联系电话138****5678")]
    [InlineData("{\"phone\":\"19912345678\"}", "{\"phone\":\"199****5678\"}")]
    [InlineData("tel 010-62345678 转", "tel 010-****5678 转")]
    [InlineData("(0951)2345678", "(0951)***5678")]
    [InlineData("（021）62345678", "（021）****5678")]
    [InlineData("0951 2345678", "0951 ***5678")]
    public void Mask_HidesMobileAndLandlineNumbers(string text, string expected) =>
        Assert.Equal(expected, PersonalDataText.Mask(text));

    [Theory]
    [InlineData("HTTP GET /api/v1/reports/checks responded 200 in 12.3456 ms")]
    [InlineData("2024-01-30 01:02:03 第3条 共128条")]
    [InlineData("12812345678")]
    [InlineData("1381234567890")]
    [InlineData("1101011990030712345")]
    [InlineData("12345678")]
    public void Mask_LeavesOtherNumbersAlone(string text)
    {
        Assert.Equal(text, PersonalDataText.Mask(text));
        Assert.False(PersonalDataText.ContainsPersonalData(text));
    }

    [Property]
    public void Mask_NeverLeavesAMobileNumberReadable(PositiveInt seed, NonNegativeInt prefixDigit, string? before, string? after)
    {
        var mobile = $"1{3 + prefixDigit.Get % 7}{seed.Get % 1_000_000_000:D9}";
        // Digits touching the number make it part of a longer one, which is not a phone number.
        var left = new string((before ?? "").Where(c => !char.IsAsciiDigit(c)).ToArray());
        var right = new string((after ?? "").Where(c => !char.IsAsciiDigit(c)).ToArray());

        var masked = PersonalDataText.Mask(left + mobile + right);

        Assert.DoesNotContain(mobile, masked);
        Assert.False(PersonalDataText.ContainsPersonalData(masked));
    }
}
