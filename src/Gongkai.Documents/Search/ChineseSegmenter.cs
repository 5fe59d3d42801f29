using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Gongkai.Documents.Search;

/// <summary>
/// 中文分词: splits text into the words the search index stores and the query looks up, with each word's place in the original
/// text (for highlighting). Uses Lucene.Net's SmartCn analyzer (a maintained hidden-Markov-model segmenter with its dictionary
/// embedded), so the database never has to segment Chinese itself: SQLite FTS5 and PostgreSQL <c>to_tsvector('simple', …)</c>
/// receive words already separated by spaces (PLATFORM.md: <c>to_tsvector</c> does not segment Chinese).
/// Thread-safe: the analyzer keeps per-thread token streams.
/// </summary>
public sealed class ChineseSegmenter : IDisposable
{
    private const string Field = "text";
    private readonly Analyzer _analyzer;

    public ChineseSegmenter() => _analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>The words of <paramref name="text"/> in order. Punctuation and stop words are dropped; Latin letters are lower-cased.</summary>
    public IReadOnlyList<SearchToken> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<SearchToken>();
        if (text.Length == 0) return tokens;
        using var stream = _analyzer.GetTokenStream(Field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new SearchToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    /// <summary>
    /// The text as the index stores it: the words joined by single spaces (what FTS5's unicode61 tokenizer and PostgreSQL's
    /// <c>simple</c> configuration then split on).
    /// </summary>
    public string IndexText(string text) => string.Join(' ', Segment(text).Select(t => t.Term));

    public void Dispose() => _analyzer.Dispose();
}

/// <summary>One word found in a text: the indexed form and its span [Start, End) in the original text.</summary>
public readonly record struct SearchToken(string Term, int Start, int End);
