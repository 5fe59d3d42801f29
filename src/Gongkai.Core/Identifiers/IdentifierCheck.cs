namespace Gongkai.Core.Identifiers;

/// <summary>Why an identifier is not valid. Each kind has its own message so the applicant knows what to fix.</summary>
public enum IdentifierFailureKind
{
    /// <summary>Nothing was entered.</summary>
    Empty,
    /// <summary>Not 18 characters (a 15-digit legacy ID number is reported with its 18-digit form).</summary>
    Length,
    /// <summary>A character that cannot appear at its position.</summary>
    Characters,
    /// <summary>The administrative-division part is not a province-level code.</summary>
    Region,
    /// <summary>The birth date of an ID number is not a real date, or lies in the future.</summary>
    BirthDate,
    /// <summary>The last character does not match the others (a typing mistake somewhere).</summary>
    CheckDigit,
}

/// <summary>A failed check. <see cref="Position"/> is the 1-based character position concerned, when one is.</summary>
public sealed record IdentifierError(IdentifierFailureKind Kind, string MessageZh, string MessageEn, int? Position = null);

/// <summary>The outcome of validating an identifier: the parsed value, or the first failure found; warnings never make it invalid.</summary>
public sealed record IdentifierCheck<T>(T? Value, IdentifierError? Error, IReadOnlyList<string> WarningsZh) where T : class
{
    public bool IsValid => Value is not null;

    internal static IdentifierCheck<T> Fail(IdentifierFailureKind kind, string zh, string en, int? position = null) =>
        new(null, new IdentifierError(kind, zh, en, position), []);
}

/// <summary>Shared helpers: normalising input, masking for public pages, province-level division codes (GB/T 2260).</summary>
public static class Identifier
{
    /// <summary>Upper-case with all white space removed (how identifiers are stored, identifiers.md §3).</summary>
    public static string Normalize(string? input) =>
        new((input ?? "").Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Keeps the first and last four characters: <c>1101**********002X</c>.</summary>
    public static string Mask(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : value[..4] + new string('*', value.Length - 8) + value[^4..];

    /// <summary>
    /// 省级行政区划代码 (GB/T 2260) → name. 71 台湾, 81 香港, 82 澳门 as in identifiers.md; 83 is the prefix of 台湾居民居住证
    /// numbers (港澳台居民居住证申领发放办法, 2018 — from memory, UNVERIFIED against the spec sources).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Provinces = new Dictionary<string, string>
    {
        ["11"] = "北京市", ["12"] = "天津市", ["13"] = "河北省", ["14"] = "山西省", ["15"] = "内蒙古自治区",
        ["21"] = "辽宁省", ["22"] = "吉林省", ["23"] = "黑龙江省",
        ["31"] = "上海市", ["32"] = "江苏省", ["33"] = "浙江省", ["34"] = "安徽省", ["35"] = "福建省", ["36"] = "江西省", ["37"] = "山东省",
        ["41"] = "河南省", ["42"] = "湖北省", ["43"] = "湖南省", ["44"] = "广东省", ["45"] = "广西壮族自治区", ["46"] = "海南省",
        ["50"] = "重庆市", ["51"] = "四川省", ["52"] = "贵州省", ["53"] = "云南省", ["54"] = "西藏自治区",
        ["61"] = "陕西省", ["62"] = "甘肃省", ["63"] = "青海省", ["64"] = "宁夏回族自治区", ["65"] = "新疆维吾尔自治区",
        ["71"] = "台湾省", ["81"] = "香港特别行政区", ["82"] = "澳门特别行政区", ["83"] = "台湾居民居住证",
    };
}
