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
    /// indexed column); the words of a term that does not match add nothing (FTS5 clears their positions). The columns' text
    /// is tokenized into <paramref name="tokens"/> (one reusable buffer per column, so scoring thousands of candidates
    /// allocates nothing but the rare case-folded token).
    /// </summary>
    public static (int Matched, double Rank) Score(IReadOnlyList<IReadOnlyList<string[]>> terms, IReadOnlyList<double> idf,
        IReadOnlyList<(string? Text, double Weight)> columns, IReadOnlyList<ColumnTokens> tokens, long rowTokens, double averageTokens)
    {
        for (var c = 0; c < columns.Count; c++) tokens[c].Read(columns[c].Text);
        var score = 0.0;
        var matched = 0;
        var i = 0;
        // Each phrase's occurrences per column, counted once (-1: not counted yet) for both the match test and the frequency.
        Span<int> counted = stackalloc int[columns.Count * 8];
        foreach (var term in terms)
        {
            var occurrences = term.Count * columns.Count <= counted.Length ? counted[..(term.Count * columns.Count)] : new int[term.Count * columns.Count];
            occurrences.Fill(-1);
            var all = true;
            for (var p = 0; p < term.Count && all; p++)
            {
                var found = false;
                for (var c = 0; c < columns.Count && !found; c++) found = Occurrences(occurrences, columns.Count, tokens, term, p, c) > 0;
                all = found;
            }
            if (all) matched++;
            for (var p = 0; p < term.Count; p++)
            {
                var frequency = 0.0;
                if (all)
                    for (var c = 0; c < columns.Count; c++)
                        for (var n = Occurrences(occurrences, columns.Count, tokens, term, p, c); n > 0; n--) frequency += columns[c].Weight;
                score += idf[i] * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * rowTokens / averageTokens)));
                i++;
            }
        }
        return (matched, score);
    }

    private static int Occurrences(Span<int> counted, int columns, IReadOnlyList<ColumnTokens> tokens, IReadOnlyList<string[]> term, int phrase, int column)
    {
        ref var n = ref counted[phrase * columns + column];
        if (n < 0) n = tokens[column].Occurrences(term[phrase]);
        return n;
    }

    /// <summary>FTS5's inverse document frequency, floored at a small positive value as bm25() does.</summary>
    public static double InverseFrequency(long totalRows, long rowsWithWord)
    {
        var idf = Math.Log((totalRows - rowsWithWord + 0.5) / (rowsWithWord + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>
    /// unicode61 with <c>remove_diacritics 0</c>: letters, numbers and private-use characters make tokens, everything else
    /// separates them; tokens are case-folded.
    /// </summary>
    public static string[] Tokenize(string? text)
    {
        var tokens = new ColumnTokens();
        tokens.Read(text);
        return [.. Enumerable.Range(0, tokens.Count).Select(tokens.Token)];
    }

    /// <summary>
    /// The index's term for <paramref name="word"/> when it is one token stored exactly as written — CJK ideographs, ASCII
    /// digits and lower-case ASCII letters only, which unicode61 neither splits nor folds — so that its row count can be read
    /// from the index's vocabulary; null otherwise (the count is then made by matching the word).
    /// </summary>
    public static string? PlainTerm(string word)
    {
        if (word.Length == 0) return null;
        foreach (var c in word)
            if (c is not (>= '\u4E00' and <= '\u9FFF' or >= '0' and <= '9' or >= 'a' and <= 'z')) return null;
        return word;
    }

    /// <summary>
    /// One column's tokens (<see cref="Tokenize"/>'s) as ranges of its text, kept in arrays reused from row to row: a token is
    /// compared where it stands, and only a token that case-folds becomes a string of its own.
    /// </summary>
    internal sealed class ColumnTokens
    {
        private string _text = "";
        private int[] _start = new int[64];
        private int[] _length = new int[64];
        private string?[] _folded = new string?[64];

        public int Count { get; private set; }

        public string Token(int index) => _folded[index] ?? _text.Substring(_start[index], _length[index]);

        public void Read(string? text)
        {
            _text = text ?? "";
            Array.Clear(_folded, 0, Count);
            Count = 0;
            var start = -1;
            var fold = false;
            for (var i = 0; i <= _text.Length; i++)
            {
                bool isToken;
                var width = 1;
                if (i == _text.Length) isToken = false;
                else
                {
                    var c = _text[i];
                    var kind = Kinds[c];
                    if (kind == Surrogate)
                    {
                        isToken = Rune.TryGetRuneAt(_text, i, out var rune) && IsTokenCategory(Rune.GetUnicodeCategory(rune));
                        width = rune.Utf16SequenceLength;
                        fold |= isToken && Rune.ToLowerInvariant(rune) != rune;
                    }
                    else
                    {
                        isToken = kind != Separator;
                        fold |= kind == Folding;
                    }
                }
                if (isToken)
                {
                    if (start < 0) start = i;
                }
                else if (start >= 0)
                {
                    Add(start, i - start, fold ? _text.Substring(start, i - start).ToLowerInvariant() : null);
                    start = -1;
                    fold = false;
                }
                i += width - 1;
            }
        }

        private void Add(int start, int length, string? folded)
        {
            if (Count == _start.Length)
            {
                Array.Resize(ref _start, Count * 2);
                Array.Resize(ref _length, Count * 2);
                Array.Resize(ref _folded, Count * 2);
            }
            _start[Count] = start;
            _length[Count] = length;
            _folded[Count] = folded;
            Count++;
        }

        /// <summary>How many times the phrase (consecutive tokens) occurs.</summary>
        public int Occurrences(string[] phrase)
        {
            if (phrase.Length == 0) return 0;
            var count = 0;
            for (var i = 0; i + phrase.Length <= Count; i++)
            {
                var j = 0;
                while (j < phrase.Length && Equals(i + j, phrase[j])) j++;
                if (j == phrase.Length) count++;
            }
            return count;
        }

        private bool Equals(int index, string word) =>
            _folded[index] is { } folded
                ? string.Equals(folded, word, StringComparison.Ordinal)
                : _length[index] == word.Length && _text.AsSpan(_start[index], _length[index]).SequenceEqual(word);
    }

    private const byte Separator = 0;
    private const byte Plain = 1;
    private const byte Folding = 2;
    private const byte Surrogate = 3;

    /// <summary>
    /// What each UTF-16 unit is to unicode61, looked up once: a separator, a token character (that case-folds or not), or half
    /// of a surrogate pair (decided per character).
    /// </summary>
    private static readonly byte[] Kinds = BuildKinds();

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var n = 0; n <= char.MaxValue; n++)
        {
            var c = (char)n;
            if (char.IsSurrogate(c)) { kinds[n] = Surrogate; continue; }
            // The segmented text is mostly CJK and digits separated by spaces.
            var isToken = c is >= '\u4E00' and <= '\u9FFF' or >= '0' and <= '9' or >= 'a' and <= 'z'
                          || (c > ' ' && IsTokenCategory(char.GetUnicodeCategory(c)));
            kinds[n] = !isToken ? Separator : char.ToLowerInvariant(c) != c ? Folding : Plain;
        }
        return kinds;
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
