using System.Text;

namespace Gongkai.Documents.Reading.Files;

/// <summary>Text decoded from a file's bytes and the name of the encoding that decoded it.</summary>
public sealed record DecodedBytes(string Text, string EncodingName);

/// <summary>
/// 文字编码识别: decodes the bytes of a text or HTML report. A byte order mark wins; then UTF-8 when the bytes are valid
/// UTF-8; then another encoding the page declares (<c>&lt;meta charset="big5"&gt;</c>); else GB18030, which covers GBK and
/// GB2312 (Chinese Windows and older portals save in these). Returns null when no encoding fits.
/// </summary>
public static class ReportTextBytes
{
    public const string Utf8 = "UTF-8";
    public const string Utf16 = "UTF-16";
    public const string Gb18030 = "GB18030";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictGb18030;

    static ReportTextBytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static DecodedBytes? Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return Utf8OrNull(bytes[3..]);
        if (bytes.StartsWith(Encoding.Unicode.Preamble)) return new(Encoding.Unicode.GetString(bytes[2..]), Utf16);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble)) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), Utf16);

        // Valid UTF-8 with Chinese in it is practically never GBK text, whatever a page declares (mirrors re-save pages as
        // UTF-8 and keep the old declaration), so UTF-8 is tried first; a declared Big5 (traditional mirrors) comes next.
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return new(Encoding.UTF8.GetString(bytes), Utf8);
        if (declaredCharset is { } declared && !IsGbFamily(declared) && Declared(declared) is { } other)
        {
            try { return new(other.GetString(bytes), other.WebName.ToUpperInvariant()); }
            catch (DecoderFallbackException) { }
        }
        return Gb(bytes);
    }

    private static bool IsGbFamily(string charset) =>
        charset.Trim().ToLowerInvariant() is "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "gb_2312-80";

    private static Encoding? Declared(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedBytes? Utf8OrNull(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? new(StrictUtf8.GetString(bytes), Utf8) : null;

    private static DecodedBytes? Gb(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new(StrictGb18030.GetString(bytes), Gb18030);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The charset an HTML page declares in its first bytes (<c>&lt;meta charset&gt;</c> or http-equiv), if any.</summary>
    public static string? DeclaredHtmlCharset(ReadOnlySpan<byte> bytes)
    {
        var head = AsciiLower.Head(bytes, 4096);
        int at = head.IndexOf("charset", StringComparison.Ordinal);
        while (at >= 0)
        {
            int i = at + "charset".Length;
            while (i < head.Length && head[i] is ' ' or '=' or '"' or '\'') i++;
            int start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_')) i++;
            if (i > start) return head[start..i];
            at = head.IndexOf("charset", i, StringComparison.Ordinal);
        }
        return null;
    }
}
