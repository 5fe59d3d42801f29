using Gongkai.Documents.Rendering.Print;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>Horizontal placement of a line of text.</summary>
internal enum LineAlign
{
    Left,
    Center,
    /// <summary>Both edges flush (两端对齐), the last line of a paragraph flush left.</summary>
    Justify,
}

/// <summary>
/// Lays text out on A4 pages of a <see cref="PdfDocument"/> in the GB/T 9704 type area, top to bottom, starting a new page
/// when the current one is full and printing the "— n —" page number on each finished page.
/// Coordinates are points from the page's top-left corner.
/// </summary>
internal sealed class PdfComposer
{
    private readonly PdfDocument _document;
    private readonly PdfRenderOptions _options;
    private readonly Dictionary<(PdfFontFace, double), XFont> _fonts = [];
    private PdfPage? _page;
    private XGraphics? _graphics;

    public PdfComposer(PdfDocument document, PdfRenderOptions options)
    {
        _document = document;
        _options = options;
        AddPage();
    }

    public int PageNumber { get; private set; }

    /// <summary>Top of the next thing to print.</summary>
    public double Y { get; set; }

    public static double Top => PrintLayout.Mm(PrintLayout.TopMarginMm);
    public static double Bottom => PrintLayout.Mm(PrintLayout.PageHeightMm - PrintLayout.BottomMarginMm);
    public static double Width => PrintLayout.Mm(PrintLayout.TypeAreaWidthMm);
    public double Left => PrintLayout.Mm(PrintLayout.LeftMarginMm(PageNumber, _options.MirrorMargins));
    public double Remaining => Bottom - Y;
    public bool AtPageTop => Y <= Top + 0.01;
    public XGraphics Graphics => _graphics!;

    public XFont Font(PdfFontFace face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new XFont(PdfFontFiles.FamilyOf(face), size, face.SimulateBold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[(face, size)] = font;
        }
        return font;
    }

    public double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (Remaining + 0.01 < height && !AtPageTop) NewPage();
    }

    public void NewPage()
    {
        FinishPage();
        AddPage();
    }

    public void Finish() => FinishPage();

    /// <summary>The lines a paragraph of styled runs will take, the first line <paramref name="firstIndent"/> narrower.</summary>
    public List<List<TextUnit>> Wrap(IReadOnlyList<(string Text, XFont Font)> runs, double width, double firstIndent = 0)
    {
        var fonts = runs.Select(r => r.Font).Distinct().ToList();
        double MeasureIn(string text, int style) => Measure(text, fonts[style]);
        var units = LineBreaker.Units(runs.Select(r => (r.Text, fonts.IndexOf(r.Font))), MeasureIn);
        return LineBreaker.Lines(units, width - firstIndent, width, MeasureIn);
    }

    /// <summary>Prints a paragraph line by line on a fixed pitch, breaking to a new page between lines when needed.</summary>
    public void Paragraph(IReadOnlyList<(string Text, XFont Font)> runs, double pitch, double firstIndent, LineAlign align)
    {
        var fonts = runs.Select(r => r.Font).Distinct().ToList();
        var lines = Wrap(runs, Width, firstIndent);
        for (int i = 0; i < lines.Count; i++)
        {
            EnsureSpace(pitch);
            double indent = i == 0 ? firstIndent : 0;
            var alignment = align == LineAlign.Justify && i == lines.Count - 1 ? LineAlign.Left : align;
            DrawLine(lines[i], fonts, Left + indent, Width - indent, Y, pitch, alignment);
            Y += pitch;
        }
    }

    /// <summary>Draws one line of units in a box of the given width, vertically centred on a line of height <paramref name="pitch"/>.</summary>
    public void DrawLine(IReadOnlyList<TextUnit> line, IReadOnlyList<XFont> fonts, double x, double width, double top, double pitch, LineAlign align)
    {
        if (line.Count == 0) return;
        double used = line.Sum(u => u.Width);
        double gap = 0;
        if (align == LineAlign.Center) x += Math.Max(0, (width - used) / 2);
        else if (align == LineAlign.Justify && line.Count > 1) gap = Math.Max(0, (width - used) / (line.Count - 1));

        double size = line.Max(u => fonts[u.Style].Size);
        double baseline = Baseline(top, pitch, size);
        if (gap == 0)
        {
            // Runs of one font drawn as one string: fewer operators, same text order.
            foreach (var run in Runs(line))
            {
                Graphics.DrawString(run.Text, fonts[run.Style], XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
                x += run.Width;
            }
            return;
        }
        foreach (var unit in line)
        {
            Graphics.DrawString(unit.Text, fonts[unit.Style], XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += unit.Width + gap;
        }
    }

    /// <summary>The baseline that centres Chinese glyphs (which sit about 0.12 em below and 0.88 em above it) on a line.</summary>
    public static double Baseline(double top, double pitch, double size) => top + pitch / 2 + 0.38 * size;

    private static IEnumerable<TextUnit> Runs(IReadOnlyList<TextUnit> line)
    {
        int i = 0;
        while (i < line.Count)
        {
            int j = i;
            while (j < line.Count && line[j].Style == line[i].Style) j++;
            var slice = line.Skip(i).Take(j - i).ToList();
            yield return new TextUnit(string.Concat(slice.Select(u => u.Text)), line[i].Style, slice.Sum(u => u.Width));
            i = j;
        }
    }

    private void AddPage()
    {
        _page = _document.AddPage();
        _page.Width = XUnit.FromMillimeter(PrintLayout.PageWidthMm);
        _page.Height = XUnit.FromMillimeter(PrintLayout.PageHeightMm);
        _graphics = XGraphics.FromPdfPage(_page);
        PageNumber++;
        Y = Top;
    }

    /// <summary>GB/T 9704: "— n —" in 4号 宋体, its line 7 mm below the type area, one character in from the outer side.</summary>
    private void FinishPage()
    {
        if (_graphics is null) return;
        var font = Font(_options.Fonts.PageNumber, PrintLayout.PageNumberSize);
        string text = PrintLayout.PageNumberText(PageNumber);
        double width = Measure(text, font);
        double indent = PrintLayout.PageNumberSize;
        double x = PrintLayout.PageNumberOnRight(PageNumber) ? Left + Width - indent - width : Left + indent;
        double top = Bottom + PrintLayout.Mm(PrintLayout.PageNumberGapMm);
        _graphics.DrawString(text, font, XBrushes.Black, x, Baseline(top, PrintLayout.PageNumberSize * 1.2, PrintLayout.PageNumberSize), XStringFormats.BaseLineLeft);
        _graphics.Dispose();
        _graphics = null;
    }
}
