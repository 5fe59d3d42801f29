using System.Globalization;
using UglyToad.PdfPig;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>One printed line: glyphs of one page sharing a baseline, left to right.</summary>
internal sealed record PrintedLine(int Page, double Baseline, IReadOnlyList<PdfGlyph> Glyphs)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Value));

    /// <summary>
    /// The numbers printed on the line, left to right: maximal runs of digits, '.' and '-' whose glyphs touch (a gap between two
    /// glyphs wider than <paramref name="maxGap"/> points — a cell border and its padding — ends a number). Runs that are not
    /// numbers ("1." of a row label such as “1.属于国家秘密”) keep their digits: "1." reads as 1.
    /// </summary>
    public IReadOnlyList<decimal> Numbers(double maxGap = 1.5)
    {
        var numbers = new List<decimal>();
        var run = new System.Text.StringBuilder();
        PdfGlyph? previous = null;
        void Flush()
        {
            var text = run.ToString().Trim('.');
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                numbers.Add(n);
            run.Clear();
        }
        foreach (var glyph in Glyphs)
        {
            bool numeric = glyph.Value.Length == 1 && (char.IsAsciiDigit(glyph.Value[0]) || glyph.Value[0] is '.' or '-');
            if (!numeric || (previous is not null && glyph.Left - previous.Right > maxGap)) Flush();
            if (numeric) run.Append(glyph.Value);
            previous = numeric ? glyph : null;
        }
        Flush();
        return numbers;
    }
}

/// <summary>
/// A PDF's text in geometric reading order, independent of the order the producer wrote its content stream in: pages in
/// order; on a page, lines from top to bottom (glyphs whose baselines lie within half a point form one line); on a line,
/// glyphs from left to right.
/// </summary>
internal static class PdfLines
{
    public static List<PrintedLine> Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<PrintedLine>();
        foreach (var page in document.GetPages())
        {
            var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                // The advance (start to end of the baseline), not the ink box: a '.' has little ink but a full advance.
                .Select(l => new PdfGlyph(l.Value, page.Number, Math.Min(l.StartBaseLine.X, l.EndBaseLine.X),
                    Math.Max(l.StartBaseLine.X, l.EndBaseLine.X), l.StartBaseLine.Y))
                .OrderByDescending(g => g.Baseline).ToList();
            var current = new List<PdfGlyph>();
            foreach (var glyph in glyphs)
            {
                if (current.Count > 0 && current[0].Baseline - glyph.Baseline > 0.5)
                {
                    lines.Add(Line(current));
                    current = [];
                }
                current.Add(glyph);
            }
            if (current.Count > 0) lines.Add(Line(current));
        }
        return lines;
    }

    private static PrintedLine Line(List<PdfGlyph> glyphs) =>
        new(glyphs[0].Page, glyphs[0].Baseline, [.. glyphs.OrderBy(g => g.Left)]);
}
