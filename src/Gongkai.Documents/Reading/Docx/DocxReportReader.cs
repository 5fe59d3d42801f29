using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Reading.Tables;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Word 年报读取: reads a report published as a .docx. Paragraphs become lines; Word tables are laid out on their grid
/// (gridSpan for merged columns, vMerge for merged rows) and handed to <see cref="ReportTextReader"/> as pipe tables.
/// </summary>
public static class DocxReportReader
{
    public const string Version = "docx-1.0+" + ReportTextReader.Version;

    /// <summary>Reads the document, or returns null when the bytes are no readable Word document.</summary>
    public static ReportReading? Read(byte[] bytes) => ExtractText(bytes) is { } text ? ReadText(text) : null;

    internal static ReportReading ReadText(string text) => ReportTextReader.Read(text) with { ReaderVersion = Version };

    /// <summary>
    /// The unpacked size of the main document part (<c>word/document.xml</c>) as the package declares it, or null when
    /// the package cannot be opened or has no such part (<see cref="ExtractText"/> then reports it as damaged).
    /// </summary>
    public static long? MainPartLength(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml")?.Length;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The document's text with its tables as pipe tables, or null when it cannot be opened.</summary>
    public static string? ExtractText(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart?.Document?.Body is not { } body) return null;
            var text = new StringBuilder();
            WriteBlocks(body, text);
            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException
                                      or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static void WriteBlocks(OpenXmlElement container, StringBuilder text)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    text.Append(ParagraphText(p)).Append('\n');
                    break;
                case Table t:
                    WriteTable(t, text);
                    break;
                default:
                    // Content controls, custom XML and the like hold paragraphs and tables themselves.
                    if (element.HasChildren) WriteBlocks(element, text);
                    break;
            }
        }
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString();
    }

    private sealed record WordCell(int Column, int Span, string Text, bool Continues, bool Restarts);

    private static void WriteTable(Table table, StringBuilder text)
    {
        var rows = new List<List<WordCell>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<WordCell>();
            int column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                int span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                bool restarts = merge?.Val?.Value == MergedCellValues.Restart;
                bool continues = merge is not null && !restarts;
                string cellText = string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Select(s => s.Trim()).Where(s => s.Length > 0));
                // A table nested in a cell is rare in reports; its words are kept in the cell's text.
                foreach (var nested in cell.Elements<Table>())
                    cellText += " " + string.Join(" ", nested.Descendants<Paragraph>().Select(ParagraphText));
                cells.Add(new WordCell(column, span, cellText.Trim(), continues, restarts));
                column += span;
            }
            rows.Add(cells);
        }

        var grid = new SpannedTable();
        for (int r = 0; r < rows.Count; r++)
        {
            var placed = new List<SourceCell>();
            foreach (var cell in rows[r])
            {
                if (cell.Continues) continue;
                int rowSpan = 1;
                if (cell.Restarts)
                    while (r + rowSpan < rows.Count && rows[r + rowSpan].Any(c => c.Column == cell.Column && c.Continues)) rowSpan++;
                placed.Add(new SourceCell(cell.Text, cell.Span, rowSpan));
            }
            grid.AddRow(placed);
        }
        text.Append('\n');
        grid.WriteTo(text);
    }
}
