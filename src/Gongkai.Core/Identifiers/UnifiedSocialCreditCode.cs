namespace Gongkai.Core.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): registration authority (1), category (1), division code of the registering authority (6),
/// 主体标识码 (9, for older entities their 组织机构代码), check character (1). Characters come from
/// <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> (no I, O, S, V, Z). The algorithm is verified by consistency (identifiers.md §2).
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    // "10" is the division code of organs registered at the central level (100000).
    private const string CentralLevel = "10";

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>登记管理部门代码 (e.g. 1 机构编制, 5 民政, 9 市场监管; the full table is UNVERIFIED).</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>机构类别代码 (meaning depends on the authority; UNVERIFIED table).</summary>
    public char Category => Value[1];

    /// <summary>登记管理机关行政区划码.</summary>
    public string RegionCode => Value[2..8];

    /// <summary>The 9-character 主体标识码 written as an 组织机构代码, e.g. 48634451-5.</summary>
    public string OrganizationCode => Value[8..16] + "-" + Value[16];

    /// <summary>
    /// Whether the embedded 组织机构代码 (GB 11714) check character matches. Informational only: it holds for codes that carry an
    /// older organisation code, and is not required of others.
    /// </summary>
    public bool OrganizationCodeCheckMatches => OrganizationCheckCharacter(Value.AsSpan(8, 8)) == Value[16];

    public string Masked => Identifier.Mask(Value);

    public override string ToString() => Value;

    /// <summary>Validates in the order length → characters → region → check character, and reports the first failure.</summary>
    public static IdentifierCheck<UnifiedSocialCreditCode> Validate(string? input)
    {
        var s = Identifier.Normalize(input);
        if (s.Length == 0)
            return IdentifierCheck<UnifiedSocialCreditCode>.Fail(IdentifierFailureKind.Empty, "请输入统一社会信用代码", "no credit code was entered");
        if (s.Length != 18)
            return IdentifierCheck<UnifiedSocialCreditCode>.Fail(IdentifierFailureKind.Length,
                $"统一社会信用代码应为18位，实际为{s.Length}位", $"a unified social credit code has 18 characters; this one has {s.Length}");

        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.Contains(s[i])) continue;
            var why = "IOSVZ".Contains(s[i]) ? "统一社会信用代码不使用字母I、O、S、V、Z" : "只能是数字或大写字母";
            var whyEn = "IOSVZ".Contains(s[i]) ? "the letters I, O, S, V and Z are not used" : "only digits and capital letters are used";
            return IdentifierCheck<UnifiedSocialCreditCode>.Fail(IdentifierFailureKind.Characters,
                $"统一社会信用代码第{i + 1}位“{s[i]}”无效：{why}", $"character {i + 1} ('{s[i]}') is invalid: {whyEn}", i + 1);
        }

        var region = s[2..8];
        if (!region.All(char.IsAsciiDigit) || !(Identifier.Provinces.ContainsKey(region[..2]) || region[..2] == CentralLevel))
            return IdentifierCheck<UnifiedSocialCreditCode>.Fail(IdentifierFailureKind.Region,
                $"统一社会信用代码第3—8位“{region}”不是有效的行政区划代码", $"characters 3–8 ('{region}') are not an administrative division code", 3);

        var expected = CheckCharacter(s.AsSpan(0, 17));
        if (s[17] != expected)
            return IdentifierCheck<UnifiedSocialCreditCode>.Fail(IdentifierFailureKind.CheckDigit,
                $"统一社会信用代码校验码错误：按前17位计算，第18位应为“{expected}”，实际为“{s[17]}”，请核对各位字符",
                $"check character mismatch: the first 17 characters give '{expected}', found '{s[17]}'; a character is probably mistyped", 18);

        return new IdentifierCheck<UnifiedSocialCreditCode>(new UnifiedSocialCreditCode(s), null, []);
    }

    /// <summary>GB 32100: 31 − (Σ value·3^i mod 31), mod 31, as a character of <see cref="Alphabet"/>.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(body17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>GB 11714: 11 − (Σ value·w mod 11), with 10 → X and 11 → 0; letters count A=10 … Z=35.</summary>
    public static char OrganizationCheckCharacter(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrganizationWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
