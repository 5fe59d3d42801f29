using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Print;
using Gongkai.Documents.Rendering.Tables;
using PdfSharp.Drawing;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>
/// Draws a statutory table from its <see cref="TableGrid"/>: cells placed with <see cref="TableGrid.Place"/>, long labels
/// wrapped inside their cell, text drawn row by row and left to right (so extracted text follows the reading order), the
/// body split between rows over pages with the head rows repeated.
/// </summary>
internal sealed class PdfTableWriter
{
    private const double LineFactor = 1.3;
    private const double PaddingY = 2;
    private static readonly XPen Rule = new(XColors.Black, 0.5);

    private readonly PdfComposer _composer;
    private readonly IReadOnlyList<PlacedGridCell> _placed;
    private readonly double[] _columnLeft;
    private readonly double[] _columnWidth;
    private readonly double _lineHeight;
    private readonly double _paddingX;
    private readonly XFont _font;
    private readonly XFont _boldFont;
    private readonly Dictionary<PlacedGridCell, List<List<TextUnit>>> _lines = [];
    private readonly double[] _rowHeight;
    private readonly int _headRows;

    public PdfTableWriter(PdfComposer composer, TableGrid grid, PdfRenderOptions options)
    {
        _composer = composer;
        _placed = grid.Place();
        double size = grid.Table == ReportTable.Appeals ? options.AppealTableFontSize : options.TableFontSize;
        _font = composer.Font(options.Fonts.Body, size);
        _boldFont = composer.Font(options.Fonts.Body with { SimulateBold = true }, size);
        _lineHeight = size * LineFactor;
        _paddingX = PrintLayout.Mm(grid.Table == ReportTable.Appeals ? 0.5 : 1);

        var fractions = TableColumnWidths.For(grid);
        _columnWidth = [.. fractions.Select(f => f * PdfComposer.Width)];
        _columnLeft = new double[grid.ColumnCount];
        for (int c = 1; c < grid.ColumnCount; c++) _columnLeft[c] = _columnLeft[c - 1] + _columnWidth[c - 1];

        _headRows = grid.Rows.TakeWhile(r => r.Part == GridRowPart.Head).Count();
        _rowHeight = new double[grid.Rows.Count];
        Array.Fill(_rowHeight, _lineHeight + 2 * PaddingY);
        foreach (var p in _placed)
        {
            double inner = CellWidth(p) - 2 * _paddingX;
            _lines[p] = p.Cell.Text.Length == 0 ? [] : composer.Wrap([(p.Cell.Text, FontOf(p.Cell))], inner);
            if (p.Cell.RowSpan == 1) _rowHeight[p.Row] = Math.Max(_rowHeight[p.Row], Needed(p));
        }
        // A cell spanning rows that its rows are too low for makes its last row taller (shortest spans first).
        foreach (var p in _placed.Where(p => p.Cell.RowSpan > 1).OrderBy(p => p.Cell.RowSpan))
        {
            double height = Enumerable.Range(p.Row, p.Cell.RowSpan).Sum(r => _rowHeight[r]);
            if (height < Needed(p)) _rowHeight[p.Row + p.Cell.RowSpan - 1] += Needed(p) - height;
        }
        BodyRows = grid.Rows.Count - _headRows;
        HeadHeight = _rowHeight.Take(_headRows).Sum();
        KeepWithNext = [.. grid.Rows.Skip(_headRows).Select(r => r.Cells.All(c => c.Role != GridCellRole.Data))];
        Spans = [.. _placed.Where(p => p.Row >= _headRows && p.Cell.RowSpan > 1)
            .Select(p => new RowSpanText(p.Row - _headRows, p.Row - _headRows + p.Cell.RowSpan - 1, Needed(p)))];
    }

    public int BodyRows { get; }
    public double HeadHeight { get; }
    public IReadOnlyList<bool> KeepWithNext { get; }
    public IReadOnlyList<RowSpanText> Spans { get; }

