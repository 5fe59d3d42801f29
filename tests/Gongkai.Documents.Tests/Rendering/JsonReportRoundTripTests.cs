using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Documents.Tests.Rendering;

public class JsonReportRoundTripTests
{
    [Property]
    public void WriteThenRead_GivesTheSameReport_ForConsistentReports(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));

        var reading = JsonReportReader.Read(JsonReportWriter.Write(report));

        Assert.True(reading.Recognised, reading.NotRecognisedReason);
        Assert.Empty(reading.Problems);
        ReportAssert.Same(report, reading.Report!);
    }

    [Property]
    public void WriteThenRead_GivesTheSameReport_WithBlankDashAbsentAndAmbiguousCells(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));

        var reading = JsonReportReader.Read(JsonReportWriter.Write(report));

        Assert.True(reading.Recognised, reading.NotRecognisedReason);
        ReportAssert.Same(report, reading.Report!);
        var unread = report.Layout.Cells.Select(c => c.Id).Where(id => report[id] is null && !report.AmbiguousCells.ContainsKey(id));
        Assert.Equal(unread.Order(StringComparer.Ordinal),
            reading.Problems.Where(p => p.Kind == Gongkai.Documents.Reading.ReadProblemKind.Missing).Select(p => p.Part).Order(StringComparer.Ordinal));
        Assert.Equal(report.AmbiguousCells.Keys.Order(StringComparer.Ordinal),
            reading.Problems.Where(p => p.Kind == Gongkai.Documents.Reading.ReadProblemKind.Ambiguous).Select(p => p.Part).Order(StringComparer.Ordinal));
    }

    [Property(MaxTest = 30)]
    public void Writing_WhatWasRead_GivesTheSameJson(int seed, bool trialFormat)
    {
        var json = JsonReportWriter.Write(TestReports.AsRead(seed, TestReports.FormatOf(trialFormat)));

        Assert.Equal(json, JsonReportWriter.Write(JsonReportReader.Read(json).Report!));
    }
}
