using System.Buffers;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>A section heading found: [Start, End) in the text as written, and the heading as written.</summary>
internal sealed record HeadingHit(SectionId Id, int Start, int End, string Written, int Line);

/// <summary>The report's title, as written, and where it ends.</summary>
internal sealed record TitleHit(string Title, int End, string? Agency, int? Year);

/// <summary>
/// Finds the six section headings (report-format.md §2) in order — at any Markdown level, bold or plain, inline in a
/// flattened page, with any numbering variant and any heading variant of ReportLayout — and the title before them.
/// </summary>
internal static class SectionLocator
{
    /// <summary>Only the start of a document is searched for its title.</summary>
    private const int TitleWindow = 4000;

    public static HeadingHit?[] FindHeadings(TextDocument doc, ReportLayout layout)
    {
        var hits = new HeadingHit?[layout.Sections.Count];
        var keys = HeadingKeysOf(layout);
        var anchors = HeadingAnchorsOf(layout);
        int cursor = 0;
        for (int s = 0; s < layout.Sections.Count; s++)
        {
            var section = layout.Sections[s];
            LabelHit? best = anchors?[s] is { } anchor ? FindAnchored(doc, keys[s], anchor, cursor) : FindEach(doc, keys[s], cursor);
            if (best is not { } found) continue;
            int start = doc.ToText(found.Start), end = doc.ToTextEnd(found.End);
            hits[s] = new HeadingHit(section.Id, start, end, WithoutSpaceAndMarkup(doc.Text, start, end), doc.LineOf(start));
            cursor = found.End;
        }
        return hits;
    }

    /// <summary>The heading or the variant that starts first (the heading on a tie), each searched on its own.</summary>
    internal static LabelHit? FindEach(TextDocument doc, LabelKey[] keys, int from)
    {
        LabelHit? best = FindHeading(doc, keys[0], from, doc.CompactLength);
        for (int v = 1; v < keys.Length; v++)
        {
            var variant = keys[v];
            // A variant wins only by starting earlier, so it is looked for only up to the best so far.
            int to = best is { } b ? Math.Min(doc.CompactLength, b.Start + variant.Core.Length + 3) : doc.CompactLength;
            if (FindHeading(doc, variant, from, to) is { } h && (best is null || h.Start < best.Value.Start)) best = h;
        }
        return best;
    }

    /// <summary>
    /// What <see cref="FindEach"/> finds, from one search: every key of the section holds the anchor, so only the anchor is
    /// searched and each key not yet found is compared around each of its places (the variants of 四 are searched through
    /// all of table 三 before its heading, one search each). Each key's first numbered place is kept, and the same choice
    /// as <see cref="FindEach"/>'s is made from them.
    /// </summary>
    internal static LabelHit? FindAnchored(TextDocument doc, LabelKey[] keys, HeadingAnchor anchor, int from)
    {
        int n = doc.CompactLength;
        var compact = doc.Compact;
        Span<LabelHit> first = stackalloc LabelHit[keys.Length];
        Span<bool> found = stackalloc bool[keys.Length];
        int left = keys.Length;
        for (int q = doc.Find(anchor.Text, from, n); q >= 0 && left > 0; q = doc.Find(anchor.Text, q + 1, n))
        {
            // A variant only wins by starting before the heading, at most 3 characters of numbering before its words.
            if (found[0] && q >= first[0].Start + 3 + anchor.MaxOffset) break;
            for (int k = 0; k < keys.Length; k++)
            {
                if (found[k]) continue;
                var key = keys[k];
                int at = q - anchor.Offsets[k];
                if (at < from || at + key.Core.Length > n || key.Numeral is null || !compact.Slice(at, key.Core.Length).SequenceEqual(key.Core)) continue;
                int prefix = LabelMatcher.NumberingBefore(compact, at, key.Numeral[0], key.AlternateNumeral, from);
                if (prefix == 0) continue;
                first[k] = new LabelHit(at - prefix, at, at + key.Core.Length);
                found[k] = true;
                left--;
            }
        }
        LabelHit? best = found[0] ? first[0] : null;
        for (int v = 1; v < keys.Length; v++)
        {
            if (!found[v]) continue;
            var h = first[v];
            int to = best is { } b ? Math.Min(n, b.Start + keys[v].Core.Length + 3) : n;
            if (h.End <= to && (best is null || h.Start < best.Value.Start)) best = h;
        }
        return best;
    }

    private static LabelHit? FindHeading(TextDocument doc, LabelKey heading, int from, int to) =>
        LabelMatcher.Find(doc, heading, from, to, requireNumbering: true);

