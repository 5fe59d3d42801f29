using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Html;
using FsCheck.Xunit;
using static Gongkai.Documents.Tests.Rendering.HtmlTables;

namespace Gongkai.Documents.Tests.Rendering;

public class HtmlReportRendererTests
{
    [Property(MaxTest = 40)]
    public void EveryLayoutCell_HasExactlyOneDataCell_HoldingItsValueAsWritten(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        var document = Parse(HtmlReportRenderer.Render(report));

        var rendered = DataCells(document).GroupBy(td => td.GetAttribute("data-cell")!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(report.Layout.Cells.Select(c => c.Id).Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
        foreach (var cell in report.Layout.Cells)
        {
            var td = Assert.Single(rendered[cell.Id]);
            Assert.Equal(report[cell.Id]?.ToString() ?? "", td.TextContent);
        }
    }

    [Property(MaxTest = 20)]
    public void EveryTable_IsRectangular_WhenItsSpansArePlaced(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));
        var document = Parse(HtmlReportRenderer.Render(report));

        foreach (int table in new[] { 2, 3, 4 })
        {
            var widths = RowWidths(Table(document, table));
            Assert.Single(widths.Distinct());
        }
    }

    [Theory]
    [InlineData(ReportFormat.F2021, 22, 3)]
    [InlineData(ReportFormat.F2019, 20, 1)]
    public void RequestTable_ReproducesTheOfficialMergedHeaders(ReportFormat format, int outcomeRows, int otherHandlingRows)
    {
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(format)));
        var table = Table(document, 3);
        var head = table.Head!;
        Assert.Equal(3, head.Rows.Length);

        // The corner note covers every label column and the three head rows.
        var note = (IHtmlTableCellElement)head.QuerySelector("td.gk-note")!;
        Assert.Equal(ReportLayout.RequestTableNote, note.TextContent);
        Assert.Equal(3, note.RowSpan);
        Assert.Equal(RowWidths(table)[0] - 7, note.ColumnSpan);

        Assert.Equal(7, HeaderCell(table, "申请人情况").ColumnSpan);
        Assert.Equal(5, HeaderCell(table, "法人或其他组织").ColumnSpan);
        Assert.Equal(2, HeaderCell(table, "自然人").RowSpan);
        Assert.Equal(2, HeaderCell(table, "总计").RowSpan);
        foreach (var org in new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" })
            Assert.Equal("col", HeaderCell(table, org).GetAttribute("scope"));

        Assert.Equal(outcomeRows, HeaderCell(table, "三、本年度办理结果").RowSpan);
        Assert.Equal(8, HeaderCell(table, "（三）不予公开").RowSpan);
        Assert.Equal(3, HeaderCell(table, "（四）无法提供").RowSpan);
        Assert.Equal(5, HeaderCell(table, "（五）不予处理").RowSpan);
        var otherHandling = HeaderCell(table, "（六）其他处理");
        Assert.Equal(otherHandlingRows, otherHandling.RowSpan);
        // 2019 format: （六）其他处理 is a data row of its own, its label spanning the two inner label columns.
        Assert.Equal(otherHandlingRows == 1 ? 2 : 1, otherHandling.ColumnSpan);
        Assert.Equal(3, HeaderCell(table, "一、本年新收政府信息公开申请数量").ColumnSpan);
        Assert.Equal(2, HeaderCell(table, "（七）总计").ColumnSpan);
        Assert.Equal(outcomeRows + 3, table.Bodies.Sum(b => b.Rows.Length));
    }

    [Fact]
    public void AppealTable_HasThreeHeadLevels_AndOneRowOfFifteenCells()
    {
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021)));
        var table = Table(document, 4);

        Assert.Equal(3, table.Head!.Rows.Length);
        Assert.Equal(5, HeaderCell(table, "行政复议").ColumnSpan);
        Assert.Equal(10, HeaderCell(table, "行政诉讼").ColumnSpan);
        Assert.Equal(5, HeaderCell(table, "未经复议直接起诉").ColumnSpan);
        Assert.Equal(5, HeaderCell(table, "复议后起诉").ColumnSpan);
        var outcomeHeads = table.Head.QuerySelectorAll("th").OfType<IHtmlTableCellElement>()
            .Where(th => th.TextContent == "结果维持").ToList();
        Assert.Equal([2, 1, 1], outcomeHeads.Select(th => th.RowSpan));
        var body = Assert.Single(table.Bodies);
        Assert.Equal(15, Assert.Single(body.Rows).Cells.Length);
        Assert.Equal([15, 15, 15, 15], RowWidths(table));
    }

    [Theory]
    [InlineData(ReportFormat.F2021, new[] { "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项" })]
    [InlineData(ReportFormat.F2019, new[] { "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项" })]
    public void ProactiveTable_HasOneBodyPerBlock_HeadedByItsCaptionRow(ReportFormat format, string[] captions)
    {
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(format)));
        var table = Table(document, 2);

        Assert.Equal(captions.Length, table.Bodies.Length);
        for (int i = 0; i < captions.Length; i++)
        {
            var caption = (IHtmlTableCellElement)table.Bodies[i].Rows[0].Cells.Single();
            Assert.Equal(captions[i], caption.TextContent);
            Assert.Equal("rowgroup", caption.GetAttribute("scope"));
            Assert.Equal(4, caption.ColumnSpan);
            Assert.Equal(ProactiveBlockContentHeading, table.Bodies[i].Rows[1].Cells[0].TextContent);
        }
        Assert.Single(RowWidths(table).Distinct());
    }

    private const string ProactiveBlockContentHeading = "信息内容";

    [Fact]
    public void ProactiveTable_InTheTrialFormat_SpansTheLastColumnOfNarrowerBlocks()
    {
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2019)));
        var table = Table(document, 2);

        Assert.Equal(2, HeaderCell(table, "采购总金额").ColumnSpan);
        Assert.Equal(2, ((IHtmlTableCellElement)table.QuerySelector("td[data-cell='t2.政府集中采购.amount']")!).ColumnSpan);
        // 本年增/减 is the middle column of blocks （五） and （六） but the last of block （八）.
        Assert.Equal([1, 1, 2], table.QuerySelectorAll("th").OfType<IHtmlTableCellElement>()
            .Where(th => th.TextContent == "本年增/减").Select(th => th.ColumnSpan));
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void EveryOfficialLabel_AppearsVerbatim(ReportFormat format)
    {
        var report = AnnualReport.Empty(format);
        var document = Parse(HtmlReportRenderer.Render(report));
        var layout = report.Layout;

        var headings = document.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(layout.Sections.Select(s => s.Heading), headings);

        var labels = document.QuerySelectorAll("th, td.gk-note").Select(c => c.TextContent).ToHashSet();
        var expected = layout.RequestRows.Select(r => r.Label)
            .Concat(layout.RequestColumns.Select(c => c.Label))
            .Concat(layout.AppealColumns.SelectMany(c => new[] { c.Group, c.SubGroup, c.Label }).OfType<string>())
            .Concat(layout.ProactiveBlocks.SelectMany(b => new[] { b.Caption }.Concat(b.Columns.Select(c => c.Label)).Concat(b.Rows)))
            .Append(ReportLayout.RequestTableNote).Append(ReportLayout.ApplicantGroupLabel).Append(ReportLayout.OrganizationGroupLabel);
        Assert.All(expected, label => Assert.Contains(label, labels));
    }

    [Fact]
    public void Headings_AreTheOfficialOnes_EvenWhenTheReportWroteAVariant()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.SetSection(SectionId.ProblemsAndImprovements, "存在问题：……", "五、存在主要问题及改进情况");
        var document = Parse(HtmlReportRenderer.Render(report));

        Assert.Contains("五、存在的主要问题及改进情况", document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.DoesNotContain("五、存在主要问题及改进情况", document.Body!.TextContent);
    }

    [Fact]
    public void ProseSectionMissingFromTheReport_IsNotInvented_ButTableSectionsAlwaysShowTheirTable()
    {
        var report = new AnnualReport(ReportFormat.F2021);
        report.SetSection(SectionId.Overview, "第一段。\n\n第二段。");
        var document = Parse(HtmlReportRenderer.Render(report));

        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
            document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["第一段。", "第二段。"], document.QuerySelectorAll("#gk-s1 p").Select(p => p.TextContent));
        Assert.All(DataCells(document), td => Assert.Contains(HtmlReportRenderer.NotReadClass, td.ClassList));
    }

    [Fact]
    public void BlanksDashesAndNotApplicable_AreRenderedAsWritten_AndUnreadCellsAreMarked()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Set("t3.r1.c1", CellValue.Blank);
        report.Set("t3.r1.c2", CellValue.DashOf("——"));
        report.Set("t3.r1.c3", CellValue.NotApplicableOf("不适用"));
        report.Set("t2.行政事业性收费.amount_wan", 12.500m);
        report.Unset("t3.r1.c4");
        report.SetAmbiguous("t3.r1.c5", [3, 30]);
        var document = Parse(HtmlReportRenderer.Render(report));
        IElement Cell(string id) => document.QuerySelector($"td[data-cell='{id}']")!;

        Assert.Equal(("", "blank"), (Cell("t3.r1.c1").TextContent, Cell("t3.r1.c1").GetAttribute("data-kind")));
        Assert.Equal(("——", "dash"), (Cell("t3.r1.c2").TextContent, Cell("t3.r1.c2").GetAttribute("data-kind")));
        Assert.Equal(("不适用", "notApplicable"), (Cell("t3.r1.c3").TextContent, Cell("t3.r1.c3").GetAttribute("data-kind")));
        Assert.Equal("12.500", Cell("t2.行政事业性收费.amount_wan").TextContent);
        Assert.Contains(HtmlReportRenderer.NotReadClass, Cell("t3.r1.c4").ClassList);
        Assert.Equal(HtmlReportRenderer.NotReadNoteId, Cell("t3.r1.c4").GetAttribute("aria-describedby"));
        Assert.Contains(HtmlReportRenderer.AmbiguousClass, Cell("t3.r1.c5").ClassList);
        Assert.Equal("3 30", Cell("t3.r1.c5").GetAttribute("data-candidates"));
        Assert.NotNull(document.GetElementById(HtmlReportRenderer.NotReadNoteId));
        Assert.NotNull(document.GetElementById(HtmlReportRenderer.AmbiguousNoteId));
        Assert.Null(document.GetElementById(HtmlReportRenderer.FlaggedNoteId));
    }

    [Fact]
    public void HighlightedCells_GetTheClassAndAnAriaDescription_OthersDoNot()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        var flagged = new HashSet<string> { "t3.r1.c7", "t4.a5", "t2.规章.issued" };
        var document = Parse(HtmlReportRenderer.Render(report, new HtmlRenderOptions { HighlightCells = flagged }));

        var note = document.GetElementById(HtmlReportRenderer.FlaggedNoteId);
        Assert.NotNull(note);
        Assert.False(string.IsNullOrWhiteSpace(note.TextContent));
        foreach (var td in DataCells(document))
        {
            bool isFlagged = flagged.Contains(td.GetAttribute("data-cell")!);
            Assert.Equal(isFlagged, td.ClassList.Contains(HtmlReportRenderer.FlaggedClass));
            Assert.Equal(isFlagged, (td.GetAttribute("aria-describedby") ?? "").Split(' ').Contains(HtmlReportRenderer.FlaggedNoteId));
        }
    }

    [Fact]
    public void DataCells_NameTheirRowAndColumnHeads()
    {
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021)));
        string HeadsOf(string id) => string.Join("|", document.QuerySelector($"td[data-cell='{id}']")!.GetAttribute("headers")!
            .Split(' ').Select(h => document.GetElementById(h)!.TextContent));

        Assert.Equal("三、本年度办理结果|（三）不予公开|1.属于国家秘密|申请人情况|法人或其他组织|商业企业", HeadsOf("t3.r3.3.1.c2"));
        Assert.Equal("一、本年新收政府信息公开申请数量|申请人情况|总计", HeadsOf("t3.r1.c7"));
        Assert.Equal("行政诉讼|复议后起诉|尚未审结", HeadsOf("t4.c4"));
        Assert.Equal("行政复议|总计", HeadsOf("t4.a5"));
        Assert.Equal("第二十条第（一）项|行政规范性文件|现行有效件数", HeadsOf("t2.行政规范性文件.in_force"));
    }

    [Fact]
    public void MarkupInAgencyNameTitleAndProse_IsEncoded()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;";
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.AgencyName = hostile;
        report.Year = 2023;
        report.Preamble = "前言" + hostile;
        report.SetSection(SectionId.Overview, "总体" + hostile);
        report.Set("t3.r1.c1", CellValue.DashOf("<b>—</b>"));
        var html = HtmlReportRenderer.Render(report, new HtmlRenderOptions { CellLink = id => $"/cells?id={id}&x=\"<y>" });
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Equal(hostile + "2023年政府信息公开工作年度报告", document.Title);
        Assert.Equal(hostile + "2023年政府信息公开工作年度报告", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("前言" + hostile, document.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Contains("总体" + hostile, document.QuerySelectorAll("#gk-s1 p").Select(p => p.TextContent));
        Assert.Equal("<b>—</b>", document.QuerySelector("td[data-cell='t3.r1.c1']")!.TextContent);
        Assert.Equal("/cells?id=t3.r1.c1&x=\"<y>", document.QuerySelector("td[data-cell='t3.r1.c1'] a")!.GetAttribute("href"));
    }

    [Fact]
    public void FullDocument_IsAChinesePageWithTitleAndStyle_AndNoScript()
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Title = "红寺堡区科学技术局2023年政府信息公开工作年度报告";
        var html = HtmlReportRenderer.Render(report);
        var document = Parse(html);

        Assert.StartsWith("<!doctype html>", html);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal(report.Title, document.Title);
        Assert.Single(document.QuerySelectorAll("head style"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fragment_IsOnlyTheArticle()
    {
        var html = HtmlReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021), new HtmlRenderOptions { FullDocument = false });

        Assert.StartsWith("<article", html);
        Assert.DoesNotContain("<html", html);
        Assert.DoesNotContain("<style", html);
        Assert.Equal(3, Parse(html).QuerySelectorAll("article table").Length);
    }

    [Fact]
    public void CellLink_WrapsOnlyTheCellsItLinks()
    {
        var options = new HtmlRenderOptions { CellLink = id => id.StartsWith("t4.", StringComparison.Ordinal) ? $"/drill/{id}" : null };
        var document = Parse(HtmlReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021), options));

        var links = document.QuerySelectorAll("td[data-cell] a").ToList();
        Assert.Equal(15, links.Count);
        Assert.All(links, a => Assert.Equal($"/drill/{a.ParentElement!.GetAttribute("data-cell")}", a.GetAttribute("href")));
    }
}
