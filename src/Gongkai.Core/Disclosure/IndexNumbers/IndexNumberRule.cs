using System.Globalization;
using System.Text;
using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Disclosure.IndexNumbers;

/// <summary>What an index-number prefix is (document-format.md §2).</summary>
public enum IndexPrefixKind
{
    /// <summary>The agency's 统一社会信用代码 (18 characters, check character verified) — Gongkai's default.</summary>
    CreditCode,
    /// <summary>The agency's legacy 组织机构代码 (9 characters, GB 11714 check verified), as on 中国政府网 (<c>000014349/2024-00094</c>).</summary>
    OrganizationCode,
    /// <summary>A region's own unit code that is neither (e.g. <c>035210000</c> in a 东莞 town catalogue); allowed only when asked for.</summary>
    Custom,
}

/// <summary>
/// 索引号编制规则: how an agency numbers its catalogue. No national standard fixes the syntax (document-format.md §2); Gongkai's
/// default is <c>{prefix}/{YYYY}-{NNNNN}</c> — the agency's credit code, the year of the item's 生成日期, and a per-agency, per-year
/// serial zero-padded to five digits. A pattern is literal text with exactly one each of <c>{prefix}</c>, a date part
/// (<c>{YYYY}</c> or <c>{YYYYMM}</c>) and a serial (<c>{N…}</c>, one N per digit).
/// <para>
/// Allocation is the caller's: the database hands out the next serial of (agency, <see cref="SequenceYear"/>) atomically and never
/// reuses one; this type formats, parses and checks.
/// </para>
/// </summary>
public sealed class IndexNumberRule
{
    public const string DefaultPattern = "{prefix}/{YYYY}-{NNNNN}";
    public const int MaxSerialWidth = 9;

    private readonly IReadOnlyList<Segment> _segments;

    private IndexNumberRule(string prefix, IndexPrefixKind prefixKind, string pattern, IReadOnlyList<Segment> segments)
    {
        Prefix = prefix;
        PrefixKind = prefixKind;
        Pattern = pattern;
        _segments = segments;
        SerialWidth = segments.Single(s => s.Kind == SegmentKind.Serial).Width;
        WithMonth = segments.Any(s => s.Kind == SegmentKind.YearMonth);
    }

    public string Prefix { get; }
    public IndexPrefixKind PrefixKind { get; }
    public string Pattern { get; }
    public int SerialWidth { get; }

    /// <summary>Whether the date part is YYYYMM (e.g. <c>11341702486344515H/202110-00013</c>) rather than YYYY.</summary>
    public bool WithMonth { get; }

    /// <summary>The default rule for an agency: its credit code as prefix, <see cref="DefaultPattern"/>.</summary>
    public static IndexNumberRule Default(UnifiedSocialCreditCode creditCode) =>
        Create(creditCode.Value).Value;

    /// <summary>
    /// A rule with <paramref name="prefix"/> (a valid credit code or 组织机构代码; any other ASCII code only with
    /// <paramref name="allowCustomPrefix"/>) and <paramref name="pattern"/>.
    /// </summary>
    public static DomainResult<IndexNumberRule> Create(string prefix, string pattern = DefaultPattern, bool allowCustomPrefix = false)
    {
        var errors = new List<DomainError>();
        var normalized = Identifier.Normalize(prefix);
        var kind = ClassifyPrefix(normalized, allowCustomPrefix, errors);
        var segments = ParsePattern(pattern ?? "", errors);
        if (errors.Count > 0) return DomainResult<IndexNumberRule>.Failure(errors);
        return new IndexNumberRule(normalized, kind!.Value, pattern!, segments!);
    }

    /// <summary>The year whose sequence the serial of an item generated on <paramref name="generatedOn"/> is drawn from.</summary>
    public static int SequenceYear(DateOnly generatedOn) => generatedOn.Year;

    /// <summary>The number of the <paramref name="serial"/>-th item of <see cref="SequenceYear"/>(<paramref name="generatedOn"/>).</summary>
    public DomainResult<IndexNumber> Format(DateOnly generatedOn, int serial)
    {
        if (serial < 1 || serial > MaxSerial) return new IndexSerialOutOfRangeError(serial, SerialWidth);
        var sb = new StringBuilder();
        foreach (var s in _segments)
        {
            sb.Append(s.Kind switch
            {
                SegmentKind.Literal => s.Text,
                SegmentKind.Prefix => Prefix,
                SegmentKind.Year => generatedOn.Year.ToString("0000", CultureInfo.InvariantCulture),
                SegmentKind.YearMonth => generatedOn.ToString("yyyyMM", CultureInfo.InvariantCulture),
                _ => serial.ToString(new string('0', SerialWidth), CultureInfo.InvariantCulture),
            });
        }
        return new IndexNumber(sb.ToString(), new IndexNumberParts(Prefix, generatedOn.Year, WithMonth ? generatedOn.Month : null, serial));
    }

