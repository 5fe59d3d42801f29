namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>A body cell spanning rows <see cref="First"/>…<see cref="Last"/> whose text needs <see cref="TextHeight"/>.</summary>
internal sealed record RowSpanText(int First, int Last, double TextHeight);

/// <summary>A run of body rows printed on one page, [Start, End). An empty first run means the table starts on the next page.</summary>
internal readonly record struct PageRows(int Start, int End)
{
    public bool IsEmpty => End == Start;
}

/// <summary>
/// Splits a table's body rows over pages. Breaks fall only between rows; the head rows are repeated on every page; a row
/// marked keep-with-next (a block caption or column head of table 二) stays with the row after it; and a cell spanning rows
/// across a break gets enough room on its first page for its text (otherwise the break moves above the span); and a table
/// does not begin at a page's foot with fewer than <see cref="MinFirstRows"/> rows.
/// </summary>
internal static class TablePagination
{
    /// <summary>Fewest body rows a table may begin with at the foot of a page that already holds other text.</summary>
    public const int MinFirstRows = 2;

    public static List<PageRows> Paginate(
        double headHeight,
        IReadOnlyList<double> rowHeights,
        IReadOnlyList<bool> keepWithNext,
        IReadOnlyList<RowSpanText> spans,
        double firstPageSpace,
        double pageSpace)
    {
        var pages = new List<PageRows>();
        int start = 0, n = rowHeights.Count;
        double space = firstPageSpace;
        bool freshPage = false;
        while (start < n)
        {
            int greedy = start;
            double used = headHeight;
            while (greedy < n && used + rowHeights[greedy] <= space + 0.01) used += rowHeights[greedy++];

            int end = greedy;
            if (end < n) end = MoveBreakUp(start, end, rowHeights, keepWithNext, spans);
            // A table does not begin at the foot of a page with its head and a single row.
            if (!freshPage && start == 0 && end < Math.Min(MinFirstRows, n)) end = start;

            if (end == start)
            {
                // Nothing fits the rest of the current page: begin on the next one. On an empty page take what fits anyway.
                if (!freshPage) { pages.Add(new PageRows(start, start)); space = pageSpace; freshPage = true; continue; }
                end = Math.Max(greedy, start + 1);
            }
            pages.Add(new PageRows(start, end));
            start = end;
            space = pageSpace;
            freshPage = true;
        }
        return pages;
    }

    private static int MoveBreakUp(int start, int end, IReadOnlyList<double> rowHeights, IReadOnlyList<bool> keepWithNext, IReadOnlyList<RowSpanText> spans)
    {
        bool moved = true;
        while (moved && end > start)
        {
            moved = false;
            if (keepWithNext[end - 1]) { end--; moved = true; continue; }
            foreach (var span in spans)
            {
                if (span.First < start || span.First >= end || span.Last < end) continue;
                double room = 0;
                for (int r = span.First; r < end; r++) room += rowHeights[r];
                if (room + 0.01 < span.TextHeight) { end = span.First; moved = true; break; }
            }
        }
        return end;
    }
}
