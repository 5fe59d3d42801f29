using System.Text;
using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.Tests.ReportChecking;

public sealed class ReportTextDecoderTests
{
    private const string Sample = "红寺堡区科学技术局2023年政府信息公开工作年度报告\n一、总体情况\t0\t1";

    static ReportTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8()
    {
        var decoded = ReportTextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(new DecodedText(Sample, "UTF-8"), decoded.Value);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var decoded = ReportTextDecoder.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "UTF-8"), decoded.Value);
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("GB2312")]
    public void Decode_ChineseWindowsEncodings_FallBackToGb18030(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Sample);

        var decoded = ReportTextDecoder.Decode(bytes);

        Assert.Equal(new DecodedText(Sample, "GB18030"), decoded.Value);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsUtf16()
    {
        var decoded = ReportTextDecoder.Decode([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "UTF-16"), decoded.Value);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "DOCX")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "DOC")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "PNG")]
    public void Decode_KnownBinaryFormats_AreRefusedNamingTheFormat(byte[] bytes, string named)
    {
        var decoded = ReportTextDecoder.Decode(bytes);

        var error = Assert.IsType<BinaryReportError>(decoded.Error);
        Assert.Contains(named, error.MessageZh);
    }

    [Fact]
    public void Decode_BytesWithNul_AreRefusedAsBinary()
    {
        var decoded = ReportTextDecoder.Decode([.. Encoding.UTF8.GetBytes("年度报告"), 0x00, 0x01, 0x02]);

        Assert.IsType<BinaryReportError>(decoded.Error);
    }

    [Fact]
    public void Decode_TextMostlyOfControlCharacters_IsRefusedAsBinary()
    {
        var decoded = ReportTextDecoder.Decode([0x01, 0x02, 0x03, 0x04, 0x41, 0x42, 0x1B, 0x1C]);

        Assert.IsType<BinaryReportError>(decoded.Error);
    }

    [Fact]
    public void Decode_BytesThatAreNeitherUtf8NorGb18030_AreAnUnknownEncoding()
    {
        // 0x80 is no lead byte in GB18030 and a lone continuation byte in UTF-8.
        var decoded = ReportTextDecoder.Decode([0x41, 0x80, 0x41]);

        Assert.IsType<UnknownEncodingError>(decoded.Error);
    }
}
