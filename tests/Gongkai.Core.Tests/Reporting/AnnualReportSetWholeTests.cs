using Gongkai.Core.Reporting;

namespace Gongkai.Core.Tests.Reporting;

public class AnnualReportSetWholeTests
{
    // Counts either side of every boundary of the whole-number store: zero, small counts, just below and at 2^50, the
    // largest long, and negative counts (kept as decimals like any other number).
    public static TheoryData<long> Counts => new() { 0, 1, 859, (1L << 32) + 7, (1L << 50) - 1, 1L << 50, long.MaxValue, -1, -12 };

    [Theory]
    [MemberData(nameof(Counts))]
    public void SetWhole_StoresTheSameValueAsSettingTheCountsCellValue(long count)
    {
        foreach (var format in new[] { ReportFormat.F2019, ReportFormat.F2021 })
        {
            var byWhole = new AnnualReport(format);
            var byValue = new AnnualReport(format);
            var cell = byWhole.Layout.Cell(ReportLayout.RequestCellId("r1", "c1"));

            byWhole.SetWhole(cell, count);
            byValue.Set(cell, CellValue.Of(count));

            Assert.Equal(byValue[cell], byWhole[cell]);
            Assert.Equal(byValue.WholeAt(cell.Index), byWhole.WholeAt(cell.Index));
            Assert.Equal(1, byWhole.ReadCellCount);
        }
    }

    [Fact]
    public void SetWhole_OverACellHoldingADash_ReplacesTheDash()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        var cell = report.Layout.Cell(ReportLayout.RequestCellId("r1", "c1"));
        report.Set(cell, CellValue.DashOf("—"));

        report.SetWhole(cell, 42);

        Assert.Equal(CellValue.Of(42), report[cell]);
        Assert.Equal(42, report.WholeAt(cell.Index));
        Assert.Equal(1, report.ReadCellCount);
    }

    [Fact]
    public void SetWhole_OnAnUndecidedCell_DecidesIt()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        var cell = report.Layout.Cell(ReportLayout.RequestCellId("r1", "c1"));
        report.SetAmbiguous(cell.Id, [1m, 11m]);

        report.SetWhole(cell, 11);

        Assert.Empty(report.AmbiguousCells);
        Assert.Equal(11m, report.Number(cell));
    }

    [Fact]
    public void SetWhole_WithACellOfTheOtherFormat_IsRefused()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        var foreign = ReportLayout.For(ReportFormat.F2019).Cells.First(c => !report.Layout.TryGetCell(c.Id, out _));

        Assert.Throws<ArgumentException>(() => report.SetWhole(foreign, 3));
    }

    [Fact]
    public void SetWhole_AmongCellsHoldingOtherValues_LeavesEveryCellAsAModelOfTheSetsWouldHaveIt()
    {
        // More than 16 cells with decimals, dashes and blanks, so the pairs give way to the full array midway.
        var random = new Random(10);
        var report = new AnnualReport(ReportFormat.F2021);
        var cells = report.Layout.Cells.Take(40).ToArray();
        var model = new Dictionary<string, CellValue>();
        for (int step = 0; step < 4000; step++)
        {
            var cell = cells[random.Next(cells.Length)];
            switch (random.Next(6))
            {
                case 0: case 1:
                    long count = random.Next(0, 1000);
                    report.SetWhole(cell, count);
                    model[cell.Id] = CellValue.Of(count);
                    break;
                case 2:
                    var fee = CellValue.Of(random.Next(1, 100) + 0.25m);
                    report.Set(cell, fee);
                    model[cell.Id] = fee;
                    break;
                case 3:
                    var other = random.Next(2) == 0 ? CellValue.DashOf("—") : CellValue.Blank;
                    report.Set(cell, other);
                    model[cell.Id] = other;
                    break;
                case 4:
                    report.Unset(cell.Id);
                    model.Remove(cell.Id);
                    break;
                default:
                    if (random.Next(20) == 0) report = report.Clone();
                    break;
            }
            if (step % 50 == 0 || step == 3999)
                foreach (var c in cells)
                    Assert.Equal(model.TryGetValue(c.Id, out var v) ? v : null, report[c]);
        }
        Assert.Equal(model.Count, report.ReadCellCount);
    }
}
