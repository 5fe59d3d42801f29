using System.Text.RegularExpressions;

namespace Gongkai.Core.Identifiers;

/// <summary>
/// 个人信息脱敏: finds resident ID numbers and telephone numbers anywhere in a text and masks them, so a log line or an
/// error message can carry the rest of the text without the personal data (个人信息保护法第五十一条: 采取去标识化等安全技术措施;
/// 等保二级 requires personal data to be protected in logs). Matching is by shape, not validity: a mistyped ID number is
/// as personal as a valid one.
/// </summary>
public static partial class PersonalDataText
{
    /// <summary>True when the text holds something shaped like an ID number or a telephone number.</summary>
    public static bool ContainsPersonalData(string? text) => text is not null && Pattern().IsMatch(text);

    /// <summary>
    /// The text with every ID number (18 characters, the last may be X: <c>1101**********002X</c>), mobile number
    /// (<c>138****5678</c>) and landline (<c>010-****5678</c>) masked; any other text is returned unchanged.
    /// </summary>
    public static string Mask(string text)
    {
        if (text.Length < 7 || !Pattern().IsMatch(text)) return text;
        return Pattern().Replace(text, m =>
            m.Groups["id"].Success ? Identifier.Mask(m.Value)
            : m.Groups["mobile"].Success ? m.Value[..3] + "****" + m.Value[^4..]
            : MaskLandline(m));
    }

    // The area code stays (it names a city, not a person); the subscriber number keeps its last four digits.
    private static string MaskLandline(Match m)
    {
        var number = m.Groups["number"];
        return m.Value[..(number.Index - m.Index)] + new string('*', number.Length - 4) + number.Value[^4..];
    }

    // Digits around a match would mean a longer number (an account number, a hash): only whole numbers are matched.
    // id: 6 region + 8 birth date + 3 sequence + check character (0-9 or X), GB 11643-1999.
    // mobile: 1[3-9] and nine digits (工业和信息化部 numbering plan).
    // landline: a trunk prefix 0, a 2-3 digit area code (optionally in brackets or followed by - or a space), 7-8 digits.
    [GeneratedRegex(@"(?<![0-9])(?:(?<id>[0-9]{17}[0-9Xx])|(?<mobile>1[3-9][0-9]{9})|(?<landline>(?:\(0[0-9]{2,3}\)|（0[0-9]{2,3}）|0[0-9]{2,3}[- ]?)(?<number>[2-9][0-9]{6,7})))(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
