using Gongkai.Documents.Reading.Text;
using UglyToad.PdfPig;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>What became of a PDF: its text layer as text, or why there was none.</summary>
public sealed record PdfTextLayer(string? Text, bool Scanned, bool Damaged);

/// <summary>
/// PDF 年报读取: reads a report published as PDF from its text layer (PdfPig). Glyphs are grouped into lines by their
/// baseline; where the page draws a table's rules, each row between two horizontal rules is one row of the table and the
/// vertical rules cut it into cells, so a label wrapped over several lines of a narrow column stays one label. Pages are
/// joined, so a table split across pages reads as one. A PDF without a text layer (a scan) is reported as such.
/// </summary>
public static class PdfReportReader
{
    public const string Version = "pdf-1.0+" + ReportTextReader.Version;

    /// <summary>Fewer non-space glyphs than this in the whole file: no text layer worth the name.</summary>
    private const int MinimumGlyphs = 20;

    /// <summary>Reads the PDF's text layer; null when it has none or cannot be opened (see <see cref="ExtractText"/>).</summary>
    public static ReportReading? Read(byte[] bytes) => ExtractText(bytes) is { Text: { } text } ? ReadText(text) : null;

    internal static ReportReading ReadText(string text) => ReportTextReader.Read(text) with { ReaderVersion = Version };

    public static PdfTextLayer ExtractText(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new System.Text.StringBuilder();
            int glyphs = 0;
            foreach (var page in document.GetPages())
            {
                glyphs += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                PdfPageText.Write(page, text);
            }
            return glyphs < MinimumGlyphs ? new PdfTextLayer(null, Scanned: true, Damaged: false) : new PdfTextLayer(text.ToString(), false, false);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            // PdfPig reports damaged, truncated and encrypted files with exceptions of many types; all mean the same here.
            return new PdfTextLayer(null, Scanned: false, Damaged: true);
        }
    }
}
