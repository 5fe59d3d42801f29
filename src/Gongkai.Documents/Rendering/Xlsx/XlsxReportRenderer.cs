using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Print;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Rendering.Xlsx;

/// <summary>
/// Renders the tables of an annual report (年度报告表格) as an Excel workbook: one sheet per table (表二, 表三, 表四) laid out as
/// the official form — the shared <see cref="TableGrid"/> with its merged header cells, verbatim labels and numbers stored as
/// numbers with their decimals — and a sheet 单元格 listing every cell of the format, one per row, for machines.
/// Written with the Open XML SDK directly (MiniExcel cannot merge cells; ClosedXML cannot load beside Open XML 3).
/// </summary>
public static class XlsxReportRenderer
{
    /// <summary>The machine-readable sheet: one row per cell of the format.</summary>
    public const string CellsSheetName = "单元格";

    /// <summary>Head of the 单元格 sheet: cell id, table, row label, column label, value, kind, candidates.</summary>
    public static IReadOnlyList<string> CellsSheetColumns { get; } = ["单元格编号", "表", "行", "列", "值", "类型", "候选值"];

    /// <summary>Row (1-based) of a table sheet where the grid begins; row 1 holds the section heading as caption.</summary>
    public const int GridFirstRow = 2;

    /// <summary>Separator between the levels of a row or column label in the 单元格 sheet (三、本年度办理结果 / （三）不予公开 / …).</summary>
    public const string LabelSeparator = " / ";

    /// <summary>Kind names of the 单元格 sheet: those of the JSON export (number, blank, dash, notApplicable) plus the two below.</summary>
    public const string NotReadKind = "notRead";
    public const string AmbiguousKind = "ambiguous";

    // Sheet width of each table in Excel character units, spread over its columns like the printed table.
    private static readonly Dictionary<ReportTable, double> SheetWidths = new()
    {
        [ReportTable.Proactive] = 80, [ReportTable.Requests] = 130, [ReportTable.Appeals] = 120,
    };

    public static string SheetNameOf(ReportTable table) => table switch
    {
        ReportTable.Proactive => "表二",
        ReportTable.Requests => "表三",
        _ => "表四",
    };

