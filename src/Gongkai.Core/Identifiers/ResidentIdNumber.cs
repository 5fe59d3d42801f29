using System.Globalization;

namespace Gongkai.Core.Identifiers;

public enum Sex
{
    Male,
    Female,
}

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male, even = female),
/// and a check character computed with ISO 7064 MOD 11-2 (0–9 or X).
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The normalised 18 characters (upper-case X).</summary>
    public string Value { get; }

    /// <summary>地址码: the county of household registration.</summary>
    public string RegionCode => Value[..6];

    public string ProvinceNameZh => Identifier.Provinces[Value[..2]];

    public DateOnly BirthDate { get; }

    /// <summary>顺序码.</summary>
    public string Sequence => Value[14..17];

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>For public pages: <c>1101**********002X</c>.</summary>
    public string Masked => Identifier.Mask(Value);

    public override string ToString() => Value;

    /// <summary>
    /// Validates in the order length → characters → region → birth date → check character, and reports the first failure.
    /// <paramref name="today"/> (China Standard Time) rules out birth dates in the future.
    /// </summary>
    public static IdentifierCheck<ResidentIdNumber> Validate(string? input, DateOnly today)
    {
        var s = Identifier.Normalize(input);
        if (s.Length == 0)
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Empty, "请输入身份证号码", "no ID number was entered");

        if (s.Length == 15 && s.All(char.IsAsciiDigit))
        {
            var upgraded = UpgradeLegacy(s, today);
            var hint = upgraded.Value is { } v ? $"，对应的18位号码为{v.Value}" : "";
            var hintEn = upgraded.Value is { } v2 ? $"; its 18-digit form is {v2.Value}" : "";
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Length,
                $"这是15位的旧身份证号码，应填写18位号码{hint}", $"this is a 15-digit legacy ID number; enter the 18-digit number{hintEn}");
        }
        if (s.Length != 18)
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Length,
                $"身份证号码应为18位，实际为{s.Length}位", $"an ID number has 18 characters; this one has {s.Length}");

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
                return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Characters,
                    $"身份证号码第{i + 1}位“{s[i]}”无效：前17位只能是数字", $"character {i + 1} ('{s[i]}') must be a digit: the first 17 are digits", i + 1);
        }
        if (!char.IsAsciiDigit(s[17]) && s[17] != 'X')
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Characters,
                $"身份证号码第18位“{s[17]}”无效：校验码只能是数字或X", $"character 18 ('{s[17]}') must be a digit or X", 18);

        if (!Identifier.Provinces.ContainsKey(s[..2]))
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Region,
                $"身份证号码前两位“{s[..2]}”不是有效的省级行政区划代码", $"the first two digits '{s[..2]}' are not a province-level division code", 1);

        if (!DateOnly.TryParseExact(s[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.BirthDate,
                $"身份证号码第7—14位“{s[6..14]}”不是有效的出生日期", $"characters 7–14 ('{s[6..14]}') are not a real birth date", 7);
        if (birth > today)
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.BirthDate,
                $"身份证号码中的出生日期{birth:yyyy-MM-dd}晚于今天", $"the birth date {birth:yyyy-MM-dd} is in the future", 7);

        var expected = CheckCharacter(s.AsSpan(0, 17));
        if (s[17] != expected)
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.CheckDigit,
                $"身份证号码校验码错误：按前17位计算，第18位应为“{expected}”，实际为“{s[17]}”，请核对各位数字",
                $"check character mismatch: the first 17 digits give '{expected}', found '{s[17]}'; a digit is probably mistyped", 18);

        var warnings = birth.Year < 1900 ? new[] { $"出生日期{birth:yyyy-MM-dd}早于1900年，请核对" } : [];
        return new IdentifierCheck<ResidentIdNumber>(new ResidentIdNumber(s, birth), null, warnings);
    }

    /// <summary>
    /// Upgrades a 15-digit number (GB 11643-1989: 6 address + YYMMDD + 3 sequence) by inserting 19 before the year and computing
    /// the check character, then validates the result.
    /// </summary>
    public static IdentifierCheck<ResidentIdNumber> UpgradeLegacy(string fifteen, DateOnly today)
    {
        var s = Identifier.Normalize(fifteen);
        if (s.Length != 15 || !s.All(char.IsAsciiDigit))
            return IdentifierCheck<ResidentIdNumber>.Fail(IdentifierFailureKind.Length, "旧身份证号码应为15位数字", "a legacy ID number has 15 digits");
        var body = s[..6] + "19" + s[6..];
        return Validate(body + CheckCharacter(body), today);
    }

    /// <summary>ISO 7064 MOD 11-2 over the 17-digit body.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }
}
