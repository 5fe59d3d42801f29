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
        int cursor = 0;
        for (int s = 0; s < layout.Sections.Count; s++)
        {
            var section = layout.Sections[s];
            LabelHit? best = FindHeading(doc, keys[s][0], cursor, doc.CompactLength);
            for (int v = 1; v < keys[s].Length; v++)
            {
                var variant = keys[s][v];
                // A variant wins only by starting earlier, so it is looked for only up to the best so far.
                int to = best is { } b ? Math.Min(doc.CompactLength, b.Start + variant.Core.Length + 3) : doc.CompactLength;
                if (FindHeading(doc, variant, cursor, to) is { } h && (best is null || h.Start < best.Value.Start)) best = h;
            }
            if (best is not { } found) continue;
            int start = doc.ToText(found.Start), end = doc.ToTextEnd(found.End);
            hits[s] = new HeadingHit(section.Id, start, end, WithoutSpaceAndMarkup(doc.Text, start, end), doc.LineOf(start));
            cursor = found.End;
        }
        return hits;
    }

    private static LabelHit? FindHeading(TextDocument doc, LabelKey heading, int from, int to) =>
        LabelMatcher.Find(doc, heading, from, to, requireNumbering: true);

    /// <summary>Per section, the keys of its heading and then of its variants, made once per format.</summary>
    private static LabelKey[][] HeadingKeysOf(ReportLayout layout) =>
        ReferenceEquals(layout, ReportLayout.F2019) ? HeadingKeys2019 : ReferenceEquals(layout, ReportLayout.F2021) ? HeadingKeys2021 : HeadingKeys(layout);

    private static readonly LabelKey[][] HeadingKeys2021 = HeadingKeys(ReportLayout.F2021);
    private static readonly LabelKey[][] HeadingKeys2019 = HeadingKeys(ReportLayout.F2019);

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
        int i = "〇一二三四五六七八九".IndexOf(c);
        return i >= 0 ? i : c == '零' ? 0 : -1;
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
