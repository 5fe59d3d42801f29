using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Files;
using Gongkai.Documents.Reading.Html;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>
/// 文字编码识别 of uploaded text and HTML reports (the one decoder the web upload, the API and the CLI share), and the
/// refusal of binary files before any decoding.
/// </summary>
public sealed class ReportTextBytesTests
{
    private const string Sample = "红寺堡区科学技术局2023年政府信息公开工作年度报告\n一、总体情况\t0\t1";

    static ReportTextBytesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8() =>
        Assert.Equal(new DecodedBytes(Sample, ReportTextBytes.Utf8), ReportTextBytes.Decode(Encoding.UTF8.GetBytes(Sample)));

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom() =>
        Assert.Equal(new DecodedBytes(Sample, ReportTextBytes.Utf8), ReportTextBytes.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sample)]));

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsUtf16() =>
        Assert.Equal(new DecodedBytes(Sample, ReportTextBytes.Utf16), ReportTextBytes.Decode([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Sample)]));

    [Theory]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("GB2312")]
    public void Decode_ChineseWindowsEncodings_FallBackToGb18030(string encoding) =>
        Assert.Equal(new DecodedBytes(Sample, ReportTextBytes.Gb18030), ReportTextBytes.Decode(Encoding.GetEncoding(encoding).GetBytes(Sample)));

    [Fact]
    public void Decode_BytesThatAreNeitherUtf8NorGb18030_AreNoKnownEncoding() =>
        // 0x80 is no lead byte in GB18030 and a lone continuation byte in UTF-8.
        Assert.Null(ReportTextBytes.Decode([0x41, 0x80, 0x41]));

    [Fact]
    public void Decode_Utf8BomFollowedByInvalidUtf8_IsNoKnownEncoding() =>
        Assert.Null(ReportTextBytes.Decode([.. Encoding.UTF8.Preamble, 0x41, 0x80, 0x41]));

    [Fact]
    public void HtmlDecode_PageDeclaringBig5_IsReadAsBig5()
    {
        var page = Encoding.GetEncoding("big5").GetBytes("<html><head><meta charset=\"big5\"></head><body>政府資訊公開年度報告</body></html>");

        var decoded = HtmlReportReader.Decode(page)!;

        Assert.Contains("政府資訊公開年度報告", decoded.Text);
        Assert.Equal("BIG5", decoded.EncodingName);
    }

    [Fact]
    public void HtmlDecode_Utf8PageStillDeclaringGbk_IsReadAsUtf8()
    {
        var page = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gbk\"></head><body>政府信息公开工作年度报告</body></html>");

        var decoded = HtmlReportReader.Decode(page)!;

        Assert.Contains("政府信息公开工作年度报告", decoded.Text);
        Assert.Equal(ReportTextBytes.Utf8, decoded.EncodingName);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "旧版 Office 文档")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "GZIP")]
    public void Read_KnownBinaryFormats_AreRefusedNamingTheFormat(byte[] bytes, string named)
    {
        var document = ReportDocumentReader.Read(bytes, "年报.txt");

        Assert.Equal(ReportRefusalKind.Unsupported, document.Refusal!.Kind);
        Assert.Contains(named, document.Refusal.ReasonZh);
    }

    [Fact]
    public void Read_TextWithNulBytes_IsRefusedAsBinary() =>
        Assert.Equal(ReportRefusalKind.Unsupported, ReportDocumentReader.Read([.. Encoding.UTF8.GetBytes("年度报告"), 0x00, 0x01, 0x02], "年报.txt").Refusal!.Kind);

    [Fact]
    public void Read_GbkTextFile_IsDecodedAndReportsItsEncoding()
    {
        var document = ReportDocumentReader.Read(Encoding.GetEncoding("GBK").GetBytes(Sample), "年报.txt");

        Assert.Equal(ReportFileKind.Text, document.Kind);
        Assert.Equal(ReportTextBytes.Gb18030, document.EncodingName);
    }
}