    public List<PageRows> Paginate(double firstPageSpace) =>
        TablePagination.Paginate(HeadHeight, [.. _rowHeight.Skip(_headRows)], KeepWithNext, Spans, firstPageSpace,
            PdfComposer.Bottom - PdfComposer.Top);

    public void Draw()
    {
        var pages = Paginate(_composer.Remaining);
        for (int i = 0; i < pages.Count; i++)
        {
            // An empty first run means the table begins on the next page, which the next run starts.
            if (i > 0) _composer.NewPage();
            if (!pages[i].IsEmpty) DrawPage(pages[i]);
        }
    }

    private void DrawPage(PageRows page)
    {
        int first = _headRows + page.Start, end = _headRows + page.End;
        var top = new Dictionary<int, double>();
        double y = _composer.Y;
        for (int r = 0; r < _headRows; r++) { top[r] = y; y += _rowHeight[r]; }
        for (int r = first; r < end; r++) { top[r] = y; y += _rowHeight[r]; }

        double Bottom(PlacedGridCell p, int lastRow) => top[lastRow] + _rowHeight[lastRow];

        // Cells spanning in from the previous page: their frame only; their text was printed where they began.
        foreach (var p in _placed.Where(p => p.Row >= _headRows && p.Row < first && p.Row + p.Cell.RowSpan > first))
        {
            int last = Math.Min(p.Row + p.Cell.RowSpan, end) - 1;
            DrawFrame(p, top[first], Bottom(p, last));
        }
        foreach (var p in _placed.Where(p => p.Row < _headRows || (p.Row >= first && p.Row < end)))
        {
            int last = Math.Min(p.Row + p.Cell.RowSpan, p.Row < _headRows ? _headRows : end) - 1;
            double cellTop = top[p.Row], cellBottom = Bottom(p, last);
            DrawFrame(p, cellTop, cellBottom);
            DrawText(p, cellTop, cellBottom);
        }
        _composer.Y = y;
    }

    private void DrawFrame(PlacedGridCell p, double top, double bottom)
    {
        var fill = CellMarks.Of(p.Cell) switch
        {
            CellMark.NotRead => CellMarks.NotReadFill,
            CellMark.Ambiguous => CellMarks.AmbiguousFill,
            _ => null,
        };
        double x = _composer.Left + _columnLeft[p.Column];
        var rect = new XRect(x, top, CellWidth(p), bottom - top);
        if (fill is not null) _composer.Graphics.DrawRectangle(new XSolidBrush(Color(fill)), rect);
        _composer.Graphics.DrawRectangle(Rule, rect);
    }

    private void DrawText(PlacedGridCell p, double top, double bottom)
    {
        var lines = _lines[p];
        if (lines.Count == 0) return;
        var align = p.Cell.Role is GridCellRole.ColumnHeader or GridCellRole.Data ? LineAlign.Center : LineAlign.Left;
        double x = _composer.Left + _columnLeft[p.Column] + _paddingX;
        double width = CellWidth(p) - 2 * _paddingX;
        double y = top + Math.Max(PaddingY, (bottom - top - lines.Count * _lineHeight) / 2);
        XFont[] fonts = [FontOf(p.Cell)];
        foreach (var line in lines)
        {
            _composer.DrawLine(line, fonts, x, width, y, _lineHeight, align);
            y += _lineHeight;
        }
    }

    private XFont FontOf(GridCell cell) => cell.Role == GridCellRole.BlockCaption ? _boldFont : _font;

    private double CellWidth(PlacedGridCell p) => Enumerable.Range(p.Column, p.Cell.ColumnSpan).Sum(c => _columnWidth[c]);

    private double Needed(PlacedGridCell p) => Math.Max(1, _lines[p].Count) * _lineHeight + 2 * PaddingY;

    private static XColor Color(string hex) => XColor.FromArgb(
        Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..], 16));
}