    public static byte[] Render(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var grids = ReportTableGrids.All(report);
        var styles = new XlsxStyles();
        var strings = new SharedStrings();

        var sheets = grids.Select(g => (Name: SheetNameOf(g.Table), Sheet: TableSheet(g, styles, strings))).ToList();
        sheets.Add((CellsSheetName, CellsSheet(grids, styles, strings)));

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (name, sheet) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.Build();
                sheetList.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            workbook.Workbook = new Workbook(sheetList);
            document.PackageProperties.Title = ReportText.TitleOf(report);
            document.PackageProperties.Language = "zh-CN";
            document.PackageProperties.Creator = "Gongkai";
        }
        return stream.ToArray();
    }

    private static XlsxSheet TableSheet(TableGrid grid, XlsxStyles styles, SharedStrings strings)
    {
        var sheet = new XlsxSheet(styles, strings) { Landscape = grid.Table == ReportTable.Appeals };
        var caption = new XlsxStyle(Bold: true, FontSize: 14, Align: XlsxAlign.Left);
        sheet.Text(1, 1, grid.Caption, caption);
        sheet.Merge(1, 1, 1, grid.ColumnCount, caption);

        var fractions = TableColumnWidths.For(grid);

        var placedCells = grid.Place();
        double[] widths = [.. fractions.Select(f => Math.Round(f * SheetWidths[grid.Table], 1))];
        for (int c = 0; c < grid.ColumnCount; c++) sheet.Width(c + 1, widths[c]);
        var heights = RowHeights(grid, placedCells, widths);
        for (int r = 0; r < heights.Length; r++) sheet.Height(GridFirstRow + r, heights[r]);

        foreach (var placed in placedCells)
        {
            var cell = placed.Cell;
            int row = GridFirstRow + placed.Row, column = placed.Column + 1;
            var style = StyleOf(cell);
            if (cell.Role == GridCellRole.Data && cell.Value is { IsNumber: true } value) sheet.Number(row, column, value.Number, style);
            else sheet.Text(row, column, cell.Text, style);
            sheet.Merge(row, column, cell.RowSpan, cell.ColumnSpan, style);
        }

        int noteRow = GridFirstRow + grid.Rows.Count + 1;
        foreach (var note in CellMarks.Notes(grid)) sheet.Text(noteRow++, 1, note, default);

        int headRows = grid.Rows.TakeWhile(r => r.Part == GridRowPart.Head).Count();
        if (headRows > 0) sheet.FrozenRows = GridFirstRow - 1 + headRows;
        return sheet;
    }

    // An 11 pt line, and the width of a character in Excel's column units (the width of '0'): a Chinese character takes two.
    private const double LinePoints = 15;
    private const double CellPaddingUnits = 1;

    /// <summary>Row heights that show every wrapped label whole: a spanning cell too tall for its rows makes its last row taller.</summary>
    private static double[] RowHeights(TableGrid grid, IReadOnlyList<PlacedGridCell> placed, double[] widths)
    {
        double Lines(PlacedGridCell p)
        {
            double width = widths.Skip(p.Column).Take(p.Cell.ColumnSpan).Sum() - CellPaddingUnits;
            double text = p.Cell.Text.Sum(ch => ch < 0x2E80 ? 1.1 : 2.0);
            return Math.Max(1, Math.Ceiling(text / Math.Max(1, width)));
        }
        var heights = Enumerable.Repeat(LinePoints, grid.Rows.Count).ToArray();
        foreach (var p in placed.Where(p => p.Cell.RowSpan == 1))
            heights[p.Row] = Math.Max(heights[p.Row], Lines(p) * LinePoints);
        foreach (var p in placed.Where(p => p.Cell.RowSpan > 1).OrderBy(p => p.Cell.RowSpan))
        {
            double have = heights.Skip(p.Row).Take(p.Cell.RowSpan).Sum(), need = Lines(p) * LinePoints;
            if (have < need) heights[p.Row + p.Cell.RowSpan - 1] += need - have;
        }
        return heights;
    }

    private static XlsxStyle StyleOf(GridCell cell)
    {
        var framed = new XlsxStyle(Border: true, Wrap: true);
        return cell.Role switch
        {
            GridCellRole.ColumnHeader => framed with { Align = XlsxAlign.Center },
            GridCellRole.RowHeader or GridCellRole.Note => framed with { Align = XlsxAlign.Left },
            GridCellRole.BlockCaption => framed with { Align = XlsxAlign.Left, Bold = true },
            _ => CellMarks.Of(cell) switch
            {
                CellMark.NotRead => framed with { Align = XlsxAlign.Center, Fill = CellMarks.NotReadFill },
                CellMark.Ambiguous => framed with { Align = XlsxAlign.Center, Fill = CellMarks.AmbiguousFill },
                _ => framed with { Align = XlsxAlign.Center },
            },
        };
    }

    private static XlsxSheet CellsSheet(IReadOnlyList<TableGrid> grids, XlsxStyles styles, SharedStrings strings)
    {
        var sheet = new XlsxSheet(styles, strings) { FrozenRows = 1 };
        var head = new XlsxStyle(Bold: true);
        for (int c = 0; c < CellsSheetColumns.Count; c++) sheet.Text(1, c + 1, CellsSheetColumns[c], head);
        double[] widths = [26, 6, 60, 40, 14, 14, 16];
        for (int c = 0; c < widths.Length; c++) sheet.Width(c + 1, widths[c]);

        int row = 2;
        foreach (var grid in grids)
        {
            var headers = grid.Rows.SelectMany(r => r.Cells).Where(c => c.Key is not null).ToDictionary(c => c.Key!);
            string Labels(GridCell cell, Func<GridCell, bool> which) =>
                string.Join(LabelSeparator, cell.HeaderKeys.Select(k => headers[k]).Where(which).Select(h => h.Text));

            foreach (var cell in grid.DataCells)
            {
                sheet.Text(row, 1, cell.CellId!, default);
                sheet.Text(row, 2, SheetNameOf(grid.Table), default);
                sheet.Text(row, 3, Labels(cell, h => h.Role is GridCellRole.RowHeader or GridCellRole.BlockCaption), default);
                sheet.Text(row, 4, Labels(cell, h => h.Role == GridCellRole.ColumnHeader), default);
                if (cell.Value is { IsNumber: true } value) sheet.Number(row, 5, value.Number, default);
                else sheet.Text(row, 5, cell.Text, default);
                sheet.Text(row, 6, KindOf(cell), default);
                if (cell.Candidates is { } candidates)
                    sheet.Text(row, 7, string.Join(' ', candidates.Select(v => v.ToString(CultureInfo.InvariantCulture))), default);
                row++;
            }
        }
        return sheet;
    }

    private static string KindOf(GridCell cell) => cell.Value is { } value
        ? CellKindNames.Of(value.Kind)
        : cell.Candidates is not null ? AmbiguousKind : NotReadKind;
}
