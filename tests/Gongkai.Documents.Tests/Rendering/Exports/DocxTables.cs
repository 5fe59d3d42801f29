using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>A Word table cell as read back: the grid slot it starts in, its spans (gridSpan, vMerge) and its text.</summary>
internal sealed record DocxCell(int Row, int Column, int ColumnSpan, int RowSpan, string Text, TableCell Element);

/// <summary>Reads Word tables back into cells with positions, resolving gridSpan and vMerge the way Word lays them out.</summary>
internal static class DocxTables
{
    public static List<DocxCell> Cells(Table table)
    {
        var cells = new List<DocxCell>();
        var open = new Dictionary<int, int>(); // grid column → index in cells of the vMerge cell that column continues
        int r = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            int c = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                int span = properties?.GridSpan?.Val?.Value ?? 1;
                var merge = properties?.VerticalMerge;
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues)
                {
                    Assert.True(open.TryGetValue(c, out var index), $"row {r}, column {c}: a vMerge continuation with nothing above it");
                    Assert.Equal(cells[index].ColumnSpan, span);
                    Assert.Equal("", cell.InnerText);
                    cells[index] = cells[index] with { RowSpan = cells[index].RowSpan + 1 };
                }
                else
                {
                    cells.Add(new DocxCell(r, c, span, 1, cell.InnerText, cell));
                    if (merge is not null) open[c] = cells.Count - 1;
                    else open.Remove(c);
                }
                c += span;
            }
            r++;
        }
        return cells;
    }

    /// <summary>The cells of each row, by row index.</summary>
    public static List<List<DocxCell>> Rows(Table table)
    {
        var cells = Cells(table);
        return [.. cells.GroupBy(c => c.Row).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Column).ToList())];
    }
}
