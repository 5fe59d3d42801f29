using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Documents.Tests.Rendering;

public class JsonReportWriterTests
{
    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    [Theory]
    [InlineData(ReportFormat.F2021, "2021", 200)]
    [InlineData(ReportFormat.F2019, "2019", 198)]
    public void ZeroReport_ListsEveryCellIdOnce_AllNumbers(ReportFormat format, string formatName, int cellCount)
    {
        var root = Root(JsonReportWriter.Write(AnnualReport.Empty(format)));

        var cells = root.GetProperty("cells").EnumerateObject().ToList();
        Assert.Equal(cellCount, cells.Count);
        Assert.Equal(cellCount, cells.Select(c => c.Name).Distinct().Count());
        Assert.All(cells, c => Assert.Equal(0m, c.Value.GetDecimal()));
        Assert.Empty(root.GetProperty("cellKinds").EnumerateObject());
        Assert.Equal(formatName, root.GetProperty("format").GetString());
    }

    [Fact]
    public void EveryLayoutCell_IsListed_WithNullWhenNotRead()
    {
        var report = new AnnualReport(ReportFormat.F2019);
        report.Set("t3.r3.6.c1", 4);
        var root = Root(JsonReportWriter.Write(report));

        var cells = root.GetProperty("cells");
        Assert.Equal(report.Layout.Cells.Select(c => c.Id), cells.EnumerateObject().Select(c => c.Name));
        Assert.Equal(4, cells.GetProperty("t3.r3.6.c1").GetInt32());
        Assert.Equal(JsonValueKind.Null, cells.GetProperty("t3.r3.6.c2").ValueKind);
    }

    [Fact]
    public void NonNumericCells_AreStrings_WithTheirKindInCellKinds()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Set("t3.r1.c1", CellValue.Blank);
        report.Set("t3.r1.c2", CellValue.DashOf("/"));
        report.Set("t3.r1.c3", CellValue.NotApplicableOf("不适用"));
        report.SetAmbiguous("t4.a1", [1, 11]);
        var root = Root(JsonReportWriter.Write(report));

