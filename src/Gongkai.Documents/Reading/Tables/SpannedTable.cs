using System.Text;

namespace Gongkai.Documents.Reading.Tables;

/// <summary>A cell as written in a source table (HTML td/th, a Word table cell): its text and how far it spans.</summary>
internal readonly record struct SourceCell(string Text, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>
/// 表格展开: a table of a published file with its merged cells (rowspan/colspan, Word gridSpan/vMerge) laid out on a full grid,
/// then written as the text form the text reader reads (a pipe table). A merged cell is written once, where it starts:
/// group labels spanning several rows (（三）不予公开 over its eight sub-rows) go on a line of their own before the row they
/// start, as in the Markdown form, so every data row reads as its own label followed by its cells.
/// </summary>
internal sealed class SpannedTable
{
    /// <summary>Bounds a damaged file's spans: no report table is wider or longer than this.</summary>
    private const int MaxSpan = 200;

    private readonly List<List<SourceCell?>> _rows = [];

    public int RowCount => _rows.Count;

    /// <summary>Places the next row's cells in the columns the rows above have not already covered with row spans.</summary>
    public void AddRow(IEnumerable<SourceCell> cells)
    {
        int r = _realRows;
        var row = Row(r);
        int c = 0;
        foreach (var cell in cells)
        {
            while (c < row.Count && row[c] is not null) c++;
            int cols = Math.Clamp(cell.ColumnSpan, 1, MaxSpan), rows = Math.Clamp(cell.RowSpan, 1, MaxSpan);
            // A damaged or hostile file full of huge spans must not make the grid grow with the square of its size.
            if ((_placed += cols * rows) > MaxPlaced) cols = rows = 1;
            for (int dr = 0; dr < rows; dr++)
            {
                var target = Row(r + dr);
                for (int dc = 0; dc < cols; dc++)
                {
                    while (target.Count <= c + dc) target.Add(null);
                    target[c + dc] = dr == 0 && dc == 0 ? cell : Covered;
                }
            }
            c += cols;
        }
        // Rows a span reaches beyond the table's last row are not written; only rows the source has count.
        _realRows = r + 1;
    }

    private int _realRows;
    private long _placed;

    /// <summary>Grid positions one table may fill through spans: far beyond any report table (≈ 30 × 10).</summary>
    private const long MaxPlaced = 1_000_000;

    private static readonly SourceCell Covered = new("", 0, 0);

    private List<SourceCell?> Row(int r)
    {
        while (_rows.Count <= r) _rows.Add([]);
        return _rows[r];
    }

    /// <summary>Writes the table as text lines for <see cref="Text.ReportTextReader"/>.</summary>
    public void WriteTo(StringBuilder text)
    {
        for (int r = 0; r < _realRows && r < _rows.Count; r++)
        {
            var origins = _rows[r].Where(c => c is { ColumnSpan: > 0 }).Select(c => c!.Value).ToList();
            if (origins.Count == 0 || origins.All(c => c.Text.Length == 0)) continue;
            int start = 0;
            if (origins.Any(c => LooksLikeValue(c.Text)))
            {
                // Group labels spanning rows stand on their own line, like the group rows of the official form.
                while (start < origins.Count - 1 && origins[start].RowSpan > 1 && !LooksLikeValue(origins[start].Text)
                       && !LooksLikeValue(origins[start + 1].Text))
                {
                    if (origins[start].Text.Length > 0) text.Append(origins[start].Text).Append('\n');
                    start++;
                }
            }
            text.Append('|');
            for (int i = start; i < origins.Count; i++)
            {
                var cellText = origins[i].Text.Replace('|', '｜');
                text.Append(' ').Append(cellText).Append(cellText.Length == 0 ? "|" : " |");
            }
            text.Append('\n');
        }
        text.Append('\n');
    }

    /// <summary>A number (also full-width or with a decimal point) or a dash: a cell's value rather than a label.</summary>
    private static bool LooksLikeValue(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length == 0 || t.Length > 24) return false;
        foreach (char c in t)
            if (!(char.IsDigit(c) || c is '.' or ',' or '-' or '—' or '/' or '－' or '．' or '／')) return false;
        return true;
    }
}
