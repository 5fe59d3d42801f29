using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;
using Gongkai.Documents.Rendering.Xlsx;
using MiniExcelLibs;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class XlsxReportRendererTests
{
    /// <summary>A workbook read back with the Open XML SDK: each sheet's cells by reference, as text, with their type.</summary>
    private sealed class Workbook
    {
        public Workbook(byte[] xlsx)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
            var part = document.WorkbookPart!;
            var strings = part.SharedStringTablePart?.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
            {
                var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet!;
                SheetNames.Add(sheet.Name!.Value!);
                Cells[sheet.Name!.Value!] = worksheet.Descendants<Cell>().ToDictionary(
                    c => c.CellReference!.Value!,
                    c => c.CellValue is null ? ("", false)
                        : c.DataType?.Value == CellValues.SharedString ? (strings[int.Parse(c.CellValue.Text)], false)
                        : (c.CellValue.Text, true));
                Merges[sheet.Name!.Value!] = [.. worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
            }
        }

        public List<string> SheetNames { get; } = [];
        public Dictionary<string, Dictionary<string, (string Text, bool IsNumber)>> Cells { get; } = [];
        public Dictionary<string, List<string>> Merges { get; } = [];

        public (string Text, bool IsNumber) At(string sheet, int row, int column) =>
            Cells[sheet].TryGetValue(XlsxSheet.Reference(row, column), out var v) ? v : ("", false);
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void Workbook_IsValidOpenXml_WithOneSheetPerTableAndTheCellsSheet(ReportFormat format)
    {
        var xlsx = XlsxReportRenderer.Render(TestReports.AsRead(9, format));

        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        Assert.Equal(["表二", "表三", "表四", "单元格"], new Workbook(xlsx).SheetNames);
    }

    [Property(MaxTest = 8)]
    public void TableSheets_HoldTheGridsLabelsAndNumbers_InTheirPlaces_WithTheirMerges(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));
        var workbook = new Workbook(XlsxReportRenderer.Render(report));

        foreach (var grid in ReportTableGrids.All(report))
        {
            var sheet = XlsxReportRenderer.SheetNameOf(grid.Table);
            Assert.Equal(grid.Caption, workbook.At(sheet, 1, 1).Text);
            var expectedMerges = new List<string> { $"A1:{XlsxSheet.Reference(1, grid.ColumnCount)}" };
            foreach (var placed in grid.Place())
            {
                int row = XlsxReportRenderer.GridFirstRow + placed.Row, column = placed.Column + 1;
                var (text, isNumber) = workbook.At(sheet, row, column);
                if (placed.Cell.Role == GridCellRole.Data)
                {
                    Assert.True(isNumber, $"{placed.Cell.CellId} is not stored as a number");
                    // Exact: the stored text is the decimal as stated, scale included.
                    Assert.Equal(report[placed.Cell.CellId!]!.Value.Number.ToString(CultureInfo.InvariantCulture), text);
                }
                else Assert.Equal((placed.Cell.Text, false), (text, isNumber));
                if (placed.Cell.RowSpan > 1 || placed.Cell.ColumnSpan > 1)
                    expectedMerges.Add($"{XlsxSheet.Reference(row, column)}:{XlsxSheet.Reference(row + placed.Cell.RowSpan - 1, column + placed.Cell.ColumnSpan - 1)}");
            }
            Assert.Equal(expectedMerges.Order(), workbook.Merges[sheet].Order());
        }
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void RequestSheet_PutsEachValueOnTheRowOfItsLabel_UnderTheOfficialMergedHeads(ReportFormat format)
    {
        var report = TestReports.Consistent(40, format);
        var layout = report.Layout;
        var workbook = new Workbook(XlsxReportRenderer.Render(report));
        var cells = workbook.Cells["表三"];
        int first = XlsxReportRenderer.GridFirstRow;

        Assert.Contains($"A{first}:C{first + 2}", workbook.Merges["表三"]);        // the corner note over three head rows
        Assert.Contains($"D{first}:J{first}", workbook.Merges["表三"]);            // 申请人情况 over seven columns
        Assert.Contains($"E{first + 1}:I{first + 1}", workbook.Merges["表三"]);    // 法人或其他组织 over five
        Assert.Equal(ReportLayout.ApplicantGroupLabel, cells[$"D{first}"].Text);
        Assert.Equal(["自然人", "法人或其他组织", "总计"], new[] { "D", "E", "J" }.Select(c => cells[$"{c}{first + 1}"].Text));

        foreach (var requestRow in layout.RequestRows.Where(r => r.HasCells))
        {
            int row = cells.Where(c => c.Value.Text == requestRow.Label).Select(c => int.Parse(c.Key.TrimStart('A', 'B', 'C'))).Single();
            var values = "DEFGHIJ".Select(c => decimal.Parse(cells[$"{c}{row}"].Text, CultureInfo.InvariantCulture));
            Assert.Equal(layout.RequestColumns.Select(c => report.RequestCount(requestRow.Id, c.Id)!.Value), values);
        }
    }

    [Property(MaxTest = 8)]
    public void CellsSheet_ReadWithMiniExcel_ListsEveryCellOfTheFormatInOrder_WithItsLabelsAndValue(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));
        using var stream = new MemoryStream(XlsxReportRenderer.Render(report));

        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: XlsxReportRenderer.CellsSheetName)
            .Cast<IDictionary<string, object?>>().ToList();

        var cells = report.Layout.Cells;
        Assert.Equal(cells.Select(c => c.Id), rows.Select(r => (string)r["单元格编号"]!));
        for (int i = 0; i < cells.Count; i++)
        {
            var (cell, row) = (cells[i], rows[i]);
            Assert.Equal(XlsxReportRenderer.SheetNameOf(cell.Table), row["表"]);
            Assert.Equal((double)report[cell.Id]!.Value.Number, Convert.ToDouble(row["值"], CultureInfo.InvariantCulture));
            Assert.Equal("number", row["类型"]);
            Assert.EndsWith(cell.ColumnLabel, (string)row["列"]!, StringComparison.Ordinal);
            if (cell.Table != ReportTable.Appeals) Assert.EndsWith(cell.RowLabel, (string)row["行"]!, StringComparison.Ordinal);
        }
        var natural = rows.Single(r => (string)r["单元格编号"]! == "t3.r3.3.1.c2");
        Assert.Equal("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", natural["行"]);
        Assert.Equal("申请人情况 / 法人或其他组织 / 商业企业", natural["列"]);
    }

    [Property(MaxTest = 6)]
    public void AmountsAndSignedCounts_KeepTheirExactDecimals(int seed)
    {
        var report = TestReports.Consistent(seed, ReportFormat.F2019);
        report.Set("t2.政府集中采购.amount", 0.012300m);
        report.Set("t2.行政许可.change", -7m);
        var workbook = new Workbook(XlsxReportRenderer.Render(report));

        var listed = workbook.Cells["单元格"];
        string ValueOf(string id) => listed[$"E{listed.Single(c => c.Key.StartsWith('A') && c.Value.Text == id).Key[1..]}"].Text;
        Assert.Equal("0.012300", ValueOf("t2.政府集中采购.amount"));
        Assert.Equal("-7", ValueOf("t2.行政许可.change"));
    }

    [Property(MaxTest = 6)]
    public void CellsAsRead_KeepTheirKind_UnreadAndUndecidedCellsAreEmptyAndNamed(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        var workbook = new Workbook(XlsxReportRenderer.Render(report));
        var listed = workbook.Cells["单元格"];

        int row = 2;
        foreach (var cell in report.Layout.Cells)
        {
            Assert.Equal(cell.Id, listed[$"A{row}"].Text);
            var (value, isNumber) = workbook.At("单元格", row, 5);
            var kind = listed[$"F{row}"].Text;
            switch (report[cell.Id])
            {
                case { IsNumber: true } number:
                    Assert.Equal((number.Number.ToString(CultureInfo.InvariantCulture), true, "number"), (value, isNumber, kind));
                    break;
                case { } written:
                    Assert.Equal((written.ToString(), false), (value, isNumber));
                    Assert.Equal(written.Kind switch { CellKind.Blank => "blank", CellKind.Dash => "dash", _ => "notApplicable" }, kind);
                    break;
                default:
                    Assert.Equal("", value);
                    bool ambiguous = report.AmbiguousCells.TryGetValue(cell.Id, out var candidates);
                    Assert.Equal(ambiguous ? XlsxReportRenderer.AmbiguousKind : XlsxReportRenderer.NotReadKind, kind);
                    Assert.Equal(ambiguous ? string.Join(' ', candidates!) : "", workbook.At("单元格", row, 7).Text);
                    break;
            }
            row++;
        }
    }
}
