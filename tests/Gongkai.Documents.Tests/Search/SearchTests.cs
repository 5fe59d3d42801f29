using Gongkai.Documents.Search;

namespace Gongkai.Documents.Tests.Search;

/// <summary>One segmenter for the whole class: loading SmartCn's dictionary takes a moment.</summary>
public sealed class SegmenterFixture : IDisposable
{
    public ChineseSegmenter Segmenter { get; } = new();
    public void Dispose() => Segmenter.Dispose();
}

/// <summary>Search text: Chinese segmented in the application, queries split by spaces, matches highlighted safely.</summary>
public class SearchTests(SegmenterFixture fixture) : IClassFixture<SegmenterFixture>
{
    private const string Training = "科技特派员开展技术培训";
    private readonly ChineseSegmenter _segmenter = fixture.Segmenter;

    [Fact]
    public void Segment_TrainingSentence_YieldsBothQueryWordsWithTheirOffsets()
    {
        var tokens = _segmenter.Segment(Training);

        Assert.Contains(tokens, t => t.Term == "科技");
        Assert.Contains(tokens, t => t.Term == "培训");
        Assert.All(tokens, t => Assert.Equal(t.Term, Training[t.Start..t.End]));
    }

    [Fact]
    public void IndexText_IsTheWordsJoinedBySpaces()
    {
        Assert.Equal("科技 特派员 开展 技术 培训", _segmenter.IndexText(Training));
    }

    [Fact]
    public void Segment_DropsPunctuationAndKeepsOffsetsIntoTheOriginal()
    {
        const string text = "关于《政府信息公开指南》的说明。";
        var tokens = _segmenter.Segment(text);

        Assert.DoesNotContain(tokens, t => t.Term is "《" or "》" or "。");
        Assert.Contains(tokens, t => t.Term == "指南" && text[t.Start..t.End] == "指南");
    }

    [Fact]
    public void Parse_SplitsAtHalfAndFullWidthSpaces_AndSegmentsEachTerm()
    {
        var query = SearchQuery.Parse(" 科技　 技术培训 ", _segmenter);

        Assert.Equal(["科技", "技术培训"], query.Terms.Select(t => t.Text));
        Assert.Equal(["技术", "培训"], query.Terms[1].Tokens);
    }

    [Fact]
    public void Parse_OfOnlyPunctuation_IsEmpty_AndRepeatedTermsCountOnce()
    {
        Assert.True(SearchQuery.Parse("，。！ ", _segmenter).IsEmpty);
        Assert.Single(SearchQuery.Parse("培训 培训", _segmenter).Terms);
    }

    [Fact]
    public void Parse_BeyondTheLimits_IsTruncated()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 15).Select(i => $"词{i}")), _segmenter);

        Assert.True(query.Truncated);
        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void TwoWordQuery_FindsTheTrainingItem_RankedAboveAnItemWithOnlyOneWord()
    {
        var query = SearchQuery.Parse("科技 培训", _segmenter);
        string[] items = ["科技局召开年度工作会议", Training, "关于做好防汛工作的通知"];

        var ranked = items.Select(text => (text, match: query.Match(text, _segmenter)))
            .Where(r => r.match.Any).OrderByDescending(r => r.match.MatchedTerms).Select(r => r.text).ToList();

        Assert.Equal([Training, "科技局召开年度工作会议"], ranked);
        Assert.True(query.Match(Training, _segmenter).All);
    }

    [Fact]
    public void Highlight_TheTrainingItem_MarksBothWords()
    {
        var query = SearchQuery.Parse("科技 培训", _segmenter);

        var html = Highlighter.Highlight(Training, query.Match(Training, _segmenter).Spans);

        Assert.Equal("<mark>科技</mark>特派员开展技术<mark>培训</mark>", html);
    }

    [Fact]
    public void Highlight_EscapesMarkupInTheText()
    {
        const string text = "<script>alert(1)</script>科技 & \"培训\"";
        var query = SearchQuery.Parse("科技 培训", _segmenter);

        var html = Highlighter.Highlight(text, query.Match(text, _segmenter).Spans);

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;<mark>科技</mark> &amp; &quot;<mark>培训</mark>&quot;", html);
    }

    [Fact]
    public void Highlight_MergesTouchingAndOverlappingSpans()
    {
        Assert.Equal("科技特派员开展<mark>技术培训</mark>", Highlighter.Highlight(Training, [new(7, 9), new(9, 11), new(8, 10)]));
    }

    [Fact]
    public void Highlight_WithASpanOutsideTheText_IsABug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Highlighter.Highlight("短", [new TextSpan(0, 5)]));
    }

    [Fact]
    public void Snippet_CutsAroundTheFirstMatch_WithoutSplittingIt()
    {
        string text = new string('甲', 100) + Training + new string('乙', 100);
        var match = SearchQuery.Parse("培训", _segmenter).Match(text, _segmenter);

        var snippet = Highlighter.Snippet(text, match.Spans, 20);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>培训</mark>", snippet);
    }

    [Fact]
    public void LatinWords_AreLowerCasedAndStemmed_SoInflectionsMatch()
    {
        var query = SearchQuery.Parse("Running", _segmenter);

        Assert.True(query.Match("Gongkai runs the portal", _segmenter).Any);
    }
}
