using System.Text;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Batch audit and fuzzing feed the reader files of many megabytes. Reading and checking must stay linear in the input
/// (docs/report-reading.md, “Complexity”): these inputs make any pass that rescans the text per row, per number or per
/// sentence take minutes instead of seconds. They assert that a result comes back, never how fast.
/// </summary>
public class LargeInputTests
{
    private const int TargetLength = 6_000_000;

    private static string Repeat(string fragment)
    {
        var sb = new StringBuilder(TargetLength + fragment.Length);
        while (sb.Length < TargetLength) sb.Append(fragment);
        return sb.ToString();
    }

    [Fact]
    public void SeedRepeatedToSixMillionCharacters_IsReadAndChecked()
    {
        var reading = ReportTextReader.Read(Repeat(SharedFiles.Seed));

        Assert.NotNull(reading.Report);
        Assert.NotNull(ReportChecks.Run(reading.Report));
    }

    [Fact]
    public void SeedFlattenedIntoOneSentence_IsReadAndChecked()
    {
        // No line breaks and no sentence ends: every prose number sits in one sentence of millions of characters.
        string flattened = SharedFiles.Seed.Replace('\n', ' ').Replace('。', '，').Replace('；', '，');

        var reading = ReportTextReader.Read(Repeat(flattened));

        if (reading.Report is { } report) Assert.NotNull(ReportChecks.Run(report));
        else Assert.NotNull(reading.NotRecognisedReason);
    }

    [Fact]
    public void RepeatedProseFragmentsWithoutHeadings_AreReadWithoutThrowing()
    {
        var reading = ReportTextReader.Read(Repeat("2023年共收到政府信息公开申请12件，其中：予以公开3件，部分公开4件、不予公开5件；包括行政复议1件\t2\t|"));

        Assert.True(reading.Recognised || reading.NotRecognisedReason is not null);
    }
}
