using System.Text;
using Gongkai.Documents.Reading.Tables;
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
    private const double MarginShare = 0.12;
    /// <summary>Widest column of labels merged over rows that a row's rules may stop short of.</summary>
    private const double MaxMergedColumn = 250;

    private sealed record Glyph(string Value, double X, double Right, double Baseline, double Size)
    {
        public double Middle => Baseline + Size * 0.35;
    }

    private readonly record struct HRule(double Y, double X0, double X1);
    private readonly record struct VRule(double X, double Y0, double Y1);

    /// <summary>A horizontal rule level: every rule drawn at one height, as segments.</summary>
    private sealed record Level(double Y, List<(double X0, double X1)> Segments)
    {
        public double X0 => Segments.Min(s => s.X0);
        public double X1 => Segments.Max(s => s.X1);
        public bool Covers(double x) => Segments.Any(s => x >= s.X0 - 1 && x <= s.X1 + 1);
    }

    /// <summary>A table row: the space between two neighbouring rule levels that vertical rules cross.</summary>
    private sealed record Band(Level TopLevel, Level BottomLevel, double X0, double X1, List<double> Cuts)
    {
        public double Top => TopLevel.Y;
        public double Bottom => BottomLevel.Y;
    }

    public static void Write(Page page, StringBuilder text)
    {
        var glyphs = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => new Glyph(l.Value, l.StartBaseLine.X, Math.Max(l.EndBaseLine.X, l.StartBaseLine.X + l.Width),
                l.StartBaseLine.Y, l.PointSize > 0 ? l.PointSize : Math.Max(l.BoundingBox.Height, 6)))
            .ToList();
        if (glyphs.Count == 0) return;
        var (horizontal, vertical) = Rules(page);
        var bands = Bands(horizontal, vertical);

        var items = new List<(double Y, string Line)>();
        var loose = new List<Glyph>();
        var inBand = bands.Select(_ => new List<Glyph>()).ToArray();
        foreach (var g in glyphs)
        {
            int b = bands.FindIndex(band => g.Middle < band.Top && g.Middle > band.Bottom && g.X >= band.X0 - 2 && g.X <= band.X1 + 2);
            if (b >= 0) inBand[b].Add(g);
            else loose.Add(g);
        }
        foreach (var (y, table) in Tables(bands, inBand)) items.Add((y, table));

        double height = page.Height;
        double bodySize = glyphs.Select(g => g.Size).Order().ElementAt(glyphs.Count / 2);
        List<Glyph>? previousLine = null;
        foreach (var line in Lines(loose))
        {
            string written = LineText(line, tabs: true);
            double y = line[0].Baseline;
            bool inMargin = y < height * MarginShare || y > height * (1 - MarginShare);
            if (inMargin && IsPageMark(written)) continue;
            // A title set larger than the body and wrapped over two lines is one title.
            if (previousLine is not null && IsDisplay(previousLine, bodySize) && IsDisplay(line, bodySize)
                && previousLine[0].Baseline - y < line[0].Size * 2.2 && items.Count > 0)
            {
                items[^1] = (items[^1].Y, items[^1].Line + written);
                previousLine = line;
                continue;
            }
            items.Add((y, written));
            previousLine = line;
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

    private static List<Band> Bands(List<HRule> rules, List<VRule> vertical)
    {
        var levels = new List<Level>();
        foreach (var rule in rules.OrderByDescending(r => r.Y))
        {
            if (levels.Count > 0 && Math.Abs(levels[^1].Y - rule.Y) < 1.5) levels[^1].Segments.Add((rule.X0, rule.X1));
            else levels.Add(new Level(rule.Y, [(rule.X0, rule.X1)]));
        }
        var bands = new List<Band>();
        for (int i = 0; i + 1 < levels.Count; i++)
        {
            var (top, bottom) = (levels[i], levels[i + 1]);
            double gap = top.Y - bottom.Y, x0 = Math.Min(top.X0, bottom.X0), x1 = Math.Max(top.X1, bottom.X1);
            if (gap <= 3 || gap > MaxRowHeight) continue;
            double middle = (top.Y + bottom.Y) / 2;
            var all = vertical.Where(v => v.Y0 <= middle && v.Y1 >= middle).Select(v => v.X).ToList();
            // Inner rule levels stop at a column merged over rows (三、本年度办理结果); the table's outer borders still cross.
            foreach (var x in all)
            {
                if (x < x0 && x >= x0 - MaxMergedColumn) x0 = x;
                if (x > x1 && x <= x1 + MaxMergedColumn) x1 = x;
            }
            var crossing = all.Where(x => x >= x0 - 2 && x <= x1 + 2).Order().ToList();
            // Vertical rules at both ends make a table row; the gap between two tables has none.
            if (crossing.Count < 2) continue;
            var cuts = new List<double>();
            foreach (var x in crossing.Where(x => x > x0 + 2 && x < x1 - 2))
                if (cuts.Count == 0 || x - cuts[^1] > 1.5) cuts.Add(x);
            bands.Add(new Band(top, bottom, x0, x1, cuts));
        }
        return bands;
    }

    private sealed class BandCell(double x0, double x1)
    {
        public double X0 { get; } = x0;
        public double X1 { get; } = x1;
        public double Middle => (X0 + X1) / 2;
        public StringBuilder Text { get; } = new();
        public int RowSpan { get; set; } = 1;
    }

    /// <summary>
    /// Neighbouring bands make a table. A cell whose top is not ruled continues the cell above it (a label merged over rows,
    /// such as 三、本年度办理结果 written down a narrow column): its text joins that cell, which then spans one more row.
    /// </summary>
    private static IEnumerable<(double Y, string Text)> Tables(List<Band> bands, List<Glyph>[] glyphs)
    {
        var table = new List<List<BandCell>>();
        double tableTop = 0;
        List<BandCell>? above = null;
        Band? previous = null;
        for (int b = 0; b < bands.Count; b++)
        {
            var band = bands[b];
            bool adjacent = previous is not null && Math.Abs(previous.Bottom - band.Top) < 1.5;
            if (!adjacent && table.Count > 0)
            {
                yield return (tableTop, Written(table));
                table = [];
                above = null;
            }
            if (table.Count == 0) tableTop = band.Top;

            var edges = new List<double> { band.X0 };
            edges.AddRange(band.Cuts);
            edges.Add(band.X1);
            var cells = new List<BandCell>();
            var owned = new List<List<Glyph>>();
            for (int i = 0; i + 1 < edges.Count; i++) { cells.Add(new BandCell(edges[i], edges[i + 1])); owned.Add([]); }
            foreach (var g in glyphs[b])
            {
                double centre = (g.X + g.Right) / 2;
                int i = cells.FindIndex(c => centre >= c.X0 && centre < c.X1);
                owned[i >= 0 ? i : centre < cells[0].X0 ? 0 : cells.Count - 1].Add(g);
            }
            // A label wrapped over several lines of its cell is one label.
            for (int i = 0; i < cells.Count; i++) cells[i].Text.Append(string.Concat(Lines(owned[i]).Select(l => LineText(l, tabs: false))));

            var row = new List<BandCell>();
            foreach (var cell in cells)
            {
                var origin = above is not null && !band.TopLevel.Covers(cell.Middle)
                    ? above.FirstOrDefault(a => cell.Middle > a.X0 && cell.Middle < a.X1)
                    : null;
                if (origin is null) { row.Add(cell); continue; }
                origin.Text.Append(cell.Text);
                if (!row.Contains(origin)) { origin.RowSpan++; row.Add(origin); }
            }
            table.Add(row);
            above = row;
            previous = band;
        }
        if (table.Count > 0) yield return (tableTop, Written(table));
    }

    private static string Written(List<List<BandCell>> rows)
    {
        var grid = new SpannedTable();
        var started = new HashSet<BandCell>();
        foreach (var row in rows)
            grid.AddRow(row.Where(started.Add).Select(c => new SourceCell(c.Text.ToString().Trim().Replace('|', '｜'), 1, c.RowSpan)).ToList());
        var sb = new StringBuilder();
        grid.WriteTo(sb);
        return sb.ToString().TrimEnd('\n');
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

    private static bool IsDisplay(List<Glyph> line, double bodySize) => line.Average(g => g.Size) >= bodySize * 1.15;

    private static bool IsPageMark(string line)
    {
        var t = line.Trim().Trim('-', '—', '－', ' ', '\t');
        if (t.Length == 0) return true;
        if (t.All(char.IsAsciiDigit)) return true;
        return t.StartsWith('第') && t.EndsWith('页') || t.Contains("共", StringComparison.Ordinal) && t.EndsWith('页');
    }
}
