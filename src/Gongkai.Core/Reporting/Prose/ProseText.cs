using System.Buffers;
using System.Runtime.CompilerServices;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// Prepares report prose for reading numbers: full-width digits and signs become ASCII, whitespace and Markdown marks go
/// (published text breaks lines and words anywhere: SEED has “水\n\n平”, “2023 年”), thousands separators go; sentences end at
/// 。！？ and clauses at ，；：and brackets.
/// </summary>
internal static class ProseText
{
    /// <summary>Reads one sentence (a span valid only during the call) into <paramref name="state"/>.</summary>
    public delegate void SentenceReader<TState>(ReadOnlySpan<char> sentence, ref TState state);

    /// <summary>
    /// Normalises <paramref name="text"/> into a rented buffer and calls <paramref name="read"/> with each non-empty sentence,
    /// in order, as a span of that buffer (valid only during the call): no string per sentence.
    /// </summary>
    public static void ForEachNormalizedSentence<TState>(string text, ref TState state, SentenceReader<TState> read)
    {
        // One pass into a buffer of the text's length (the result is never longer). Rented, not stackalloc'd: a stackalloc'd
        // buffer is zeroed first.
        char[] rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            ForEachNormalizedSentence(text, rented, ref state, read);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The same, normalising into <paramref name="buffer"/> (at least as long as the text): a caller reading several texts
    /// rents one buffer for all of them.
    /// </summary>
    public static void ForEachNormalizedSentence<TState>(string text, Span<char> buffer, ref TState state, SentenceReader<TState> read)
    {
        var normalized = buffer[..Normalize(text, buffer)];
        int start = 0;
        while (start < normalized.Length)
        {
            int end = normalized[start..].IndexOfAny(SentenceEnds);
            int stop = end < 0 ? normalized.Length : start + end;
            if (stop > start)
            {
                var sentence = normalized[start..stop];
                // Thousands separators go. Their test looks only at digits around the comma, and no sentence end is a
                // digit, so removing them sentence by sentence is the same as over the whole text. Most prose has none.
                if (sentence.Contains(',')) sentence = sentence[..WithoutThousandsSeparators(sentence)];
                read(sentence, ref state);
            }
            start = stop + 1;
        }
    }

    /// <summary>
    /// Removes in place the commas between digits that separate thousands — in regex terms <c>(?&lt;=\d),(?=\d{3}(?!\d))</c>,
    /// with every test made on the text as it was — and returns the new length.
    /// </summary>
    internal static int WithoutThousandsSeparators(Span<char> sentence)
    {
        int kept = 0;
        char previous = '\0';
        for (int i = 0; i < sentence.Length; i++)
        {
            // Characters after i are still as written (kept ≤ i), and previous holds the one before i as written.
            char ch = sentence[i];
            bool separator = ch == ',' && i > 0 && char.IsDigit(previous) && i + 3 < sentence.Length
                && char.IsDigit(sentence[i + 1]) && char.IsDigit(sentence[i + 2]) && char.IsDigit(sentence[i + 3])
                && (i + 4 >= sentence.Length || !char.IsDigit(sentence[i + 4]));
            previous = ch;
            if (!separator) sentence[kept++] = ch;
        }
        return kept;
    }

    /// <summary>Writes the normalised text into <paramref name="buffer"/> (at least as long as the text); returns its length.</summary>
    private static int Normalize(string text, Span<char> buffer)
    {
        // Runs of characters that stay as they are (nearly all of Chinese prose) are copied whole between searches for the
        // next character to drop or change.
        var source = text.AsSpan();
        int n = 0;
        while (true)
        {
            int run = ProseCharacters.IndexOfSpecial(source);
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
    public static bool IsSpecial(char c) => IsWhiteSpace(c) || c is '*' or '#' or (>= '０' and <= '９') or '％' or '．';

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?");

    /// <summary>，,；;：:（）()【】 — the ideographs prose is mostly made of (U+3012–U+FF07) are told apart by one compare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClauseBreak(char ch) =>
        (uint)(ch - 0x3012) >= 0xFF08 - 0x3012
        && ch is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '）' or '(' or ')' or '【' or '】';

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,；;：:（）()【】");

    /// <summary>Start of the clause that contains <paramref name="index"/>.</summary>
    public static int ClauseStart(ReadOnlySpan<char> sentence, int index)
    {
        // Clauses are short: the characters just before the index are tested one by one (the set is no ASCII set, so its
        // vectorised search is a probabilistic map with a set-up per call); a long clause goes on with that search.
        int stop = Math.Max(0, index - ShortClause);
        for (int i = index - 1; i >= stop; i--)
            if (IsClauseBreak(sentence[i])) return i + 1;
        return sentence[..stop].LastIndexOfAny(ClauseBreaks) + 1;
    }

    private const int ShortClause = 48;

}
