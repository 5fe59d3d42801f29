using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Print;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>
/// Renders an annual report (政府信息公开工作年度报告) as a PDF in-process with PDFsharp, laid out after GB/T 9704-2012 like the
/// DOCX (A4, standard margins, 2号 title, 3号 body on a 28.9 pt pitch, "— n —" page numbers) with its fonts embedded.
/// Tables 二, 三 and 四 come from the shared grids; their text is drawn row by row, left to right, so a text extractor reads
/// every label and value in reading order. For a PDF made from the DOCX by LibreOffice see <see cref="LibreOfficeConverter"/>.
/// </summary>
public static class PdfReportRenderer
{
    private static readonly PdfRenderOptions Defaults = new();

    /// <exception cref="FileNotFoundException">A configured font file does not exist.</exception>
    /// <exception cref="ArgumentException">A configured font file is a .ttc collection.</exception>
    public static byte[] Render(AnnualReport report, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= Defaults;
        PdfFontFiles.Prepare(options.Fonts);
        var blocks = PrintedReport.Blocks(report);

        using var document = new PdfDocument();
        document.Info.Title = blocks.OfType<TitleBlock>().Single().Text;
        document.Info.Creator = "Gongkai";
        document.Language = "zh-CN";

        var composer = new PdfComposer(document, options);
        var fonts = options.Fonts;
        var body = composer.Font(fonts.Body, PrintLayout.BodySize);
        var heading = composer.Font(fonts.Heading, PrintLayout.BodySize);
        var subheading = composer.Font(fonts.Subheading, PrintLayout.BodySize);
        double pitch = PrintLayout.BodyLinePitch;
        double indent = PrintLayout.FirstLineIndentChars * PrintLayout.BodySize;

        for (int i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TitleBlock title:
                    composer.Paragraph([(title.Text, composer.Font(fonts.Title, PrintLayout.TitleSize))], PrintLayout.TitleLinePitch, 0, LineAlign.Center);
                    composer.Y += pitch;
                    break;
                case SectionHeadingBlock h:
                    KeepWithNext(composer, i + 1 < blocks.Count ? blocks[i + 1] : null, options, pitch);
                    composer.Paragraph([(h.Text, heading)], pitch, indent, LineAlign.Left);
                    break;
                case ParagraphBlock { Paragraph: var p }:
                    var leadFont = p.Level == ProseLevel.First ? heading : subheading;
                    var runs = new List<(string, XFont)>();
                    if (p.Lead.Length > 0) runs.Add((p.Lead, leadFont));
                    if (p.Text.Length > 0) runs.Add((p.Text, body));
                    if (p.Text.Length == 0) composer.EnsureSpace(2 * pitch);
                    composer.Paragraph(runs, pitch, indent, LineAlign.Justify);
                    break;
                case TableBlock table:
                    new PdfTableWriter(composer, table.Grid, options).Draw();
                    var noteFont = composer.Font(fonts.Body, options.TableFontSize);
                    foreach (var note in table.Notes)
                        composer.Paragraph([(note, noteFont)], options.TableFontSize * 1.6, 0, LineAlign.Left);
                    break;
            }
        }
        composer.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A heading is not left alone at the foot of a page: it needs room for two lines, or for the start of its table.</summary>
    private static void KeepWithNext(PdfComposer composer, PrintBlock? next, PdfRenderOptions options, double pitch)
    {
        if (next is TableBlock table)
        {
            var pages = new PdfTableWriter(composer, table.Grid, options).Paginate(composer.Remaining - pitch);
            if (pages[0].IsEmpty && !composer.AtPageTop) composer.NewPage();
            return;
        }
        composer.EnsureSpace(3 * pitch);
    }
}
