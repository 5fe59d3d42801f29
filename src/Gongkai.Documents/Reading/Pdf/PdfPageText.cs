using System.Text;
using UglyToad.PdfPig.Content;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Rebuilds the text of one PDF page from glyph positions: lines by baseline, table rows by the rules drawn around them
/// (see <see cref="PdfReportReader"/>). Running headers and page numbers in the margins are dropped.
/// </summary>
internal static class PdfPageText
{
    private const double RuleThickness = 2.5;
    private const double MinRuleLength = 4;
    /// <summary>Two rules further apart than this enclose no table row (a page of prose between two tables).</summary>
    private const double MaxRowHeight = 110;
    private const double MarginShare = 0.07;

    private sealed record Glyph(string Value, double X, double Right, double Baseline, double Size)
    {
        public double Middle => Baseline + Size * 0.35;
    }

    private readonly record struct HRule(double Y, double X0, double X1);
    private readonly record struct VRule(double X, double Y0, double Y1);
    private sealed record Band(double Top, double Bottom, double X0, double X1);

    public static void Write(Page page, StringBuilder text)
    {
        var glyphs = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => new Glyph(l.Value, l.StartBaseLine.X, Math.Max(l.EndBaseLine.X, l.StartBaseLine.X + l.Width),
                l.StartBaseLine.Y, l.PointSize > 0 ? l.PointSize : Math.Max(l.BoundingBox.Height, 6)))
            .ToList();
        if (glyphs.Count == 0) return;
        var (horizontal, vertical) = Rules(page);
        var bands = Bands(horizontal);

        var items = new List<(double Y, string Line)>();
        var loose = new List<Glyph>();
        var inBand = bands.Select(_ => new List<Glyph>()).ToArray();
        foreach (var g in glyphs)
        {
            int b = bands.FindIndex(band => g.Middle < band.Top && g.Middle > band.Bottom && g.X >= band.X0 - 2 && g.X <= band.X1 + 2);
            if (b >= 0) inBand[b].Add(g);
            else loose.Add(g);
        }
        for (int b = 0; b < bands.Count; b++)
            if (inBand[b].Count > 0) items.Add((bands[b].Top, BandRow(bands[b], inBand[b], vertical)));

