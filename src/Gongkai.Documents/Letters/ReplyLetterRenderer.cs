using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Rendering.Print;
using PdfSharp.Pdf;

namespace Gongkai.Documents.Letters;

/// <summary>
/// 答复书 as a document: a centred title, the addressee line, body paragraphs (two-character first-line indent) and the
/// agency and date on the right, laid out after GB/T 9704 like the annual report.
/// </summary>
/// <param name="Paragraphs">The addressee line first (ending in "："), then the body paragraphs.</param>
public sealed record LetterDocument(string Title, IReadOnlyList<string> Paragraphs, string AgencyName, string DateText);

/// <summary>Renders a <see cref="LetterDocument"/> to DOCX (OpenXml, Chinese fonts declared) and PDF (PDFsharp, fonts embedded).</summary>
public static class ReplyLetterRenderer
{
    private const string FontName = "FangSong";

    public static byte[] Docx(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = "仿宋", ComplexScript = FontName },
                new FontSize { Val = Half(PrintLayout.BodySize) },
                new Languages { Val = "zh-CN", EastAsia = "zh-CN" }))));
            var body = new Body();
            body.Append(Paragraph(letter.Title, JustificationValues.Center, bold: true, size: PrintLayout.TitleSize));
            for (var i = 0; i < letter.Paragraphs.Count; i++)
                body.Append(Paragraph(letter.Paragraphs[i], JustificationValues.Both, indent: i > 0));
            body.Append(Paragraph(letter.AgencyName, JustificationValues.Right));
            body.Append(Paragraph(letter.DateText, JustificationValues.Right));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    public static byte[] Pdf(LetterDocument letter, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        options ??= new PdfRenderOptions { MirrorMargins = false };
        PdfFontFiles.Prepare(options.Fonts);
        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Creator = "Gongkai";
        document.Language = "zh-CN";
        var composer = new PdfComposer(document, options);
        var body = composer.Font(options.Fonts.Body, PrintLayout.BodySize);
        var pitch = PrintLayout.BodyLinePitch;
        composer.Paragraph([(letter.Title, composer.Font(options.Fonts.Title, PrintLayout.TitleSize))], PrintLayout.TitleLinePitch, 0, LineAlign.Center);
        composer.Y += pitch;
        for (var i = 0; i < letter.Paragraphs.Count; i++)
            composer.Paragraph([(letter.Paragraphs[i], body)], pitch, i > 0 ? PrintLayout.FirstLineIndentChars * PrintLayout.BodySize : 0, LineAlign.Justify);
        composer.Y += pitch;
        // Flush right: the line starts where its measured width ends at the right margin (the composer aligns left, centre or both).
        foreach (var line in new[] { letter.AgencyName, letter.DateText })
            composer.Paragraph([(line, body)], pitch, Math.Max(0, PdfComposer.Width - composer.Measure(line, body) - 1), LineAlign.Left);
        composer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static string Half(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text, JustificationValues align, bool indent = false, bool bold = false, double? size = null)
    {
        var properties = new ParagraphProperties(new Justification { Val = align },
            new SpacingBetweenLines { Line = ((int)Math.Round(PrintLayout.BodyLinePitch * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact });
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });
        var runProperties = new RunProperties();
        if (bold) runProperties.Append(new Bold());
        if (size is { } s) runProperties.Append(new FontSize { Val = Half(s) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
