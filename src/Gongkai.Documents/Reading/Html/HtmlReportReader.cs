using Gongkai.Documents.Reading.Files;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Reading.Html;

/// <summary>
/// 网页年报读取: reads a report published as a web page (UTF-8, GBK/GB2312/GB18030 or a declared charset), also inside
/// portal chrome, into the report model through <see cref="HtmlReportText"/> and <see cref="ReportTextReader"/>.
/// </summary>
public static class HtmlReportReader
{
    public const string Version = "html-1.0+" + ReportTextReader.Version;

    /// <summary>Reads decoded HTML.</summary>
    public static ReportReading Read(string html) => ReadText(HtmlReportText.Extract(html ?? ""));

    /// <summary>The text the reader reads: the report's part of the page, tables as pipe tables.</summary>
    public static string ExtractText(string html) => HtmlReportText.Extract(html ?? "");

    internal static ReportReading ReadText(string text) => ReportTextReader.Read(text) with { ReaderVersion = Version };

    /// <summary>Decodes the bytes of a page by its byte order mark, declared charset or content, or null when no encoding fits.</summary>
    public static DecodedBytes? Decode(ReadOnlySpan<byte> bytes) => ReportTextBytes.Decode(bytes, ReportTextBytes.DeclaredHtmlCharset(bytes));
}