        Assert.Equal(["", "/", "不适用"], new[] { "t3.r1.c1", "t3.r1.c2", "t3.r1.c3" }.Select(id => root.GetProperty("cells").GetProperty(id).GetString()));
        Assert.Equal(
            [("t3.r1.c1", "blank"), ("t3.r1.c2", "dash"), ("t3.r1.c3", "notApplicable")],
            root.GetProperty("cellKinds").EnumerateObject().Select(k => (k.Name, k.Value.GetString()!)));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("cells").GetProperty("t4.a1").ValueKind);
        Assert.Equal([1, 11], root.GetProperty("ambiguous").GetProperty("t4.a1").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Amounts_AreJsonNumbers_WithTheDecimalsAsStored()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Set("t2.行政事业性收费.amount_wan", 0.012300m);
        var json = JsonReportWriter.Write(report);

        Assert.Contains("\"t2.行政事业性收费.amount_wan\": 0.012300", json);
        Assert.Equal(JsonValueKind.Number, Root(json).GetProperty("cells").GetProperty("t2.行政事业性收费.amount_wan").ValueKind);
    }

    [Fact]
    public void Chinese_IsWrittenReadably_NotEscaped()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.AgencyName = "红寺堡区科学技术局";
        var json = JsonReportWriter.Write(report);

        Assert.Contains("\"agency\": \"红寺堡区科学技术局\"", json);
        Assert.Contains("\"label\": \"（二）部分公开（区分处理的，只计这一情形，不计其他情形）\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Tables_CarryTheOfficialLabelsBesideTheValues()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Set("t3.r3.3.1.c2", 5);
        report.Set("t4.b3", 2);
        report.Set("t2.行政许可.decisions", 17);
        var tables = Root(JsonReportWriter.Write(report)).GetProperty("tables");

        var t2 = tables.GetProperty("table2").GetProperty("blocks")[1];
        Assert.Equal(("T2B", "第二十条第（五）项", "本年处理决定数量"),
            (t2.GetProperty("id").GetString(), t2.GetProperty("caption").GetString(), t2.GetProperty("columns")[0].GetProperty("label").GetString()));
        Assert.Equal(17, t2.GetProperty("rows")[0].GetProperty("cells").GetProperty("decisions").GetInt32());

        var t3 = tables.GetProperty("table3");
        Assert.Equal(ReportLayout.RequestTableNote, t3.GetProperty("note").GetString());
        var row = t3.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "r3.3.1");
        Assert.Equal(("1.属于国家秘密", "data", "r3.3", 5),
            (row.GetProperty("label").GetString(), row.GetProperty("kind").GetString(), row.GetProperty("parent").GetString(), row.GetProperty("cells").GetProperty("c2").GetInt32()));
        var group = t3.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "r3.3");
        Assert.Equal("group", group.GetProperty("kind").GetString());
        Assert.False(group.TryGetProperty("cells", out _));
        var c2 = t3.GetProperty("columns")[1];
        Assert.Equal(("c2", "商业企业", "法人或其他组织"), (c2.GetProperty("id").GetString(), c2.GetProperty("label").GetString(), c2.GetProperty("group").GetString()));

        var b3 = tables.GetProperty("table4").GetProperty("columns")[7];
        Assert.Equal(("b3", "行政诉讼", "未经复议直接起诉", "其他结果", 2),
            (b3.GetProperty("id").GetString(), b3.GetProperty("group").GetString(), b3.GetProperty("subgroup").GetString(),
             b3.GetProperty("label").GetString(), b3.GetProperty("value").GetInt32()));
    }

    [Fact]
    public void Sections_GiveTheOfficialHeadingAndTheOneWritten()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        report.SetSection(SectionId.ProblemsAndImprovements, "存在问题：……", "五、存在主要问题及改进情况");
        var section = Assert.Single(Root(JsonReportWriter.Write(report)).GetProperty("sections").EnumerateArray());

        Assert.Equal("S5", section.GetProperty("id").GetString());
        Assert.Equal("五、存在的主要问题及改进情况", section.GetProperty("heading").GetString());
        Assert.Equal("五、存在主要问题及改进情况", section.GetProperty("headingAsWritten").GetString());
        Assert.Equal("存在问题：……", section.GetProperty("body").GetString());
    }

    [Fact]
    public void Findings_AreWrittenWithTheirCellsAndBothMessages()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        var layout = report.Layout;
        var finding = new ReportFinding("R1", FindingSeverity.Error,
            [CellRef.ForCell(layout.Cell("t3.r1.c1")), CellRef.ForCell(layout.Cell("t4.a5"))],
            "3", "4", "自然人列：第一项加第二项之和不等于第三项加第四项之和", "Natural persons: r1 + r2 ≠ r3.7 + r4");
        var written = Assert.Single(Root(JsonReportWriter.Write(report, [finding])).GetProperty("findings").EnumerateArray());

        Assert.Equal(("R1", "error", "3", "4"), (written.GetProperty("rule").GetString(), written.GetProperty("severity").GetString(),
            written.GetProperty("expected").GetString(), written.GetProperty("found").GetString()));
        Assert.Equal(finding.MessageZh, written.GetProperty("messageZh").GetString());
        Assert.Equal(finding.MessageEn, written.GetProperty("messageEn").GetString());
        var cells = written.GetProperty("cells");
        Assert.Equal((3, "r1", "c1", "t3.r1.c1"), (cells[0].GetProperty("table").GetInt32(), cells[0].GetProperty("row").GetString(),
            cells[0].GetProperty("column").GetString(), cells[0].GetProperty("id").GetString()));
        Assert.Equal((4, JsonValueKind.Null, "t4.a5"), (cells[1].GetProperty("table").GetInt32(), cells[1].GetProperty("row").ValueKind, cells[1].GetProperty("id").GetString()));
    }

    private sealed record ProseFactsExample(int ProactiveItems, IReadOnlyList<int> Parts);

    [Fact]
    public void Extras_AreWrittenUnderTheirNames_InTheOrderAdded()
    {
        var extras = new JsonReportExtras()
            .Add("proseFacts", new ProseFactsExample(225, [1, 1, 3, 1, 4, 1, 1, 30, 183]))
            .Add("source", JsonValue.Create("红寺堡区科学技术局.txt"));
        var root = Root(JsonReportWriter.Write(AnnualReport.Empty(ReportFormat.F2021), extras: extras));

        var written = root.GetProperty("extras");
        Assert.Equal(["proseFacts", "source"], written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(225, written.GetProperty("proseFacts").GetProperty("proactiveItems").GetInt32());
        Assert.Equal(225, written.GetProperty("proseFacts").GetProperty("parts").EnumerateArray().Sum(e => e.GetInt32()));
        Assert.Equal("红寺堡区科学技术局.txt", written.GetProperty("source").GetString());
    }

    [Fact]
    public void WithoutFindingsOrExtras_TheirMembersAreEmpty()
    {
        var root = Root(JsonReportWriter.Write(AnnualReport.Empty(ReportFormat.F2021)));

        Assert.Empty(root.GetProperty("findings").EnumerateArray());
        Assert.Empty(root.GetProperty("extras").EnumerateObject());
    }
}
