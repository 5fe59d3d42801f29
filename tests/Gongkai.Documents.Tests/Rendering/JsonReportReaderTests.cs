using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Documents.Tests.Rendering;

public class JsonReportReaderTests
{
    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"format\": \"2017\"}")]
    [InlineData("{\"agency\": \"某局\"}")]
    public void Input_WithoutARecognisedFormat_IsNotRecognised(string json)
    {
        var reading = JsonReportReader.Read(json);

        Assert.False(reading.Recognised);
        Assert.False(string.IsNullOrWhiteSpace(reading.NotRecognisedReason));
    }

    [Fact]
    public void CellsNullOrLeftOut_StayAbsent_AndAreReportedMissing()
    {
        var reading = JsonReportReader.Read("""{"format": "2021", "cells": {"t3.r1.c1": 2, "t3.r1.c2": null}}""");

        var report = reading.Report!;
        Assert.Equal(CellValue.Of(2), report["t3.r1.c1"]);
        Assert.Null(report["t3.r1.c2"]);
        Assert.Single(report.Cells);
        Assert.Equal(199, reading.Problems.Count(p => p.Kind == ReadProblemKind.Missing));
        Assert.Contains(reading.Problems, p => p.Part == "t3.r1.c2" && p.MessageEn.Contains("null", StringComparison.Ordinal));
        Assert.Contains(reading.Problems, p => p.Part == "t4.c5" && p.MessageEn.Contains("not in the JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void IdsOutsideTheFormat_AndValuesThatAreNoCellValue_AreReportedAndSkipped()
    {
        var reading = JsonReportReader.Read("""
            {"format": "2021", "cells": {"t3.r3.6.1.c1": 1, "t3.r3.6.c1": 1, "t2.规范性文件.new_made": 2, "t3.r1.c1": true, "t3.r1.c2": "许多", "t3.r1.c3": 4},
             "cellKinds": {"t3.r1.c3": "dash"}}
            """);

        var unreadable = reading.Problems.Where(p => p.Kind == ReadProblemKind.Unreadable).Select(p => p.Part).Order(StringComparer.Ordinal);
        // t3.r3.6.c1 and t2.规范性文件.* are cells of the 2019 format only.
        Assert.Equal(["t2.规范性文件.new_made", "t3.r1.c1", "t3.r1.c2", "t3.r1.c3", "t3.r3.6.c1"], unreadable);
        Assert.Equal(CellValue.Of(1), reading.Report!["t3.r3.6.1.c1"]);
        Assert.Null(reading.Report["t3.r1.c1"]);
    }

    [Theory]
    [InlineData("\"\"", CellKind.Blank, "")]
    [InlineData("\"—\"", CellKind.Dash, "—")]
    [InlineData("\"/\"", CellKind.Dash, "/")]
    [InlineData("\"不适用\"", CellKind.NotApplicable, "不适用")]
    [InlineData("\"12\"", CellKind.Number, null)]
    public void StringCells_WithoutAKind_AreTakenForWhatTheirTextShows(string value, CellKind kind, string? text)
    {
        var reading = JsonReportReader.Read("{\"format\": \"2021\", \"cells\": {\"t4.a1\": " + value + "}}");

        var cell = reading.Report!["t4.a1"]!.Value;
        Assert.Equal(kind, cell.Kind);
        Assert.Equal(text, cell.Text);
    }

    [Fact]
    public void HeaderAndSections_AreRead_WithTheHeadingAsWritten()
    {
        var reading = JsonReportReader.Read("""
            {"format": "2019", "agency": "某镇人民政府", "year": 2020, "title": "某镇人民政府2020年政府信息公开工作年度报告",
             "publishedOn": "2021-01-29",
             "sections": [{"id": "S5", "heading": "五、存在的主要问题及改进情况", "headingAsWritten": "五、存在主要问题及改进情况", "body": "问题……"},
                          {"id": "S9", "body": "?"}]}
            """);

        var report = reading.Report!;
        Assert.Equal((ReportFormat.F2019, "某镇人民政府", 2020, new DateOnly(2021, 1, 29)), (report.Format, report.AgencyName, report.Year, report.PublishedOn));
        var section = Assert.Single(report.Sections.Values);
        Assert.Equal(new ReportSection(SectionId.ProblemsAndImprovements, "五、存在主要问题及改进情况", "问题……"), section);
        Assert.Contains(reading.Problems, p => p.Part == "sections" && p.Kind == ReadProblemKind.Unreadable);
    }

    [Fact]
    public void Amounts_KeepTheDecimalsWritten()
    {
        var reading = JsonReportReader.Read("""{"format": "2021", "cells": {"t2.行政事业性收费.amount_wan": 0.012300}}""");

        Assert.Equal("0.012300", reading.Report!["t2.行政事业性收费.amount_wan"]!.Value.ToString());
    }
}
