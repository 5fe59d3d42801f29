using System.Text;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Input that is no report is said to be so, with a reason, and never yields an invented model.</summary>
public class UnrecognisedInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void EmptyText_IsNotRecognised(string text)
    {
        var reading = ReportTextReader.Read(text);

        Assert.False(reading.Recognised);
        Assert.Null(reading.Report);
        Assert.Contains("empty", reading.NotRecognisedReason);
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void NullText_IsTreatedAsEmpty()
    {
        Assert.False(ReportTextReader.Read(null!).Recognised);
    }

    [Fact]
    public void BinaryFile_DecodedAsText_IsNotRecognised()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        string text = Encoding.UTF8.GetString(bytes);

        var reading = ReportTextReader.Read(text);

        Assert.False(reading.Recognised);
        Assert.Contains("not text", reading.NotRecognisedReason);
    }

    [Fact]
    public void ZipHeaderWithNulBytes_IsNotRecognised()
    {
        string text = Encoding.Latin1.GetString([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, .. new byte[200]]);

        Assert.False(ReportTextReader.Read(text).Recognised);
    }

    [Fact]
    public void UnrelatedDocument_IsNotRecognised()
    {
        const string notice = "关于做好2024年春节期间安全生产工作的通知\n\n各乡镇、各部门：\n春节将至，为切实做好节日期间安全生产工作，现将有关事项通知如下。\n一、提高思想认识\n二、强化隐患排查\n请各单位于1月31日前报送工作总结。";

        var reading = ReportTextReader.Read(notice);

        Assert.False(reading.Recognised);
        Assert.Contains("no title, section or table", reading.NotRecognisedReason);
    }
}
