namespace Gongkai.Core.Disclosure.IndexNumbers;

/// <summary>
/// 索引号: the catalogue number of a disclosed item (条例第十二条: the 目录 lists 索引、名称、内容概述、生成日期 for each item).
/// Either made by the agency's <see cref="IndexNumberRule"/> (then <see cref="Parts"/> is set) or imported verbatim from another
/// system (then <see cref="Parts"/> is null when it does not fit the rule). Once an item has been public its number never changes.
/// </summary>
public sealed record IndexNumber
{
    public const int MaxLength = 64;

    internal IndexNumber(string text, IndexNumberParts? parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    /// <summary>The prefix, date and serial when the number follows a rule.</summary>
    public IndexNumberParts? Parts { get; }

    public override string ToString() => Text;

    /// <summary>
    /// Takes a number from another system as it is (document-format.md §2: “allow importing existing numbers verbatim”); only
    /// an empty value, white space inside or an over-long value is refused. Check it with <see cref="IndexNumberRule.Inspect"/>
    /// to flag broken values such as <c>/2021-172732</c>.
    /// </summary>
    public static DomainResult<IndexNumber> Imported(string? text, IndexNumberRule? rule = null)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0) return new IndexNumberEmptyError();
        if (value.Length > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return new IndexNumberTextInvalidError(value);
        var parsed = rule?.Parse(value);
        return new IndexNumber(value, parsed is { Succeeded: true } ? parsed.Value.Parts : null);
    }
}

/// <summary>The parts of a rule-made number. <see cref="Month"/> is set when the rule's date part is YYYYMM.</summary>
public sealed record IndexNumberParts(string Prefix, int Year, int? Month, int Serial);

public sealed record IndexNumberEmptyError() : DomainError("index-number-empty",
    "索引号为空", "the index number is empty");

public sealed record IndexNumberTextInvalidError(string Text) : DomainError("index-number-text-invalid",
    $"索引号“{Text}”无效：不能含空白或控制字符，不超过{IndexNumber.MaxLength}个字符", $"index number '{Text}' contains white space or is too long");