        double height = page.Height;
        foreach (var line in Lines(loose))
        {
            string written = LineText(line, tabs: true);
            double y = line[0].Baseline;
            bool inMargin = y < height * MarginShare || y > height * (1 - MarginShare);
            if (inMargin && IsPageMark(written)) continue;
            items.Add((y, written));
        }
        foreach (var (_, line) in items.OrderByDescending(i => i.Y)) text.Append(line).Append('\n');
    }

    private static (List<HRule> Horizontal, List<VRule> Vertical) Rules(Page page)
    {
        var horizontal = new List<HRule>();
        var vertical = new List<VRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r) continue;
                if (r.Width >= MinRuleLength && r.Height <= RuleThickness) horizontal.Add(new((r.Top + r.Bottom) / 2, r.Left, r.Right));
                else if (r.Height >= MinRuleLength && r.Width <= RuleThickness) vertical.Add(new((r.Left + r.Right) / 2, r.Bottom, r.Top));
                else if (path.IsStroked && r.Width >= MinRuleLength && r.Height >= MinRuleLength)
                {
                    // A stroked rectangle: a cell's four borders.
                    horizontal.Add(new(r.Top, r.Left, r.Right));
                    horizontal.Add(new(r.Bottom, r.Left, r.Right));
                    vertical.Add(new(r.Left, r.Bottom, r.Top));
                    vertical.Add(new(r.Right, r.Bottom, r.Top));
                }
            }
        }
        return (horizontal, vertical);
    }

    /// <summary>Rows: the space between two neighbouring horizontal rules that overlap, when it is no taller than a row.</summary>
    private static List<Band> Bands(List<HRule> rules)
    {
        var levels = new List<(double Y, double X0, double X1)>();
        foreach (var rule in rules.OrderByDescending(r => r.Y))
        {
            if (levels.Count > 0 && Math.Abs(levels[^1].Y - rule.Y) < 1.5)
                levels[^1] = (levels[^1].Y, Math.Min(levels[^1].X0, rule.X0), Math.Max(levels[^1].X1, rule.X1));
            else levels.Add((rule.Y, rule.X0, rule.X1));
        }
        var bands = new List<Band>();
        for (int i = 0; i + 1 < levels.Count; i++)
        {
            var (top, bottom) = (levels[i], levels[i + 1]);
            double gap = top.Y - bottom.Y, x0 = Math.Max(top.X0, bottom.X0), x1 = Math.Min(top.X1, bottom.X1);
            if (gap > 3 && gap <= MaxRowHeight && x1 - x0 > MinRuleLength) bands.Add(new Band(top.Y, bottom.Y, x0, x1));
        }
        return bands;
    }

    /// <summary>A table row: cut into cells by the vertical rules crossing it; without rules, words separated by wide gaps.</summary>
    private static string BandRow(Band band, List<Glyph> glyphs, List<VRule> vertical)
    {
        double middle = (band.Top + band.Bottom) / 2;
        var cuts = vertical
            .Where(v => v.Y0 <= middle && v.Y1 >= middle && v.X > band.X0 + 2 && v.X < band.X1 - 2)
            .Select(v => v.X).Order().ToList();
        if (cuts.Count == 0)
            return string.Join(" ", Lines(glyphs).Select(l => LineText(l, tabs: true)));

        var distinct = new List<double>();
        foreach (var x in cuts)
            if (distinct.Count == 0 || x - distinct[^1] > 1.5) distinct.Add(x);
        var cells = new List<Glyph>[distinct.Count + 1];
        for (int i = 0; i < cells.Length; i++) cells[i] = [];
        foreach (var g in glyphs)
        {
            double centre = (g.X + g.Right) / 2;
            int i = distinct.BinarySearch(centre);
            cells[i < 0 ? ~i : i].Add(g);
        }
        var sb = new StringBuilder("|");
        foreach (var cell in cells)
        {
            // A label wrapped over several lines of its cell is one label.
            string cellText = string.Concat(Lines(cell).Select(l => LineText(l, tabs: false))).Replace('|', '｜');
            sb.Append(' ').Append(cellText).Append(cellText.Length == 0 ? "|" : " |");
        }
        return sb.ToString();
    }

    /// <summary>Glyphs grouped by baseline, top to bottom, each line left to right.</summary>
    private static List<List<Glyph>> Lines(List<Glyph> glyphs)
    {
        var lines = new List<List<Glyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Baseline - g.Baseline) < Math.Max(1.5, g.Size * 0.4)) lines[^1].Add(g);
            else lines.Add([g]);
        }
        foreach (var line in lines) line.Sort((a, b) => a.X.CompareTo(b.X));
        return lines;
    }

    /// <summary>A line's text: a space where glyphs stand apart, a tab where the gap is a column's (cells of an unruled table).</summary>
    private static string LineText(List<Glyph> line, bool tabs)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                double gap = line[i].X - line[i - 1].Right, size = line[i].Size;
                if (tabs && gap > size * 1.5) sb.Append('\t');
                else if (gap > size * 0.25) sb.Append(' ');
            }
            sb.Append(line[i].Value);
        }
        return sb.ToString();
    }

    private static bool IsPageMark(string line)
    {
        var t = line.Trim().Trim('-', '—', '－', ' ', '\t');
        if (t.Length == 0) return true;
        if (t.All(char.IsAsciiDigit)) return true;
        return t.StartsWith('第') && t.EndsWith('页') || t.Contains("共", StringComparison.Ordinal) && t.EndsWith('页');
    }
}
