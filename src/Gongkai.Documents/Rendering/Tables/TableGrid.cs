using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering.Tables;

/// <summary>What a cell of a rendered table is.</summary>
public enum GridCellRole
{
    /// <summary>The corner note of table 三 (本列数据的勾稽关系…): part of the header, but heads no data.</summary>
    Note,
    /// <summary>A column head (or a head over a group of columns when it spans several).</summary>
    ColumnHeader,
    /// <summary>A row label (or a group label spanning several rows, such as （三）不予公开).</summary>
    RowHeader,
    /// <summary>The caption row of a table-二 block (第二十条第（一）项), heading the rows below it.</summary>
    BlockCaption,
    /// <summary>A cell of the format holding a value (a layout cell with an id).</summary>
    Data,
}

/// <summary>Whether a row belongs to the table head or its body.</summary>
public enum GridRowPart
{
    Head,
    Body,
}

/// <summary>
/// One cell of a <see cref="TableGrid"/>: text and spans as in the official form. Header cells carry a <see cref="Key"/>
/// unique in their grid; data cells carry the layout cell id, the value as read (null = not read) and the keys of the
/// headers that describe them, so every output format can name a cell's row and column the same way.
/// </summary>
public sealed record GridCell
{
    public required GridCellRole Role { get; init; }

    /// <summary>The text as it appears: the verbatim label, or the data cell's value as written ("" when blank or not read).</summary>
    public string Text { get; init; } = "";

    public int ColumnSpan { get; init; } = 1;
    public int RowSpan { get; init; } = 1;

    /// <summary>Header cells: a key unique within the grid, referenced by <see cref="HeaderKeys"/>.</summary>
    public string? Key { get; init; }

    /// <summary>Data cells: the layout cell id (report-format.md §9), e.g. t3.r1.c1.</summary>
    public string? CellId { get; init; }

    /// <summary>Data cells: the value, or null when the cell was not read.</summary>
    public CellValue? Value { get; init; }

    /// <summary>Data cells the reader could not decide: the candidate values. Null otherwise.</summary>
    public IReadOnlyList<decimal>? Candidates { get; init; }

    /// <summary>Data cells: the keys of the header cells (row labels first, then column heads) that describe this cell.</summary>
    public IReadOnlyList<string> HeaderKeys { get; init; } = [];
}

/// <summary>A row of a grid. <see cref="StartsGroup"/> marks the first row of a body group (a table-二 block).</summary>
public sealed record GridRow(GridRowPart Part, IReadOnlyList<GridCell> Cells, bool StartsGroup = false);

/// <summary>A cell with its position: the top-left slot it occupies in the rectangular grid.</summary>
public sealed record PlacedGridCell(GridCell Cell, int Row, int Column);

/// <summary>
/// A statutory table (表二/表三/表四) as rows of header and data cells with column and row spans, reproducing the merged
/// cells of the official form. HTML renders it directly; DOCX, XLSX and PDF writers place it with <see cref="Place"/>.
/// </summary>
public sealed record TableGrid(ReportTable Table, string Caption, int ColumnCount, IReadOnlyList<GridRow> Rows)
{
    public IEnumerable<GridCell> DataCells => Rows.SelectMany(r => r.Cells).Where(c => c.Role == GridCellRole.Data);

    /// <summary>
    /// Places every cell on the grid as the HTML table model does (each cell takes the first free slot of its row).
    /// Throws when the spans do not fill a rectangle of <see cref="ColumnCount"/> columns: that is a bug in the grid's builder.
    /// </summary>
    public IReadOnlyList<PlacedGridCell> Place()
    {
        var taken = new List<bool[]>();
        bool[] RowSlots(int r)
        {
            while (taken.Count <= r) taken.Add(new bool[ColumnCount]);
            return taken[r];
        }

        var placed = new List<PlacedGridCell>();
        for (int r = 0; r < Rows.Count; r++)
        {
            int c = 0;
            foreach (var cell in Rows[r].Cells)
            {
                while (c < ColumnCount && RowSlots(r)[c]) c++;
                if (c + cell.ColumnSpan > ColumnCount)
                    throw new InvalidOperationException($"Table {(int)Table}: row {r} overflows {ColumnCount} columns at '{cell.Text}'.");
                if (r + cell.RowSpan > Rows.Count)
                    throw new InvalidOperationException($"Table {(int)Table}: '{cell.Text}' spans past the last row.");
                for (int dr = 0; dr < cell.RowSpan; dr++)
                    for (int dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        var slots = RowSlots(r + dr);
                        if (slots[c + dc]) throw new InvalidOperationException($"Table {(int)Table}: '{cell.Text}' overlaps another cell.");
                        slots[c + dc] = true;
                    }
                placed.Add(new PlacedGridCell(cell, r, c));
                c += cell.ColumnSpan;
            }
        }
        for (int r = 0; r < Rows.Count; r++)
            if (RowSlots(r).Any(t => !t))
                throw new InvalidOperationException($"Table {(int)Table}: row {r} does not fill {ColumnCount} columns.");
        return placed;
    }
}
