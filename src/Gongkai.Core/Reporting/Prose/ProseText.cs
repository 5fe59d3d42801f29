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
    /// <summary>
    /// The non-empty sentences of the normalised text, in order. The text is normalised into a buffer and each sentence made
    /// a string from it directly (one string per sentence, none for the whole text).
    /// </summary>
    public static List<string> NormalizedSentences(string text)
    {
        // One pass into a buffer of the text's length (the result is never longer), instead of a StringBuilder call per character.
        char[]? rented = text.Length > 1024 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[text.Length] : rented;
        var normalized = buffer[..Normalize(text, buffer)];
        var sentences = new List<string>();
        int start = 0;
        while (start < normalized.Length)
        {
            int end = normalized[start..].IndexOfAny(SentenceEnds);
            int stop = end < 0 ? normalized.Length : start + end;
            if (stop > start)
            {
                var sentence = normalized[start..stop];
                // Thousands separators go. Their test looks only at digits around the comma, and no sentence end is a digit,
                // so removing them sentence by sentence is the same as over the whole text. Most prose has no ASCII comma.
                sentences.Add(sentence.Contains(',') ? ThousandsSeparator().Replace(sentence.ToString(), "") : sentence.ToString());
            }
            start = stop + 1;
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return sentences;
    }

    /// <summary>Writes the normalised text into <paramref name="buffer"/> (at least as long as the text); returns its length.</summary>
    private static int Normalize(string text, Span<char> buffer)
    {
        // Runs of characters that stay as they are (nearly all of Chinese prose) are copied whole between vectorised
        // searches for the next character to drop or change.
        var source = text.AsSpan();
        int n = 0;
        while (true)
        {
            int run = source.IndexOfAny(Special);
            if (run < 0) run = source.Length;
            source[..run].CopyTo(buffer[n..]);
            n += run;
            if (run == source.Length) return n;
            char ch = source[run];
            source = source[(run + 1)..];
            if (IsWhiteSpace(ch) || ch is '*' or '#') continue;
            buffer[n++] = ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '％' => '%',
                _ => '.',
            };
        }
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace"/> without its Unicode table look-up for the characters prose is mostly made of: no
    /// whitespace lies between U+00FF and U+1680 or above U+3000 (ideographs, full-width forms).
    /// </summary>
    private static bool IsWhiteSpace(char ch) => ch < 0x1680 ? ch <= 0xFF && char.IsWhiteSpace(ch) : ch <= 0x3000 && char.IsWhiteSpace(ch);

    /// <summary>The characters <see cref="Normalize"/> drops or changes: whitespace, Markdown marks, full-width digits, ％ and ．.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '*' or '#' or (>= '０' and <= '９') or '％' or '．')]);

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
