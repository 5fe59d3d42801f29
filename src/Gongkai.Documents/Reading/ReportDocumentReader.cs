using System.IO.Compression;
using Gongkai.Documents.Reading.Arithmetic;
using Gongkai.Documents.Reading.Docx;
using Gongkai.Documents.Reading.Files;
using Gongkai.Documents.Reading.Html;
using Gongkai.Documents.Reading.Pdf;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Rendering.Json;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A report file as read: what kind of file it was, the text the reader worked on (for HTML, DOCX and PDF the text
/// extracted from them), the encoding of a text file, and either the reading or why the file could not be read.
/// </summary>
public sealed record ReportDocument(ReportFileKind Kind, ReportReading? Reading, string? Text, string? EncodingName, ReportRefusal? Refusal)
{
    /// <summary>True when a report was recognised (the reading may still list cells it could not read).</summary>
    public bool Succeeded => Reading?.Report is not null;
}

/// <summary>
/// 年报文件读取: the one entry point for a published report file. The kind is told from the bytes (a PDF or DOCX renamed
/// .txt is still read as what it is; the file name only breaks ties between HTML and text), then the matching reader
/// runs: HTML pages, DOCX, the PDF text layer, plain text or Markdown, Gongkai's report JSON. Other binary files, scans
/// and text in no known encoding are refused with a reason.
/// </summary>
public static class ReportDocumentReader
{
    /// <summary>
    /// Largest file read (64 MiB). A published report is a few hundred KB of text or HTML, a PDF or DOCX a few MB with its
    /// images; a batch audit of a folder must not take the machine's memory for one stray archive or video renamed .txt.
    /// Reading takes about 10 bytes of memory per byte of text (docs/report-reading.md, “Complexity”).
    /// </summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Longest text handed to the text reader (16 Mi characters, some 800 reports' worth): also bounds what a small
    /// compressed DOCX (a “zip bomb”) or a PDF may expand to.
    /// </summary>
    public const int MaxTextLength = 16 * 1024 * 1024;

    public static ReportDocument Read(byte[] bytes, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) return Refused(ReportFileKind.Unsupported, ReportRefusalKind.Empty, "文件为空", "the file is empty");
        if (bytes.Length > MaxFileBytes) return TooLarge(ReportFileKind.Unsupported, $"文件有 {bytes.Length / 1024 / 1024} MB", $"the file has {bytes.Length} bytes");
        var kind = Sniff(bytes, fileName);
        switch (kind)
        {
            case ReportFileKind.Pdf:
            {
                var pdf = PdfReportReader.ExtractText(bytes);
                if (pdf.Scanned)
                    return Refused(kind, ReportRefusalKind.ScannedPdf, "PDF 没有文字层（扫描件），需先进行文字识别（OCR）",
                        "the PDF has no text layer (a scan); it needs OCR first");
                if (pdf.Text is null)
                    return Refused(kind, ReportRefusalKind.Damaged, "PDF 文件已损坏或加密，无法打开", "the PDF is damaged or encrypted and cannot be opened");
                if (pdf.Text.Length > MaxTextLength) return TextTooLarge(kind, pdf.Text.Length);
                return Finish(kind, PdfReportReader.ReadText(pdf.Text), pdf.Text, null);
            }
            case ReportFileKind.Docx:
            {
                // The XML is measured before it is unpacked: a few MB of DOCX can hold gigabytes of it.
                if (DocxReportReader.MainPartLength(bytes) is > MaxFileBytes and var xmlBytes)
                    return TooLarge(kind, $"文档正文解压后有 {xmlBytes / 1024 / 1024} MB", $"the document's XML unpacks to {xmlBytes} bytes");
                var text = DocxReportReader.ExtractText(bytes);
                if (text is null)
                    return Refused(kind, ReportRefusalKind.Damaged, "Word 文档已损坏，无法打开", "the Word document is damaged and cannot be opened");
                if (text.Length > MaxTextLength) return TextTooLarge(kind, text.Length);
                return Finish(kind, DocxReportReader.ReadText(text), text, null);
            }
            case ReportFileKind.Unsupported:
            {
                var (zh, en) = BinaryKind(bytes);
                return Refused(kind, ReportRefusalKind.Unsupported, $"不支持的文件类型：{zh}", $"unsupported file type: {en}");
            }
        }

        var decoded = kind == ReportFileKind.Html ? HtmlReportReader.Decode(bytes) : ReportTextBytes.Decode(bytes);
        if (decoded is null)
            return Refused(kind, ReportRefusalKind.UnknownEncoding, "无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）",
                "the text is in no known encoding (not UTF-8, UTF-16 or GB18030/GBK)");
        if (IsBlank(decoded.Text))
            return Refused(kind, ReportRefusalKind.Empty, "文件为空（只有空白）", "the file is empty (whitespace only)");
        if (kind == ReportFileKind.Html)
        {
            // A page's markup (and images inlined as data: URLs) may be many times its text: the limit is on the text.
            var pageText = HtmlReportText.Extract(decoded.Text);
            return pageText.Length > MaxTextLength
                ? TextTooLarge(kind, pageText.Length)
                : Finish(kind, HtmlReportReader.ReadText(pageText), decoded.Text, decoded.EncodingName);
        }
        if (decoded.Text.Length > MaxTextLength) return TextTooLarge(kind, decoded.Text.Length);
        return kind switch
        {
            ReportFileKind.Json => Finish(kind, JsonReportReader.Read(decoded.Text), decoded.Text, decoded.EncodingName),
            _ => Finish(kind, ReportTextReader.Read(decoded.Text), decoded.Text, decoded.EncodingName),
        };
    }

    /// <summary>Only whitespace and byte order marks (checked without copying the text).</summary>
    private static bool IsBlank(string text)
    {
        foreach (char c in text)
            if (c != '\uFEFF' && !char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>The kind of file the bytes are. The name is only used to tell an HTML page from text.</summary>
    public static ReportFileKind Sniff(ReadOnlySpan<byte> bytes, string? fileName = null)
    {
        // PDF allows junk before the header within the first kilobyte.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return ReportFileKind.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return IsWordPackage(bytes) ? ReportFileKind.Docx : ReportFileKind.Unsupported;
        if (BinaryKindOrNull(bytes) is not null) return ReportFileKind.Unsupported;
        bool utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        // A NUL byte never occurs in UTF-8 or GB18030 text.
        if (!utf16 && bytes.Contains((byte)0)) return ReportFileKind.Unsupported;

        // Markup is ASCII: lower-casing the ASCII letters alone finds it (see AsciiLower).
        var head = utf16 ? AsciiLower.Of(System.Text.Encoding.Unicode.GetString(bytes[..Math.Min(bytes.Length, 4096)])) : AsciiLower.Head(bytes, 4096);
        string lower = head.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (lower.StartsWith('{')) return ReportFileKind.Json;
        if (lower.StartsWith("<!doctype html", StringComparison.Ordinal) || lower.StartsWith("<html", StringComparison.Ordinal)
            || lower.Contains("<body", StringComparison.Ordinal) || lower.Contains("<table", StringComparison.Ordinal)
            || (lower.StartsWith('<') && (lower.Contains("<p", StringComparison.Ordinal) || lower.Contains("<div", StringComparison.Ordinal))))
            return ReportFileKind.Html;
        string extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".shtml" or ".xhtml" or ".jsp" or ".aspx" or ".php" && lower.Contains('<'))
            return ReportFileKind.Html;
        return ReportFileKind.Text;
    }

    private static bool IsWordPackage(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // A truncated package: its local header still names its first part.
            return bytes.IndexOf("word/"u8) >= 0;
        }
    }

    private static ReportDocument Finish(ReportFileKind kind, ReportReading reading, string text, string? encoding)
    {
        reading = AmbiguityResolver.Resolve(reading);
        return reading.Report is null
            ? new ReportDocument(kind, reading, text, encoding, new ReportRefusal(ReportRefusalKind.NotRecognised,
                reading.NotRecognisedReason ?? "未识别出年度报告", reading.NotRecognisedReason ?? "no annual report recognised"))
            : new ReportDocument(kind, reading, text, encoding, null);
    }

    private static ReportDocument TooLarge(ReportFileKind kind, string sizeZh, string sizeEn) =>
        Refused(kind, ReportRefusalKind.TooLarge,
            $"文件过大（{sizeZh}，上限为 {MaxFileBytes / 1024 / 1024} MB 文件、{MaxTextLength / 1024 / 1024} 兆字文本），不像是一份年度报告，未读取",
            $"the file is too large to be a report ({sizeEn}; the limits are {MaxFileBytes} bytes of file and {MaxTextLength} characters of text); not read");

    private static ReportDocument TextTooLarge(ReportFileKind kind, int length) =>
        TooLarge(kind, $"文字有 {length / 1024 / 1024} 兆字", $"its text has {length} characters");

    private static ReportDocument Refused(ReportFileKind kind, ReportRefusalKind refusal, string zh, string en) =>
        new(kind, null, null, null, new ReportRefusal(refusal, zh, en));

    /// <summary>Magic numbers of the binary files people most often have instead of a report.</summary>
    private static readonly (byte[] Magic, string Zh, string En)[] Signatures =
    [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "旧版 Office 文档（DOC/XLS/WPS），请另存为 DOCX 或 PDF", "an old Office document (DOC/XLS/WPS); save it as DOCX or PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG 图片", "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG 图片", "a JPEG image"),
        ("GIF8"u8.ToArray(), "GIF 图片", "a GIF image"),
        ("Rar!"u8.ToArray(), "RAR 压缩包", "a RAR archive"),
        ([0x1F, 0x8B], "GZIP 压缩包", "a GZIP archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7z 压缩包", "a 7z archive"),
        ("{\\rtf"u8.ToArray(), "RTF 文档，请另存为 DOCX", "an RTF document; save it as DOCX"),
    ];

    private static (string Zh, string En)? BinaryKindOrNull(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, zh, en) in Signatures)
            if (bytes.StartsWith(magic)) return (zh, en);
        return null;
    }

    private static (string Zh, string En) BinaryKind(ReadOnlySpan<byte> bytes) =>
        BinaryKindOrNull(bytes)
        ?? (bytes.StartsWith("PK\u0003\u0004"u8) ? ("压缩包或非 Word 的 Office 文档（如 XLSX）", "a ZIP archive or an Office file other than Word (e.g. XLSX)")
            : ("二进制文件", "a binary file"));
}
