using System.Text;
using Gongkai.Documents.Rendering.Html;

namespace Gongkai.Documents.Search;

/// <summary>
/// 检索结果高亮: the original text as HTML, with the matched spans wrapped in <c>&lt;mark&gt;</c>. Everything is HTML-encoded —
/// titles and bodies can contain “&lt;” or “&amp;” and must never become markup. Overlapping or touching spans are merged, so
/// “技术培训” matched as 技术 + 培训 is one mark.
/// </summary>
public static class Highlighter
{
    public const string OpenMark = "<mark>";
    public const string CloseMark = "</mark>";

    public static string Highlight(string text, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Render(text, 0, text.Length, Merge(text, spans));
    }

    /// <summary>
    /// An excerpt of at most about <paramref name="maxLength"/> characters around the first match (the start of the text when nothing
    /// matched), highlighted, with “…” where the text was cut.
    /// </summary>
    public static string Snippet(string text, IEnumerable<TextSpan> spans, int maxLength = 120)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var merged = Merge(text, spans);
        if (text.Length <= maxLength) return Render(text, 0, text.Length, merged);
        int anchor = merged.Count > 0 ? merged[0].Start : 0;
        int start = Math.Max(0, Math.Min(anchor - maxLength / 4, text.Length - maxLength));
        int end = Math.Min(text.Length, start + maxLength);
        // Never cut through a mark or a surrogate pair.
        foreach (var s in merged)
        {
            if (s.Start < start && s.End > start) start = s.Start;
            if (s.Start < end && s.End > end) end = s.End;
        }
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return (start > 0 ? "…" : "") + Render(text, start, end, merged) + (end < text.Length ? "…" : "");
    }

    private static List<TextSpan> Merge(string text, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var merged = new List<TextSpan>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (s.Start < 0 || s.End > text.Length || s.End < s.Start)
                throw new ArgumentOutOfRangeException(nameof(spans), s, $"A span must lie within the text (length {text.Length}).");
            if (s.Length == 0) continue;
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, s.End) };
            else merged.Add(s);
        }
        return merged;
    }

    private static string Render(string text, int from, int to, List<TextSpan> spans)
    {
        var sb = new StringBuilder();
        int at = from;
        foreach (var s in spans)
        {
            int start = Math.Max(s.Start, from), end = Math.Min(s.End, to);
            if (end <= start) continue;
            sb.AppendEncoded(text[at..start]).Append(OpenMark).AppendEncoded(text[start..end]).Append(CloseMark);
            at = end;
        }
        return sb.AppendEncoded(text[at..to]).ToString();
    }
}
