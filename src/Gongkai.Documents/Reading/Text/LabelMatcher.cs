namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// A layout label prepared for matching: its numbering (一、 （一） 1.) taken apart from the words, both as keys
/// (<see cref="TextNormaliser.Key"/>). Built from the labels of <c>ReportLayout</c>; the reader keeps no labels of its own.
/// </summary>
internal sealed record LabelKey(string Label, string? Numeral, string Core)
{
    /// <summary>Words shorter than this are too common to be taken without their numbering (其他, 总计).</summary>
    public const int MinCoreWithoutNumbering = 4;

    /// <summary>The other way to write the numeral (三 ↔ 3), or '\0': worked out once, not per candidate position.</summary>
    public char AlternateNumeral { get; } = Numeral is null ? '\0' : Alternate(Numeral[0]) ?? '\0';

    public static LabelKey Of(string label) => Cache.GetOrAdd(label, Make);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LabelKey> Cache = new(StringComparer.Ordinal);

    private static LabelKey Make(string label)
    {
        string key = TextNormaliser.LabelKey(label);
        // （一）予以公开 → "(一)" + 予以公开
        if (key.Length >= 4 && key[0] == '(' && key[2] == ')' && IsNumeral(key[1]))
            return new(label, key[1].ToString(), key[3..]);
        // 一、本年新收… / 1.属于国家秘密 (、 is folded to ',')
        if (key.Length >= 3 && IsNumeral(key[0]) && key[1] is ',' or '.')
            return new(label, key[0].ToString(), key[2..]);
        return new(label, null, key);
    }

    public static bool IsNumeral(char c) => char.IsAsciiDigit(c) || TextNormaliser.ChineseNumerals.Contains(c);

    /// <summary>The other way to write a numeral: 三 ↔ 3.</summary>
    public static char? Alternate(char numeral)
    {
        int i = TextNormaliser.ChineseNumerals.IndexOf(numeral);
        if (i >= 0) return i < 9 ? (char)('1' + i) : null;
        return char.IsAsciiDigit(numeral) && numeral != '0' ? TextNormaliser.ChineseNumerals[numeral - '1'] : null;
    }
}

/// <summary>Where a label was found in the compact text: [Start, End), Start including its numbering when present.</summary>
internal readonly record struct LabelHit(int Start, int CoreStart, int End)
{
    public bool HasNumbering => CoreStart > Start;
}

/// <summary>
/// Finds layout labels in the compact text, accepting the numbering variants seen in published reports:
/// （一） (一) 一、 一. 一 and the Arabic or Chinese alternative of the numeral.
/// </summary>
internal static class LabelMatcher
{
    /// <summary>
    /// The first occurrence of <paramref name="label"/> in [from, to). A short core (其他, 总计) is accepted only with
    /// its numbering; a long one also without (extraction sometimes drops it).
    /// </summary>
    public static LabelHit? Find(TextDocument doc, LabelKey label, int from, int to, bool requireNumbering = false)
    {
        bool needNumbering = requireNumbering || (label.Numeral is not null && label.Core.Length < LabelKey.MinCoreWithoutNumbering);
        int at = doc.Find(label.Core, from, to);
        while (at >= 0)
        {
            int prefix = label.Numeral is null ? 0 : NumberingBefore(doc.Compact, at, label.Numeral[0], label.AlternateNumeral, from);
            if (!needNumbering || prefix > 0) return new LabelHit(at - prefix, at, at + label.Core.Length);
            at = doc.Find(label.Core, at + 1, to);
        }
        return null;
    }

    /// <summary>Length of the numbering written just before <paramref name="at"/> (0 when there is none).</summary>
    /// <param name="alternate">The other way to write <paramref name="numeral"/>, or '\0' when there is none.</param>
    public static int NumberingBefore(ReadOnlySpan<char> compact, int at, char numeral, char alternate, int floor)
    {
        char At(ReadOnlySpan<char> text, int i) => i >= floor && i < text.Length ? text[i] : '\0';
        bool IsNum(char c) => c != '\0' && (c == numeral || c == alternate);

        // (一)  一)
        if (At(compact, at - 1) == ')' && IsNum(At(compact, at - 2))) return At(compact, at - 3) == '(' ? 3 : 2;
        // 一、 一. 一:  (、 and ． are folded to ',' and '.')
        if (At(compact, at - 1) is ',' or '.' or ':' && IsNum(At(compact, at - 2))) return 2;
        // A bare numeral, unless it may be the last digit of the previous row's numbers.
        if (IsNum(At(compact, at - 1)) && !char.IsAsciiDigit(At(compact, at - 2))) return 1;
        return 0;
    }
}
