using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Tests.Rendering;

public class ReportTableGridsTests
{
    [Property(MaxTest = 20)]
    public void Grids_FillARectangle_AndHoldEveryLayoutCellOnce(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        var grids = ReportTableGrids.All(report);

        foreach (var grid in grids)
        {
            var placed = grid.Place();
            int slots = placed.Sum(p => p.Cell.ColumnSpan * p.Cell.RowSpan);
            Assert.Equal(grid.ColumnCount * grid.Rows.Count, slots);
        }
        var dataCells = grids.SelectMany(g => g.DataCells).ToList();
        Assert.Equal(report.Layout.Cells.Select(c => c.Id), dataCells.Select(c => c.CellId));
        Assert.All(dataCells, c => Assert.Equal(report[c.CellId!], c.Value));
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void DataCells_ReferOnlyToHeaderKeysOfTheirGrid(ReportFormat format)
    {
        foreach (var grid in ReportTableGrids.All(AnnualReport.Empty(format)))
        {
            var keys = grid.Rows.SelectMany(r => r.Cells).Where(c => c.Key is not null).Select(c => c.Key!).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.All(grid.DataCells, c => Assert.Subset(keys.ToHashSet(), c.HeaderKeys.ToHashSet()));
        }
    }

    [Fact]
    public void RequestGrid_PlacesEachDataColumnBesideTheThreeLabelColumns()
    {
        var grid = ReportTableGrids.Requests(AnnualReport.Empty(ReportFormat.F2021));
        var placed = grid.Place();

        Assert.Equal(10, grid.ColumnCount);
        var note = placed.Single(p => p.Cell.Role == GridCellRole.Note);
        Assert.Equal((0, 0, 3, 3), (note.Row, note.Column, note.Cell.ColumnSpan, note.Cell.RowSpan));
        foreach (var p in placed.Where(p => p.Cell.Role == GridCellRole.Data))
            Assert.Equal(3 + int.Parse(p.Cell.CellId![^1..], System.Globalization.CultureInfo.InvariantCulture) - 1, p.Column);
        var r4 = placed.Single(p => p.Cell.Key == "r4");
        Assert.Equal((grid.Rows.Count - 1, 0, 3), (r4.Row, r4.Column, r4.Cell.ColumnSpan));
    }

    [Fact]
    public void Place_RefusesAGridWhoseSpansDoNotFillTheRectangle()
    {
        var cell = new GridCell { Role = GridCellRole.ColumnHeader, Text = "行政复议", ColumnSpan = 2 };
        var broken = new TableGrid(ReportTable.Appeals, "四", 3, [new GridRow(GridRowPart.Head, [cell]), new GridRow(GridRowPart.Body, [cell, cell])]);

        Assert.Throws<InvalidOperationException>(() => broken.Place());
    }
}
