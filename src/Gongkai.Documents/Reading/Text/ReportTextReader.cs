using System.Buffers;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// 年度报告文本读取: reads the plain-text form of a 政府信息公开工作年度报告 — text copied from a web page, PDF or
/// Word file (tab-separated tables, labels torn by spaces and line breaks, half- and full-width brackets), Markdown
/// with pipe tables, or a flattened page — into the report model. Everything it cannot read is listed with its
/// location; a cell it did not find stays absent from the model, never zero. See docs/report-reading.md.
/// </summary>
public static class ReportTextReader
{
    /// <summary>Changes whenever what the reader accepts or decides changes, so stored readings can be redone.</summary>
    public const string Version = "text-1.0";

    /// <summary>Share of control characters above which the input is taken for a binary file.</summary>
    private const double BinaryShare = 0.02;

    public static ReportReading Read(string text)
    {
        text ??= "";
        if (string.IsNullOrWhiteSpace(text))
            return NotRecognised("文件为空 / the file is empty");
        var scan = TextDocument.Scan(text);
        if (scan.Controls && LooksBinary(text))
            return NotRecognised("文件不是文本（含大量控制字符） / the file is not text (it holds many control characters)");

        using var doc = new TextDocument(text, scan);
        var headings = SectionLocator.FindHeadings(doc, ReportLayout.F2021);
        int firstHeading = headings.FirstOrDefault(h => h is not null)?.Start ?? doc.Text.Length;
        var title = SectionLocator.FindTitle(doc, firstHeading);
        int? year = title?.Year ?? SectionLocator.YearFromPeriod(doc);

        var report = new AnnualReport(FormatDetector.Detect(doc, year))
        {
            Title = title?.Title,
            AgencyName = title?.Agency,
            Year = year,
        };
        using var ctx = new ReadContext(doc, report);
        var tables = ReadTables(ctx, headings, title?.End ?? 0);

        if (!LooksLikeReport(headings, title, report))
            return NotRecognised("未识别出年度报告的标题、章节或表格 / no title, section or table of an annual report was recognised");

        ReadProse(ctx, headings, title, tables);
        if (report.AgencyName is null)
            ctx.Problem(ReadProblemKind.Missing, "agency", null, "未能从标题识别出报告机关", "The reporting agency could not be found in the title");
        if (report.Year is null)
            ctx.Problem(ReadProblemKind.Missing, "year", null, "未能识别出报告年度", "The reported year could not be found");
        return new ReportReading(report, ctx.Problems, Version);
    }

    private static List<TableSpan> ReadTables(ReadContext ctx, HeadingHit?[] headings, int afterTitle)
    {
        int end = ctx.Doc.Text.Length;
        var spans = new List<TableSpan>(3);
        int t2Start = H(headings, SectionId.ProactiveDisclosure)?.End ?? H(headings, SectionId.Overview)?.End ?? afterTitle;
        var t2 = ProactiveTableReader.Read(ctx, t2Start, NextHeading(headings, SectionId.ProactiveDisclosure, end));
        if (t2 is { } a) spans.Add(a);

        int t3Start = H(headings, SectionId.Requests)?.End ?? (t2?.End ?? t2Start);
        var t3 = RequestTableReader.Read(ctx, t3Start, NextHeading(headings, SectionId.Requests, end));
        if (t3 is { } b) spans.Add(b);

        int t4Start = H(headings, SectionId.Appeals)?.End ?? (t3?.End ?? t3Start);
        var t4 = AppealTableReader.Read(ctx, t4Start, NextHeading(headings, SectionId.Appeals, end));
        if (t4 is { } c) spans.Add(c);
        return spans;
    }

    private static HeadingHit? H(HeadingHit?[] headings, SectionId id) => headings[(int)id - 1];

    /// <summary>Where the first heading found after section <paramref name="after"/> starts (in layout order), or <paramref name="end"/>.</summary>
    private static int NextHeading(HeadingHit?[] headings, SectionId after, int end)
    {
        foreach (var h in headings)
            if (h is not null && h.Id > after) return h.Start;
        return end;
    }

