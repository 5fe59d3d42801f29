using System.Text;
using Gongkai.Core;

namespace Gongkai.Services.ReportChecking;

/// <summary>Text decoded from submitted bytes, with the name of the encoding that decoded it.</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns submitted bytes into text. Reports are published as UTF-8 web pages, but files saved on Chinese Windows are often
/// GBK; GB18030 is a superset of GBK and GB2312, so one fallback covers all three. Binary files are refused with a reason
/// rather than decoded into garbage.
/// </summary>
public static class ReportTextDecoder
{
    public const string Utf8 = "UTF-8";
    public const string Utf16 = "UTF-16";
    public const string Gb18030 = "GB18030";

    private static readonly Encoding StrictGb18030;

    static ReportTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Magic numbers of the binary files people most often upload instead of text.</summary>
    private static readonly (byte[] Magic, string Kind)[] BinarySignatures =
    [
        ("%PDF"u8.ToArray(), "PDF 文件"),
        ([0x50, 0x4B, 0x03, 0x04], "Office 文档（DOCX/XLSX）或压缩包"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "旧版 Office 文档（DOC/XLS）"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG 图片"),
        ([0xFF, 0xD8, 0xFF], "JPEG 图片"),
        ("GIF8"u8.ToArray(), "GIF 图片"),
        ("Rar!"u8.ToArray(), "RAR 压缩包"),
        ([0x1F, 0x8B], "GZIP 压缩包"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7z 压缩包"),
    ];

    public static DomainResult<DecodedText> Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in BinarySignatures)
            if (bytes.StartsWith(magic)) return new BinaryReportError(kind);

        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return DecodeUtf8(bytes[3..]);
        if (bytes.StartsWith(Encoding.Unicode.Preamble)) return Checked(Encoding.Unicode.GetString(bytes[2..]), Utf16);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble)) return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), Utf16);

        // A NUL byte never occurs in UTF-8 or GB18030 text (UTF-16 was handled above by its BOM).
        if (bytes.Contains((byte)0)) return new BinaryReportError("二进制文件");

        if (System.Text.Unicode.Utf8.IsValid(bytes)) return DecodeUtf8(bytes);
        try
        {
            return Checked(StrictGb18030.GetString(bytes), Gb18030);
        }
        catch (DecoderFallbackException)
        {
            return new UnknownEncodingError();
        }
    }

    private static DomainResult<DecodedText> DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? Checked(Encoding.UTF8.GetString(bytes), Utf8) : new UnknownEncodingError();

    /// <summary>Text that is mostly control characters is a binary file that happened to decode.</summary>
    private static DomainResult<DecodedText> Checked(string text, string encodingName)
    {
        int control = 0;
        foreach (char c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) control++;
        return control * 100 > text.Length ? new BinaryReportError("二进制文件") : new DecodedText(text, encodingName);
    }
}
