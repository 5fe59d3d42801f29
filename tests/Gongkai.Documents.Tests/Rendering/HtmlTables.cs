using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Documents.Tests.Rendering;

/// <summary>Parsing helpers for rendered HTML: the document, a statutory table by its number, and the slot grid its spans make.</summary>
internal static class HtmlTables
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static IHtmlTableElement Table(IHtmlDocument document, int number) =>
        (IHtmlTableElement)(document.QuerySelector($"table[data-table='t{number}']")
            ?? throw new Xunit.Sdk.XunitException($"table t{number} not rendered"));

    public static IHtmlTableCellElement HeaderCell(IHtmlTableElement table, string text) =>
        table.QuerySelectorAll("th").OfType<IHtmlTableCellElement>().Single(th => th.TextContent == text);

    /// <summary>
    /// Places every cell by its colspan/rowspan as the HTML table model does and returns, per row, the number of slots
    /// taken. Fails on overlapping cells or a row with a gap.
    /// </summary>
    public static IReadOnlyList<int> RowWidths(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        var taken = rows.Select(_ => new HashSet<int>()).ToList();
        for (int r = 0; r < rows.Count; r++)
        {
            int c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (taken[r].Contains(c)) c++;
                int rowSpan = Math.Max(1, cell.RowSpan), colSpan = Math.Max(1, cell.ColumnSpan);
                Assert.True(r + rowSpan <= rows.Count, $"'{cell.TextContent}' spans past the table's last row");
                for (int dr = 0; dr < rowSpan; dr++)
                    for (int dc = 0; dc < colSpan; dc++)
                        Assert.True(taken[r + dr].Add(c + dc), $"'{cell.TextContent}' overlaps another cell at row {r + dr}, column {c + dc}");
                c += colSpan;
            }
        }
        for (int r = 0; r < rows.Count; r++)
            Assert.True(taken[r].Count == 0 || taken[r].Max() == taken[r].Count - 1, $"row {r} has a gap");
        return [.. taken.Select(t => t.Count)];
    }

    public static IEnumerable<IElement> DataCells(IParentNode node) => node.QuerySelectorAll("td[data-cell]");
}
