using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.Tests.ReportChecking;

public sealed class ReportDocumentTests
{
    [Property(MaxTest = 50)]
    public Property StoredDocument_ReadBack_GivesTheSameReport(int seed, bool trialFormat)
    {
        var report = SampleReports.Consistent(new Random(seed), trialFormat ? ReportFormat.F2019 : ReportFormat.F2021);
        report.Unset("t3.r2.c3");
        report.Set("t3.r4.c5", CellValue.DashOf("—"));
        report.Set("t4.a1", CellValue.Blank);
        report.SetAmbiguous("t3.r1.c2", [15m, 151m]);
        report.Extras.Add(new ExtraPart(ReportTable.Requests, "小计", "r3.3"));

        var stored = ReportCheckJson.Serialize(ReportDocument.From(report));
        var readBack = ReportCheckJson.Deserialize<ReportDocument>(stored).ToReport();

        return (readBack.Format == report.Format
                && readBack.Title == report.Title && readBack.AgencyName == report.AgencyName && readBack.Year == report.Year
                && readBack.Cells.Count == report.Cells.Count
                && readBack.Cells.All(c => report.Cells[c.Key] == c.Value)
                && readBack.Sections.Values.SequenceEqual(report.Sections.Values.OrderBy(s => s.Id))
                && readBack.AmbiguousCells["t3.r1.c2"].SequenceEqual([15m, 151m])
                && readBack.Extras.SequenceEqual(report.Extras))
            .Label(stored);
    }
}
