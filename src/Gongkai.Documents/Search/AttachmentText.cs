using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Gongkai.Documents.Search;

/// <summary>
/// 附件文字: the text of an attached file, for the search index — PDF through PdfPig, DOCX and XLSX through OpenXml. Images and
/// files that cannot be read give no text (the attachment is still published; it is just not searchable by content).
/// </summary>
public static class AttachmentText
{
    /// <summary>At most this many characters are indexed per file; an attachment's opening pages say what it is about.</summary>
    public const int MaxCharacters = 200_000;

    /// <param name="mediaType">The type sniffed from the bytes (Core's AttachmentTypeSniffer), not the one the uploader claimed.</param>
    public static string Extract(byte[] content, string mediaType)
    {
        try
        {
            var text = mediaType switch
            {
                "application/pdf" => Pdf(content),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Docx(content),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Xlsx(content),
                _ => "",
            };
            return text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged or encrypted file is published as it is; only its words stay out of the index.
            return "";
        }
    }

    private static string Pdf(byte[] content)
    {
        using var document = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(page.Text);
            if (text.Length > MaxCharacters) break;
        }
        return text.ToString();
    }

    private static string Docx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return "";
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            text.AppendLine(paragraph.InnerText);
            if (text.Length > MaxCharacters) break;
        }
        return text.ToString();
    }

    private static string Xlsx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var strings = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable;
        if (strings is null) return "";
        var text = new StringBuilder();
        foreach (var item in strings.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>())
        {
            text.AppendLine(item.InnerText);
            if (text.Length > MaxCharacters) break;
        }
        return text.ToString();
    }
}
