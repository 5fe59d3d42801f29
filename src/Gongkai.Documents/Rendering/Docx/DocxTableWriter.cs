using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Print;
using Gongkai.Documents.Rendering.Tables;
using WordTableGrid = DocumentFormat.OpenXml.Wordprocessing.TableGrid;

namespace Gongkai.Documents.Rendering.Docx;

/// <summary>
/// Writes a statutory table as a Word table: the grid's cells placed with <see cref="Tables.TableGrid.Place"/>, a column span as
/// gridSpan, a row span as a vMerge restart cell followed by continuation cells, head rows repeated on every page.
/// </summary>
internal static class DocxTableWriter
{
    private const int CellMarginTwips = 57;        // 1 mm
    private const int NarrowCellMarginTwips = 28;  // 0.5 mm, for table 四's fifteen columns

    // The advance of an Arabic digit, '.' or '-' in em, a little above the widest of the fonts a report is set in or falls back
    // to (half-width 宋体/仿宋 digits 0.5 em, Noto Sans CJK 0.55 em), so a number sized by it fits its cell.
    private const double DigitAdvanceEm = 0.6;
    private const int SmallestWidthScale = 33;

    public static Table Table(Tables.TableGrid grid, DocxRenderOptions options)
    {
        var placed = grid.Place();
        var widths = ColumnWidths(grid);
        double fontSize = grid.Table == ReportTable.Appeals ? options.AppealTableFontSize : options.TableFontSize;
        int margin = grid.Table == ReportTable.Appeals ? NarrowCellMarginTwips : CellMarginTwips;

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)margin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)margin, Type = TableWidthValues.Dxa })),
            new WordTableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var starting = placed.ToDictionary(p => (p.Row, p.Column));
        var continuing = new Dictionary<(int Row, int Column), PlacedGridCell>();
        foreach (var p in placed)
            for (int r = p.Row + 1; r < p.Row + p.Cell.RowSpan; r++)
                continuing[(r, p.Column)] = p;

        for (int r = 0; r < grid.Rows.Count; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (grid.Rows[r].Part == GridRowPart.Head) rowProperties.Append(new TableHeader());
            var row = new TableRow(rowProperties);
            for (int c = 0; c < grid.ColumnCount;)
            {
                if (starting.TryGetValue((r, c), out var start))
                {
                    row.Append(Cell(start.Cell, Width(widths, c, start.Cell.ColumnSpan), start.Cell.RowSpan > 1 ? MergedCellValues.Restart : null, fontSize, margin));
                    c += start.Cell.ColumnSpan;
                }
                else
                {
                    var above = continuing[(r, c)];
                    row.Append(Cell(above.Cell, Width(widths, c, above.Cell.ColumnSpan), MergedCellValues.Continue, fontSize, margin));
                    c += above.Cell.ColumnSpan;
                }
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Column widths in twips, summing exactly to the type-area width.</summary>
    internal static int[] ColumnWidths(Tables.TableGrid grid)
    {
        int total = DocxReportRenderer.TableWidthTwips;
        var fractions = TableColumnWidths.For(grid);
        var widths = fractions.Select(f => (int)Math.Floor(f * total)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    private static int Width(int[] widths, int column, int span) => widths.Skip(column).Take(span).Sum();

    /// <summary>
    /// The horizontal scale of a value in percent: 100, or narrower when the number would not fit the cell on one line. A value
    /// that wraps inside its cell (5 digits in table 三's 11.4 mm columns at 五号) breaks the row's reading order — its last digits
    /// go to the next printed line, after the neighbouring cells' values. Scaling the width (字符缩放) rather than the size keeps
    /// the value's height and baseline those of its row.
    /// </summary>
    internal static int ValueWidthScale(string text, int cellWidthTwips, int marginTwips, double fontSize)
    {
        double available = (cellWidthTwips - 2 * marginTwips) / 20.0;
        double needed = text.Length * DigitAdvanceEm * fontSize;
        return needed <= available ? 100 : Math.Max(SmallestWidthScale, (int)Math.Floor(100 * available / needed));
    }

    private static TableCell Cell(GridCell cell, int width, MergedCellValues? merge, double fontSize, int margin)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1) properties.Append(new GridSpan { Val = cell.ColumnSpan });
        if (merge is not null) properties.Append(new VerticalMerge { Val = merge == MergedCellValues.Restart ? MergedCellValues.Restart : null });

        bool continuation = merge == MergedCellValues.Continue;
        if (!continuation)
        {
            var fill = CellMarks.Of(cell) switch
            {
                CellMark.NotRead => CellMarks.NotReadFill,
                CellMark.Ambiguous => CellMarks.AmbiguousFill,
                _ => null,
            };
            if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = DocxReportRenderer.TableTextStyleId });
        if (cell.Role is GridCellRole.RowHeader or GridCellRole.BlockCaption or GridCellRole.Note)
            paragraphProperties.Append(new Justification { Val = JustificationValues.Left });
        var paragraph = new Paragraph(paragraphProperties);

        // A continuation cell of a vertical merge carries no text of its own: the text stays in the restart cell.
        if (!continuation && cell.Text.Length > 0)
        {
            var runProperties = new RunProperties();
            if (cell.Role == GridCellRole.BlockCaption) runProperties.Append(new Bold(), new BoldComplexScript());
            int scale = cell.Role == GridCellRole.Data ? ValueWidthScale(cell.Text, width, margin, fontSize) : 100;
            if (scale < 100) runProperties.Append(new CharacterScale { Val = scale });
            runProperties.Append(
                new FontSize { Val = DocxReportRenderer.HalfPoints(fontSize) },
                new FontSizeComplexScript { Val = DocxReportRenderer.HalfPoints(fontSize) });
            paragraph.Append(new Run(runProperties, DocxReportRenderer.TextOf(cell.Text)));
        }
        return new TableCell(properties, paragraph);
    }
}
