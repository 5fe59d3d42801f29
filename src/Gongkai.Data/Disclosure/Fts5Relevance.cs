using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Gongkai.Data.Disclosure;

/// <summary>
/// How many index rows contain each search word, kept for one change stamp (<c>PublicCatalogueCache.StampAsync</c>): the
/// index changes only in transactions that also write an audit entry, so under an unchanged stamp the counts are exact on
/// every node. A new stamp starts the counts over.
/// </summary>
public sealed class SearchTermCounts
{
    /// <summary>Past this many words under one stamp the counts start over (anyone can search for anything).</summary>
    public const int Capacity = 50_000;

    private sealed record Generation(long Stamp, ConcurrentDictionary<string, long> Rows);

    private Generation _current = new(long.MinValue, new(StringComparer.Ordinal));

    internal bool TryGet(long stamp, string word, out long rows)
    {
        var current = _current;
        rows = 0;
        return current.Stamp == stamp && current.Rows.TryGetValue(word, out rows);
    }

    internal void Set(long stamp, string word, long rows)
    {
        var current = _current;
        if (current.Stamp != stamp || current.Rows.Count >= Capacity)
        {
            current = new Generation(stamp, new(StringComparer.Ordinal));
            _current = current;
        }
        current.Rows[word] = rows;
    }
}

/// <summary>
/// FTS5's bm25 (k1 = 1.2, b = 0.75, the same column weights) computed in the application for a known set of rows, with the
/// same inputs FTS5 reads: the row count and total token count of the index (its averages record), each row's token count
/// (its docsize record), each word's number of rows (a count of the word's match, or <see cref="SearchTermCounts"/>), and the
/// words' occurrences in the row's indexed text, tokenized as unicode61 does. Needed because FTS5's own bm25() recounts the
/// rows of every query word on every query — a walk over the whole index for a common word (≈ 50 ms per word at a million
/// items) — while the ranking itself only concerns a few hundred candidates. The result equals bm25() (negated, as
/// <see cref="SearchIndexHit.Rank"/> is) to the last bit: the same operations in the same order.
/// </summary>
internal static class Fts5Relevance
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// The relevance of one row and how many terms it matches. A term matches when each of its words occurs in the row (any
    /// indexed column); the words of a term that does not match add nothing (FTS5 clears their positions).
    /// </summary>
    public static (int Matched, double Rank) Score(IReadOnlyList<IReadOnlyList<string[]>> terms, IReadOnlyList<double> idf,
        IReadOnlyList<(string[] Tokens, double Weight)> columns, long rowTokens, double averageTokens)
    {
        var score = 0.0;
        var matched = 0;
        var i = 0;
        foreach (var term in terms)
        {
            var all = term.All(phrase => columns.Any(c => Occurrences(c.Tokens, phrase) > 0));
            if (all) matched++;
            foreach (var phrase in term)
            {
                var frequency = 0.0;
                if (all)
                    for (var c = 0; c < columns.Count; c++)
                        for (var n = Occurrences(columns[c].Tokens, phrase); n > 0; n--) frequency += columns[c].Weight;
                score += idf[i] * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * rowTokens / averageTokens)));
                i++;
            }
        }
        return (matched, score);
    }

    /// <summary>FTS5's inverse document frequency, floored at a small positive value as bm25() does.</summary>
    public static double InverseFrequency(long totalRows, long rowsWithWord)
    {
        var idf = Math.Log((totalRows - rowsWithWord + 0.5) / (rowsWithWord + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    private static int Occurrences(string[] tokens, string[] phrase)
    {
        if (phrase.Length == 0) return 0;
        var count = 0;
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal)) j++;
            if (j == phrase.Length) count++;
        }
        return count;
    }

    /// <summary>
    /// unicode61 with <c>remove_diacritics 0</c>: letters, numbers and private-use characters make tokens, everything else
    /// separates them; tokens are case-folded.
    /// </summary>
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = new List<string>();
        var start = -1;
        var fold = false;
        for (var i = 0; i <= text.Length; i++)
        {
            bool isToken;
            var width = 1;
            if (i == text.Length) isToken = false;
            else if (char.IsSurrogate(text[i]))
            {
                isToken = Rune.TryGetRuneAt(text, i, out var rune) && IsTokenCategory(Rune.GetUnicodeCategory(rune));
                width = rune.Utf16SequenceLength;
                fold |= isToken && Rune.ToLowerInvariant(rune) != rune;
            }
            else
            {
                var c = text[i];
                // The segmented text is mostly CJK and digits separated by spaces: no table lookup for those.
                isToken = c is >= '\u4E00' and <= '\u9FFF' or >= '0' and <= '9' or >= 'a' and <= 'z'
                          || (c > ' ' && IsTokenCategory(char.GetUnicodeCategory(c)));
                fold |= isToken && char.ToLowerInvariant(c) != c;
            }
            if (isToken)
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                var token = text.AsSpan(start, i - start);
                tokens.Add(fold ? token.ToString().ToLowerInvariant() : token.ToString());
                start = -1;
                fold = false;
            }
            i += width - 1;
        }
        return [.. tokens];
    }

    private static bool IsTokenCategory(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse;

    /// <summary>SQLite's variable-length integers (FTS5's averages and docsize records are sequences of them).</summary>
    public static List<long> Varints(byte[] data)
    {
        var values = new List<long>();
        var i = 0;
        while (i < data.Length)
        {
            long value = 0;
            for (var k = 0; k < 9 && i < data.Length; k++)
            {
                var b = data[i++];
                if (k == 8) { value = (value << 8) | b; break; }
                value = (value << 7) | (long)(b & 0x7F);
                if ((b & 0x80) == 0) break;
            }
            values.Add(value);
        }
        return values;
    }
}