    /// <summary>Section bodies: the text from each heading to the next, without the tables in it.</summary>
    private static void ReadProse(ReadContext ctx, HeadingHit?[] headings, TitleHit? title, List<TableSpan> tables)
    {
        var doc = ctx.Doc;
        int end = doc.Text.Length;
        // Tables in text order (stable: at most three, found in layout order).
        var ordered = tables.ToArray();
        for (int i = 1; i < ordered.Length; i++)
            for (int j = i; j > 0 && ordered[j - 1].Start > ordered[j].Start; j--)
                (ordered[j - 1], ordered[j]) = (ordered[j], ordered[j - 1]);

        int firstSection = end;
        if (Array.Find(headings, h => h is not null) is { } first) firstSection = first.Start;
        else foreach (var t in tables) firstSection = Math.Min(firstSection, t.Start);
        // One buffer for every body of the read (none is longer than the text, plus a line break per piece between tables).
        // Twice the document's compact buffer, so from the next size class of the pool: the compact one is still rented,
        // and a second array of its class would take the pool's shared (locked) path, on renting and on returning.
        var body = ArrayPool<char>.Shared.Rent(Math.Max(doc.Text.Length + tables.Count + 1, 2 * (doc.Text.Length + 1)));
        string preamble = Body(body, doc, title?.End ?? 0, firstSection, ordered);
        ctx.Report.Preamble = preamble.Length > 0 ? preamble : null;

        for (int i = 0; i < headings.Length; i++)
        {
            var section = ctx.Layout.Sections[i];
            if (headings[i] is not { } h)
            {
                ctx.Problem(ReadProblemKind.Missing, $"S{(int)section.Id}", null, $"未找到章节“{section.Heading}”", $"Section “{section.Heading}” not found");
                continue;
            }
            // The body ends at the nearest heading after this one (headings are found in order, but compared by place).
            int next = end;
            foreach (var other in headings)
                if (other is not null && other.Start > h.Start) { next = other.Start; break; }
            ctx.Report.SetSection(section.Id, Body(body, doc, h.End, next, ordered), h.Written);
        }
        ArrayPool<char>.Shared.Return(body);
    }

    private static string Body(char[] body, TextDocument doc, int start, int end, TableSpan[] tables)
    {
        int length = 0;
        int at = start;
        foreach (var table in tables)
        {
            if (table.End <= start || table.Start >= end) continue;
            if (table.Start > at) length = SectionLocator.AppendProse(body, length, doc.Text, at, table.Start);
            at = Math.Max(at, table.End);
        }
        if (end > at) length = SectionLocator.AppendProse(body, length, doc.Text, at, end);
        return new string(body, 0, length);
    }

    private static bool LooksLikeReport(HeadingHit?[] headings, TitleHit? title, AnnualReport report)
    {
        if (headings.Count(h => h is not null) >= 2) return true;
        if (title is not null)
        {
            string key = TextNormaliser.Key(title.Title);
            if (key.Contains("信息公开", StringComparison.Ordinal) || key.Contains("政务公开", StringComparison.Ordinal)) return true;
        }
        int t2 = 0, t3 = 0, t4 = 0;
        foreach (var cell in report.Layout.Cells)
        {
            if (report[cell] is null) continue;
            if (cell.Table == ReportTable.Proactive) t2++;
            else if (cell.Table == ReportTable.Requests) t3++;
            else t4++;
        }
        return t3 >= 14 || (t2 >= 3 && t4 > 0);
    }

    /// <summary>Whether the first 64 K characters hold more than <see cref="BinaryShare"/> control characters (<see cref="TextDocument.IsControl"/>).</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        int control = 0;
        foreach (char c in sample)
            if (TextDocument.IsControl(c)) control++;
        return control > sample.Length * BinaryShare;
    }

    private static ReportReading NotRecognised(string reason) => new(null, [], Version, reason);
}
