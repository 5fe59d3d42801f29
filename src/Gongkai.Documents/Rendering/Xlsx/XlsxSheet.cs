using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Rendering.Xlsx;

/// <summary>Collects the cells, merges and column widths of one worksheet and writes them in the order the format requires.</summary>
internal sealed class XlsxSheet(XlsxStyles styles, SharedStrings strings)
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _heights = [];

    /// <summary>Rows (1-based) above which the sheet is frozen, 0 for none.</summary>
    public int FrozenRows { get; set; }

    public bool Landscape { get; set; }

    public void Text(int row, int column, string text, XlsxStyle style)
    {
        var cell = Place(row, column, style);
        if (text.Length == 0) return;
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A number written exactly as the decimal states it; the style shows its decimals.</summary>
    public void Number(int row, int column, decimal value, XlsxStyle style)
    {
        var cell = Place(row, column, style with { Decimals = Scale(value) });
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Empty(int row, int column, XlsxStyle style) => Place(row, column, style);

    /// <summary>Merges a rectangle; every covered cell gets the style so that borders run round the whole merged area.</summary>
    public void Merge(int row, int column, int rowSpan, int columnSpan, XlsxStyle style)
    {
        if (rowSpan == 1 && columnSpan == 1) return;
        for (int r = row; r < row + rowSpan; r++)
            for (int c = column; c < column + columnSpan; c++)
                if (r != row || c != column) Place(r, c, style);
        _merges.Add($"{Reference(row, column)}:{Reference(row + rowSpan - 1, column + columnSpan - 1)}");
    }

    public void Width(int column, double characters) => _widths[column] = characters;

    /// <summary>A row's height in points (spreadsheet programs do not grow rows for wrapped text in merged cells).</summary>
    public void Height(int row, double points) => _heights[row] = points;

    public Worksheet Build()
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));

        var view = new SheetView { WorkbookViewId = 0U };
        if (FrozenRows > 0)
            view.Append(new Pane { VerticalSplit = FrozenRows, TopLeftCell = Reference(FrozenRows + 1, 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        worksheet.Append(new SheetViews(view));

        if (_widths.Count > 0)
            worksheet.Append(new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));

        var data = new SheetData();
        foreach (var (r, cells) in _rows)
        {
            var row = new Row(cells.Values) { RowIndex = (uint)r };
            if (_heights.TryGetValue(r, out var height)) { row.Height = height; row.CustomHeight = true; }
            data.Append(row);
        }
        worksheet.Append(data);

        if (_merges.Count > 0)
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        // Paper size 9 = A4; one page wide, as many pages high as needed.
        worksheet.Append(new PageSetup
        {
            PaperSize = 9U, FitToWidth = 1U, FitToHeight = 0U,
            Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
        });
        return worksheet;
    }

    public static string Reference(int row, int column)
    {
        var letters = "";
        for (int c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private Cell Place(int row, int column, XlsxStyle style)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        var cell = new Cell { CellReference = Reference(row, column), StyleIndex = styles[style] };
        cells[column] = cell;
        return cell;
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}

/// <summary>The workbook's shared string table: each distinct text stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int Index(string text)
    {
        if (_index.TryGetValue(text, out var i)) return i;
        _index[text] = _texts.Count;
        _texts.Add(text);
        return _texts.Count - 1;
    }

    public SharedStringTable Build() =>
        new(_texts.Select(t => new SharedStringItem(new Text(t) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count,
        };
}
