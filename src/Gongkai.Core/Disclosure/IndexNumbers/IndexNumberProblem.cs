namespace Gongkai.Core.Disclosure.IndexNumbers;

/// <summary>What is wrong with an index number, judged against the agency's rule.</summary>
public enum IndexNumberProblemKind
{
    Empty,
    /// <summary>The separators or the length do not follow the pattern at all.</summary>
    Shape,
    /// <summary>The prefix is missing, as in <c>/2021-172732</c> (白银区统计局's catalogue, document-format.md §2).</summary>
    PrefixMissing,
    /// <summary>Another agency's prefix, or a mistyped one.</summary>
    PrefixMismatch,
    /// <summary>The year (or year and month) is not a real date part.</summary>
    DateInvalid,
    /// <summary>The serial is not a number, as in <c>/2021-None</c> (淄博中埠镇's catalogue).</summary>
    SerialNotNumeric,
    /// <summary>The serial has the wrong number of digits, as in <c>/2021-172732</c> under a five-digit rule.</summary>
    SerialWidth,
    /// <summary>Serial 0 is never allocated.</summary>
    SerialZero,
}

/// <summary>One problem found in an index number, with the part concerned as written.</summary>
public sealed record IndexNumberProblem(IndexNumberProblemKind Kind, string Found, string MessageZh, string MessageEn);

/// <summary>An index number that does not follow the agency's rule; every problem found is listed.</summary>
public sealed record IndexNumberInvalidError(string Text, IReadOnlyList<IndexNumberProblem> Problems) : DomainError("index-number-invalid",
    $"索引号“{Text}”不符合编制规则：{string.Join("；", Problems.Select(p => p.MessageZh))}",
    $"index number '{Text}' does not follow the rule: {string.Join("; ", Problems.Select(p => p.MessageEn))}");

/// <summary>The per-year sequence ran past what the serial width can hold.</summary>
public sealed record IndexSerialOutOfRangeError(int Serial, int Width) : DomainError("index-serial-out-of-range",
    $"流水号{Serial}超出{Width}位流水号的范围（1至{new string('9', Width)}）", $"serial {Serial} does not fit {Width} digits");

public sealed record IndexNumberPatternInvalidError(string Pattern, string ReasonZh, string ReasonEn) : DomainError("index-number-pattern-invalid",
    $"索引号编制规则“{Pattern}”无效：{ReasonZh}", $"index number pattern '{Pattern}' is invalid: {ReasonEn}");

public sealed record IndexNumberPrefixInvalidError(string Prefix, string ReasonZh, string ReasonEn) : DomainError("index-number-prefix-invalid",
    $"索引号前缀“{Prefix}”无效：{ReasonZh}", $"index number prefix '{Prefix}' is invalid: {ReasonEn}");
