using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Support;

/// <summary>Generated reports for round-trip tests: consistent, mostly non-zero, optionally with a few cells stated as words.</summary>
internal static class Samples
{
    public static AnnualReport Report(int seed, ReportFormat format, bool withNonNumbers = false)
    {
        var rng = new Random(seed);
        var report = SampleReports.Consistent(rng, format, density: 0.5 + rng.NextDouble() / 2, maxCount: rng.Next(1, 2000));
        if (withNonNumbers) StateSomeCellsAsWords(report, rng);
        return report;
    }

    /// <summary>Up to five cells become blank, a dash, a slash or 不适用 — never a whole row.</summary>
    private static void StateSomeCellsAsWords(AnnualReport report, Random rng)
    {
        CellValue[] words = [CellValue.Blank, CellValue.DashOf("—"), CellValue.DashOf("/"), CellValue.DashOf("-"), CellValue.NotApplicableOf("不适用"), CellValue.NotApplicableOf("无")];
        int count = rng.Next(1, 6);
        for (int i = 0; i < count; i++)
        {
            var cell = report.Layout.Cells[rng.Next(report.Layout.Cells.Count)];
            report.Set(cell.Id, words[rng.Next(words.Length)]);
        }
    }
}
