using System.Buffers;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// Prepares report prose for reading numbers: full-width digits and signs become ASCII, whitespace and Markdown marks go
/// (published text breaks lines and words anywhere: SEED has “水\n\n平”, “2023 年”), thousands separators go; sentences end at
/// 。！？ and clauses at ，；：and brackets.
/// </summary>
internal static partial class ProseText
{
    public static string Normalize(string text)
    {
        // One pass into a buffer of the text's length (the result is never longer), instead of a StringBuilder call per character.
        char[]? rented = text.Length > 1024 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[text.Length] : rented;
        int n = 0;
        foreach (var ch in text)
        {
            if (IsWhiteSpace(ch) || ch is '*' or '#') continue;
            buffer[n++] = ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '％' => '%',
                '．' => '.',
                _ => ch,
            };
        }
        var normalized = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        // Most prose has no ASCII comma at all; the regex pass is only needed when one is there.
        return normalized.Contains(',') ? ThousandsSeparator().Replace(normalized, "") : normalized;
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace"/> without its Unicode table look-up for the characters prose is mostly made of: no
    /// whitespace lies between U+00FF and U+1680 or above U+3000 (ideographs, full-width forms).
    /// </summary>
    private static bool IsWhiteSpace(char ch) => ch < 0x1680 ? ch <= 0xFF && char.IsWhiteSpace(ch) : ch <= 0x3000 && char.IsWhiteSpace(ch);

    /// <summary>The non-empty sentences, in order (one forward scan: sentence ends are single characters).</summary>
    public static List<string> Sentences(string normalized)
    {
        var sentences = new List<string>();
        int start = 0;
        while (start < normalized.Length)
        {
            int end = normalized.AsSpan(start).IndexOfAny(SentenceEnds);
            int stop = end < 0 ? normalized.Length : start + end;
            if (stop > start) sentences.Add(normalized[start..stop]);
            start = stop + 1;
        }
        return sentences;
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?");

    public static bool IsClauseBreak(char ch) => ch is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '）' or '(' or ')' or '【' or '】';

    /// <summary>Start of the clause that contains <paramref name="index"/>.</summary>
    public static int ClauseStart(string sentence, int index)
    {
        for (int i = index - 1; i >= 0; i--)
            if (IsClauseBreak(sentence[i])) return i + 1;
        return 0;
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