    /// <summary>Reads a number made by this rule; every problem is reported (see <see cref="Inspect"/>).</summary>
    public DomainResult<IndexNumber> Parse(string? text)
    {
        var value = (text ?? "").Trim();
        var (problems, parts) = Examine(value);
        return problems.Count > 0 ? new IndexNumberInvalidError(value, problems) : new IndexNumber(value, parts);
    }

    /// <summary>
    /// The problems of a number measured against this rule — empty when it is well formed. For assessing imported or published
    /// catalogues: <c>/2021-172732</c> gives PrefixMissing and SerialWidth, <c>/2021-None</c> PrefixMissing and SerialNotNumeric.
    /// </summary>
    public IReadOnlyList<IndexNumberProblem> Inspect(string? text) => Examine((text ?? "").Trim()).Problems;

    /// <summary>Whether a number made by this rule belongs to <paramref name="year"/>'s sequence (for “never reused” checks on import).</summary>
    public bool BelongsToYear(IndexNumber number, int year) => number.Parts is { } p && p.Prefix == Prefix && p.Year == year;

    private int MaxSerial => (int)Math.Min(int.MaxValue, Math.Pow(10, SerialWidth) - 1);

    private (List<IndexNumberProblem> Problems, IndexNumberParts? Parts) Examine(string value)
    {
        var problems = new List<IndexNumberProblem>();
        if (value.Length == 0)
        {
            problems.Add(new(IndexNumberProblemKind.Empty, "", "索引号为空", "the index number is empty"));
            return (problems, null);
        }

        string? prefix = null;
        int? year = null, month = null, serial = null;
        int at = 0;
        for (int i = 0; i < _segments.Count; i++)
        {
            var s = _segments[i];
            if (s.Kind == SegmentKind.Literal)
            {
                if (at + s.Text.Length > value.Length || string.CompareOrdinal(value, at, s.Text, 0, s.Text.Length) != 0)
                    return (Shape(value), null);
                at += s.Text.Length;
                continue;
            }

            // A part runs up to the next literal separator, or has its own fixed width when another part follows directly.
            int end;
            var next = i + 1 < _segments.Count ? _segments[i + 1] : null;
            if (next is null) end = value.Length;
            else if (next.Kind == SegmentKind.Literal) end = value.IndexOf(next.Text, at, StringComparison.Ordinal);
            else end = at + FixedWidth(s);
            if (end < 0 || end > value.Length) return (Shape(value), null);
            string part = value[at..end];
            at = end;

            switch (s.Kind)
            {
                case SegmentKind.Prefix:
                    prefix = part;
                    if (part.Length == 0)
                        problems.Add(new(IndexNumberProblemKind.PrefixMissing, part, $"缺少前缀（应为“{Prefix}”）", $"the prefix is missing (expected '{Prefix}')"));
                    else if (!string.Equals(part, Prefix, StringComparison.Ordinal))
                        problems.Add(new(IndexNumberProblemKind.PrefixMismatch, part, $"前缀“{part}”与本机关前缀“{Prefix}”不符", $"prefix '{part}' is not this agency's '{Prefix}'"));
                    break;
                case SegmentKind.Year or SegmentKind.YearMonth:
                    (year, month) = ReadDate(part, s.Kind == SegmentKind.YearMonth, problems);
                    break;
                default:
                    serial = ReadSerial(part, problems);
                    break;
            }
        }
        if (at != value.Length) return (Shape(value), null);
        return problems.Count > 0 ? (problems, null) : (problems, new IndexNumberParts(prefix!, year!.Value, month, serial!.Value));
    }

    private List<IndexNumberProblem> Shape(string value) =>
        [new(IndexNumberProblemKind.Shape, value, $"格式与规则“{Pattern}”不符", $"it does not have the shape '{Pattern}'")];

    private int FixedWidth(Segment s) => s.Kind switch
    {
        SegmentKind.Prefix => Prefix.Length,
        SegmentKind.Year => 4,
        SegmentKind.YearMonth => 6,
        _ => SerialWidth,
    };

    private static (int?, int?) ReadDate(string part, bool withMonth, List<IndexNumberProblem> problems)
    {
        int width = withMonth ? 6 : 4;
        if (part.Length == width && part.All(char.IsAsciiDigit))
        {
            int year = int.Parse(part[..4], CultureInfo.InvariantCulture);
            int? month = withMonth ? int.Parse(part[4..], CultureInfo.InvariantCulture) : null;
            // 1949 is the earliest year a catalogue of the PRC's organs could date from.
            if (year >= 1949 && year <= 9999 && month is null or (>= 1 and <= 12)) return (year, month);
        }
        problems.Add(new(IndexNumberProblemKind.DateInvalid, part,
            $"日期部分“{part}”应为{(withMonth ? "年月（YYYYMM）" : "年份（YYYY）")}", $"date part '{part}' should be {(withMonth ? "YYYYMM" : "YYYY")}"));
        return (null, null);
    }

