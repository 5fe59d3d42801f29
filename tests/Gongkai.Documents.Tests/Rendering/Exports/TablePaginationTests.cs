using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Documents.Rendering.Pdf;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class TablePaginationTests
{
    private static readonly bool[] NoKeep = new bool[20];

    [Fact]
    public void Rows_FillEachPageBelowTheRepeatedHead_AndBreakOnlyBetweenRows()
    {
        double[] rows = [30, 30, 30, 30, 30, 30, 30];

        var pages = TablePagination.Paginate(headHeight: 40, rows, NoKeep, [], firstPageSpace: 130, pageSpace: 200);

        // 40 + 3 × 30 = 130 on the first page; then 40 + 5 × 30 = 190 ≤ 200 on the next.
        Assert.Equal([new PageRows(0, 3), new PageRows(3, 7)], pages);
    }

    [Fact]
    public void Table_StartsOnTheNextPage_WhenNotEvenItsHeadAndFirstRowFit()
    {
        var pages = TablePagination.Paginate(40, [30, 30], NoKeep, [], firstPageSpace: 60, pageSpace: 200);

        Assert.Equal([new PageRows(0, 0), new PageRows(0, 2)], pages);
    }

    [Fact]
    public void Table_DoesNotBeginAtThePageFootWithASingleRow()
    {
        var pages = TablePagination.Paginate(40, [30, 30, 30], NoKeep, [], firstPageSpace: 80, pageSpace: 200);

        Assert.Equal([new PageRows(0, 0), new PageRows(0, 3)], pages);
    }

    [Fact]
    public void CaptionAndHeadRowsOfABlock_StayWithTheRowAfterThem()
    {
        // Rows 2 and 3 are a block caption and its column heads: a break after either moves above row 2.
        bool[] keep = [false, false, true, true, false, false];

        var pages = TablePagination.Paginate(0, [20, 20, 20, 20, 20, 20], keep, [], firstPageSpace: 80, pageSpace: 200);

        Assert.Equal([new PageRows(0, 2), new PageRows(2, 6)], pages);
    }

    [Fact]
    public void CellSpanningRowsOverABreak_GetsRoomForItsTextOnItsFirstPage_OrMovesToTheNext()
    {
        // A label spanning rows 2–5 needs 70 pt; only rows 2 and 3 (40 pt) would fit on the first page.
        var spans = new[] { new RowSpanText(2, 5, 70) };

        var pages = TablePagination.Paginate(0, [20, 20, 20, 20, 20, 20], NoKeep, spans, firstPageSpace: 80, pageSpace: 200);

        Assert.Equal([new PageRows(0, 2), new PageRows(2, 6)], pages);
    }

    [Fact]
    public void SpanWithEnoughRoom_MaySplitOverTheBreak()
    {
        var spans = new[] { new RowSpanText(0, 4, 30) };

        var pages = TablePagination.Paginate(0, [20, 20, 20, 20, 20], NoKeep, spans, firstPageSpace: 60, pageSpace: 200);

        Assert.Equal([new PageRows(0, 3), new PageRows(3, 5)], pages);
    }

    [Property(MaxTest = 200)]
    public Property EveryRowIsPrintedOnce_InOrder_AndNoPageOverflowsUnlessOneRowIsTallerThanAPage(PositiveInt[] heights, PositiveInt head)
    {
        var rows = heights.Select(h => (double)(h.Get % 150 + 1)).ToArray();
        double headHeight = head.Get % 60;
        var pages = TablePagination.Paginate(headHeight, rows, new bool[rows.Length], [], firstPageSpace: 120, pageSpace: 300);

        var printed = pages.SelectMany(p => Enumerable.Range(p.Start, p.End - p.Start)).ToList();
        bool contiguous = pages.Zip(pages.Skip(1)).All(pair => pair.First.End == pair.Second.Start);
        bool fits = pages.Select((p, i) => (p, space: i == 0 ? 120 : 300.0))
            .All(x => x.p.End - x.p.Start <= 1 || headHeight + rows[x.p.Start..x.p.End].Sum() <= x.space + 0.01);
        bool onlyFirstEmpty = pages.Skip(1).All(p => !p.IsEmpty);
        return (printed.SequenceEqual(Enumerable.Range(0, rows.Length)) && contiguous && fits && onlyFirstEmpty).ToProperty();
    }
}
