using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.Tests.ReportChecking;

public sealed class ReportSubmissionTests
{
    [Theory]
    [InlineData(@"C:\Users\经办人\Desktop\2023年报.txt", "2023年报.txt")]
    [InlineData("/home/user/report.txt", "report.txt")]
    [InlineData("re\u0000po\rrt.txt", "report.txt")]
    [InlineData("  ", ReportSubmission.PastedTextName)]
    [InlineData(null, ReportSubmission.PastedTextName)]
    [InlineData("dir/", ReportSubmission.PastedTextName)]
    public void FileName_KeepsOnlyTheLastPathSegmentWithoutControlCharacters(string? given, string expected) =>
        Assert.Equal(expected, new ReportSubmission(given, [65]).FileName);

    [Fact]
    public void FileName_LongerThanTheColumn_KeepsItsEnd()
    {
        var name = new string('年', 300) + ".txt";

        var kept = new ReportSubmission(name, [65]).FileName;

        Assert.Equal(255, kept.Length);
        Assert.EndsWith("年.txt", kept);
    }
}
