namespace Gongkai.Documents.Search;

/// <summary>One word or phrase the user typed (between spaces), with the words the segmenter finds in it.</summary>
public sealed record QueryTerm(string Text, IReadOnlyList<string> Tokens);

/// <summary>How well a text answers a query: the number of terms found, and the spans of the original text to highlight.</summary>
public sealed record TextMatch(int MatchedTerms, int TermCount, IReadOnlyList<TextSpan> Spans)
{
    public bool Any => MatchedTerms > 0;
    public bool All => TermCount > 0 && MatchedTerms == TermCount;
}

/// <summary>A span [Start, End) of a text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// 检索词: what a visitor typed into the portal's search box. The input is split at spaces (half- or full-width) into terms, and
/// each term is segmented with the same <see cref="ChineseSegmenter"/> that built the index, so “科技 培训” becomes the terms
/// 科技 and 培训, and “技术培训” the one term {技术, 培训}. A term is found in a text when all its words are. A text matching more
/// terms ranks higher: the database query ORs the terms (FTS5 / tsquery) and ranks by terms matched, and <see cref="Match"/> is
/// the same rule applied to one text, for highlighting.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Terms beyond this are ignored (a query is a few words, not a document).</summary>
    public const int MaxTerms = 10;

    /// <summary>Input beyond this many characters is ignored.</summary>
    public const int MaxInputLength = 200;

    private SearchQuery(string input, IReadOnlyList<QueryTerm> terms, bool truncated)
    {
        Input = input;
        Terms = terms;
        Truncated = truncated;
    }

    public string Input { get; }
    public IReadOnlyList<QueryTerm> Terms { get; }

    /// <summary>The input was longer than <see cref="MaxInputLength"/> or had more than <see cref="MaxTerms"/> terms.</summary>
    public bool Truncated { get; }

    /// <summary>Nothing searchable was typed (only spaces, punctuation or stop words).</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Every distinct word of every term.</summary>
    public IReadOnlySet<string> Tokens => Terms.SelectMany(t => t.Tokens).ToHashSet(StringComparer.Ordinal);

    public static SearchQuery Parse(string? input, ChineseSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        var text = (input ?? "").Trim();
        bool truncated = text.Length > MaxInputLength;
        if (truncated) text = text[..MaxInputLength];

        var terms = new List<QueryTerm>();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = segmenter.Segment(part).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
            if (tokens.Count == 0 || terms.Any(t => t.Tokens.SequenceEqual(tokens))) continue;
            if (terms.Count == MaxTerms) { truncated = true; break; }
            terms.Add(new QueryTerm(part, tokens));
        }
        return new SearchQuery(text, terms, truncated);
    }

    /// <summary>Matches the query against <paramref name="text"/> (segmented with the index's segmenter): terms found and spans to highlight.</summary>
    public TextMatch Match(string text, ChineseSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        var tokens = segmenter.Segment(text ?? "");
        var present = tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var found = Terms.Where(term => term.Tokens.All(present.Contains)).ToList();
        var highlight = found.SelectMany(t => t.Tokens).ToHashSet(StringComparer.Ordinal);
        var spans = tokens.Where(t => highlight.Contains(t.Term)).Select(t => new TextSpan(t.Start, t.End)).ToList();
        return new TextMatch(found.Count, Terms.Count, spans);
    }
}