    /// <summary>A text every key of a section holds (at <see cref="Offsets"/>, per key), searched for instead of each key.</summary>
    internal sealed record HeadingAnchor(string Text, int[] Offsets)
    {
        public int MaxOffset { get; } = Offsets.Max();
    }

    /// <summary>
    /// Per section with variants, the anchor of its keys: of the texts of two or more characters that all its keys hold,
    /// the one that occurs least often in the labels of the layouts (what a report is full of), the longest on a tie; null
    /// for a section with one key or none such.
    /// </summary>
    internal static HeadingAnchor?[] HeadingAnchors(LabelKey[][] keys)
    {
        string labels = string.Join("\n", FormatDetector.AllLabels(ReportLayout.F2021).Concat(FormatDetector.AllLabels(ReportLayout.F2019)).Select(TextNormaliser.Key).Distinct());
        var anchors = new HeadingAnchor?[keys.Length];
        for (int s = 0; s < keys.Length; s++)
        {
            if (keys[s].Length < 2) continue;
            string main = keys[s][0].Core;
            string? best = null;
            int bestCount = int.MaxValue;
            for (int length = main.Length; length >= 2; length--)
                for (int start = 0; start + length <= main.Length; start++)
                {
                    string text = main.Substring(start, length);
                    if (!keys[s].All(k => k.Core.Contains(text, StringComparison.Ordinal))) continue;
                    int count = Occurrences(labels, text);
                    if (count < bestCount) (best, bestCount) = (text, count);
                }
            if (best is not null)
                anchors[s] = new HeadingAnchor(best, [.. keys[s].Select(k => k.Core.IndexOf(best, StringComparison.Ordinal))]);
        }
        return anchors;
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Per section, the keys of its heading and then of its variants, made once per format.</summary>
    internal static LabelKey[][] HeadingKeysOf(ReportLayout layout) =>
        ReferenceEquals(layout, ReportLayout.F2019) ? HeadingKeys2019 : ReferenceEquals(layout, ReportLayout.F2021) ? HeadingKeys2021 : HeadingKeys(layout);

    private static readonly LabelKey[][] HeadingKeys2021 = HeadingKeys(ReportLayout.F2021);
    private static readonly LabelKey[][] HeadingKeys2019 = HeadingKeys(ReportLayout.F2019);

    /// <summary>The anchors of <see cref="HeadingKeysOf"/>'s keys; null for another layout (each key then searched).</summary>
    internal static HeadingAnchor?[]? HeadingAnchorsOf(ReportLayout layout) =>
        ReferenceEquals(layout, ReportLayout.F2019) ? HeadingAnchors2019 : ReferenceEquals(layout, ReportLayout.F2021) ? HeadingAnchors2021 : null;

    private static readonly HeadingAnchor?[] HeadingAnchors2021 = HeadingAnchors(HeadingKeys2021);
    private static readonly HeadingAnchor?[] HeadingAnchors2019 = HeadingAnchors(HeadingKeys2019);

    private static LabelKey[][] HeadingKeys(ReportLayout layout) =>
        [.. layout.Sections.Select(s => new[] { LabelKey.Of(s.Heading) }.Concat(s.Variants.Select(LabelKey.Of)).ToArray())];

    /// <summary>
    /// The title: the first line before the first section that names a 年度报告. A title split over two lines
    /// (<c># 红寺堡区科学技术局</c> / <c>## 2023 年政府信息公开工作年度报告</c>) is joined.
    /// </summary>
    public static TitleHit? FindTitle(TextDocument doc, int before)
    {
        int limit = Math.Min(doc.ToCompact(before), Math.Min(doc.CompactLength, TitleWindow));
        int at = doc.Find("年度报告", 0, limit);
        if (at < 0) return null;
        int endText = doc.ToTextEnd(at + "年度报告".Length);
        int line = doc.LineOf(doc.ToText(at));
        string text = WithoutSpaceAndMarkup(doc.Text, doc.LineStart(line), endText);
        text = WithoutFieldName(text);
        if (text.Length > 0 && char.IsAsciiDigit(TextNormaliser.Fold(text[0])))
        {
            // The line starts with the year: the agency is on the line above.
            for (int l = line - 1; l >= 1; l--)
            {
                string above = WithoutSpaceAndMarkup(doc.Text, doc.LineStart(l), doc.LineEnd(l));
                if (above.Length == 0) continue;
                if (above.Length <= 40 && !above.EndsWith('。')) text = above + text;
                break;
            }
        }
        var (agency, year) = AgencyAndYear(text);
        return new TitleHit(text, endText, agency, year);
    }

    /// <summary>The agency (the words before the year) and the year of a title such as 红寺堡区科学技术局2023年政府信息公开工作年度报告.</summary>
    public static (string? Agency, int? Year) AgencyAndYear(string title)
    {
        for (int i = 0; i + 4 < title.Length + 1; i++)
        {
            if (YearAt(title, i) is not { } year) continue;
            string agency = title[..i].Trim().TrimEnd(AgencyTrailers);
            if (agency.StartsWith("关于", StringComparison.Ordinal)) agency = agency[2..];
            return (agency.Length > 0 ? agency : null, year);
        }
        return (null, null);
    }

    private static readonly char[] AgencyTrailers = ['，', ',', '、', ':', '：'];

    /// <summary>A year written at <paramref name="i"/> in Arabic or Chinese digits (2023, ２０２３, 二〇二三) and followed by 年.</summary>
    public static int? YearAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 4 >= text.Length + 1 || (i > 0 && DigitValue(text[i - 1]) >= 0)) return null;
        int year = 0;
        for (int k = 0; k < 4; k++)
        {
            int d = DigitValue(text[i + k]);
            if (d < 0) return null;
            year = year * 10 + d;
        }
        int next = i + 4;
        while (next < text.Length && TextNormaliser.IsSpace(text[next])) next++;
        if (next >= text.Length || text[next] != '年') return null;
        return year is >= 1990 and <= 2100 ? year : null;
    }

    /// <summary>The year of the statistics period (统计期限自2023年1月1日…) when the title gives none.</summary>
    public static int? YearFromPeriod(TextDocument doc)
    {
        int at = doc.Find("年1月1日", 0, doc.CompactLength);
        return at >= 4 ? YearAt(doc.Compact, at - 4) : null;
    }

    private static int DigitValue(char c)
    {
        c = TextNormaliser.Fold(c);
        if (char.IsAsciiDigit(c)) return c - '0';
        // A switch, not a search of the ten numerals: the title's year is looked for at every character.
        return c switch
        {
            '〇' or '零' => 0,
            '一' => 1,
            '二' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => -1,
        };
    }

    /// <summary>Drops a field name such as "标题:" that a crawled page puts before the title.</summary>
    private static string WithoutFieldName(string text)
    {
        int colon = text.AsSpan().IndexOfAny(':', '：');
        return colon is > 0 and <= 4 ? text[(colon + 1)..] : text;
    }

    public static string WithoutSpaceAndMarkup(string text, int start, int end)
    {
        // Into a buffer, not a StringBuilder: the headings and title of every read come through here.
        var from = text.AsSpan(start, end - start);
        char[]? rented = from.Length > 256 ? ArrayPool<char>.Shared.Rent(from.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[from.Length] : rented;
        int n = 0;
        foreach (char c in from)
            if (!TextNormaliser.IsSpaceOrMarkup(c)) buffer[n++] = c;
        string result = new(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// Prose as stored in the model: each line trimmed, blank lines and lines of bare markup dropped, lines joined by
    /// \n. Paragraph spacing is layout, not content, so a body reads back the same from any rendering. Written into
    /// <paramref name="body"/> after its first <paramref name="length"/> characters (after a \n when there are any), so a
    /// section's pieces between tables make one text; returns the new length. The body never grows beyond the length of
    /// the pieces plus one \n per piece.
    /// </summary>
    public static int AppendProse(Span<char> body, int length, string text, int start, int end)
    {
        if (end <= start) return length;
        int pieceStart = length;
        var piece = text.AsSpan(start, end - start);
        foreach (var range in piece.Split('\n'))
        {
            var line = piece[range].Trim().Trim("\u3000\u00A0");
            if (line.IsEmpty || line.IndexOfAnyExcept(BareMarkup) < 0) continue;
            if (length == pieceStart) line = line.TrimStart("。：: ");
            if (line.IsEmpty) continue;
            if (length > 0) body[length++] = '\n';
            // Markdown bold (**（一）信息主动公开情况。**) is how extraction marks the sub-heads; it is layout, not text.
            for (int bold = line.IndexOf("**", StringComparison.Ordinal); bold >= 0; bold = line.IndexOf("**", StringComparison.Ordinal))
            {
                line[..bold].CopyTo(body[length..]);
                length += bold;
                line = line[(bold + 2)..];
            }
            line.CopyTo(body[length..]);
            length += line.Length;
        }
        return length;
    }

    /// <summary>A line of only these is layout (a Markdown rule, a heading mark, a stray full stop), not prose.</summary>
    private static readonly SearchValues<char> BareMarkup = SearchValues.Create("|*#`>-:：。. \t\u3000\u00A0");
}