    private int? ReadSerial(string part, List<IndexNumberProblem> problems)
    {
        if (part.Length == 0 || !part.All(char.IsAsciiDigit))
        {
            problems.Add(new(IndexNumberProblemKind.SerialNotNumeric, part, $"流水号“{part}”不是数字", $"serial '{part}' is not a number"));
            return null;
        }
        if (part.Length != SerialWidth)
        {
            problems.Add(new(IndexNumberProblemKind.SerialWidth, part, $"流水号“{part}”应为{SerialWidth}位数字", $"serial '{part}' should have {SerialWidth} digits"));
            return null;
        }
        int serial = int.Parse(part, CultureInfo.InvariantCulture);
        if (serial == 0)
        {
            problems.Add(new(IndexNumberProblemKind.SerialZero, part, "流水号不能为0", "serial 0 is never allocated"));
            return null;
        }
        return serial;
    }

    private static IndexPrefixKind? ClassifyPrefix(string prefix, bool allowCustom, List<DomainError> errors)
    {
        if (prefix.Length == 0 || !prefix.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new IndexNumberPrefixInvalidError(prefix, "前缀只能由数字和字母组成且不能为空", "a prefix is a non-empty code of digits and letters"));
            return null;
        }
        if (prefix.Length == 18)
        {
            var check = UnifiedSocialCreditCode.Validate(prefix);
            if (check.IsValid) return IndexPrefixKind.CreditCode;
            if (!allowCustom)
            {
                errors.Add(new IndexNumberPrefixInvalidError(prefix, check.Error!.MessageZh, check.Error.MessageEn));
                return null;
            }
        }
        if (prefix.Length == 9 && IsOrganizationCode(prefix)) return IndexPrefixKind.OrganizationCode;
        if (allowCustom) return IndexPrefixKind.Custom;
        errors.Add(new IndexNumberPrefixInvalidError(prefix,
            "应为本机关的统一社会信用代码（18位）或组织机构代码（9位），校验码须正确；使用本地区自定的单位代码时须明确选择“自定义前缀”",
            "expected the agency's credit code (18) or organisation code (9) with a valid check character, or an explicitly allowed custom code"));
        return null;
    }

    private static bool IsOrganizationCode(string code) =>
        code[..8].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
        && UnifiedSocialCreditCode.OrganizationCheckCharacter(code.AsSpan(0, 8)) == code[8];

    private static List<Segment>? ParsePattern(string pattern, List<DomainError> errors)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        int i = 0;
        DomainError Invalid(string zh, string en) => new IndexNumberPatternInvalidError(pattern, zh, en);
        while (i < pattern.Length)
        {
            char c = pattern[i];
            if (c == '}') { errors.Add(Invalid("多余的“}”", "stray '}'")); return null; }
            if (c != '{')
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c)) { errors.Add(Invalid("不能含空白字符", "white space is not allowed")); return null; }
                literal.Append(c);
                i++;
                continue;
            }
            int close = pattern.IndexOf('}', i);
            if (close < 0) { errors.Add(Invalid("缺少“}”", "missing '}'")); return null; }
            if (literal.Length > 0) { segments.Add(new Segment(SegmentKind.Literal, literal.ToString(), 0)); literal.Clear(); }
            string token = pattern[(i + 1)..close];
            Segment? segment = token switch
            {
                "prefix" => new Segment(SegmentKind.Prefix, "", 0),
                "YYYY" => new Segment(SegmentKind.Year, "", 4),
                "YYYYMM" => new Segment(SegmentKind.YearMonth, "", 6),
                _ when token.Length is > 0 and <= MaxSerialWidth && token.All(ch => ch == 'N') => new Segment(SegmentKind.Serial, "", token.Length),
                _ => null,
            };
            if (segment is null)
            {
                errors.Add(Invalid($"不认识的占位符“{{{token}}}”（可用：{{prefix}}、{{YYYY}}、{{YYYYMM}}、{{N…}}，流水号至多{MaxSerialWidth}位）",
                    $"unknown placeholder '{{{token}}}' (use {{prefix}}, {{YYYY}}, {{YYYYMM}}, {{N…}} up to {MaxSerialWidth} digits)"));
                return null;
            }
            segments.Add(segment);
            i = close + 1;
        }
        if (literal.Length > 0) segments.Add(new Segment(SegmentKind.Literal, literal.ToString(), 0));

        int prefixes = segments.Count(s => s.Kind == SegmentKind.Prefix);
        int dates = segments.Count(s => s.Kind is SegmentKind.Year or SegmentKind.YearMonth);
        int serials = segments.Count(s => s.Kind == SegmentKind.Serial);
        if (prefixes != 1 || dates != 1 || serials != 1)
        {
            errors.Add(Invalid("须各含一个{prefix}、日期（{YYYY}或{YYYYMM}）和流水号（{N…}）", "needs exactly one {prefix}, one date part and one serial"));
            return null;
        }
        return segments;
    }

    private enum SegmentKind { Literal, Prefix, Year, YearMonth, Serial }

    private sealed record Segment(SegmentKind Kind, string Text, int Width);
}
