using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Print;

namespace Gongkai.Documents.Rendering.Docx;

/// <summary>
/// Renders an annual report (政府信息公开工作年度报告) as a Word document laid out after GB/T 9704-2012 (document-format.md §1):
/// A4 with the standard margins, the 2号 title, 3号 body text on a fixed 28.9 pt pitch with a two-character indent, the six
/// official headings (一、 in 黑体), （一） lead-ins in 楷体, "— 1 —" page numbers alternating sides, and tables 二, 三 and 四
/// with the official merged header cells (gridSpan / vMerge) taken from the shared <see cref="Tables.TableGrid"/>s.
/// </summary>
public static class DocxReportRenderer
{
    public const string BodyStyleId = "GkBody";
    public const string TitleStyleId = "GkTitle";
    public const string HeadingStyleId = "Heading1";
    public const string SubheadingStyleId = "Heading2";
    public const string HeadingCharStyleId = "GkHeadingChar";
    public const string SubheadingCharStyleId = "GkSubheadingChar";
    public const string TableTextStyleId = "GkTableText";
    public const string TableNoteStyleId = "GkTableNote";
    public const string PageNumberStyleId = "GkPageNumber";

    /// <summary>Width of every table: the 156 mm type area, in twentieths of a point.</summary>
    public static int TableWidthTwips => Twips(PrintLayout.Mm(PrintLayout.TypeAreaWidthMm));

    private static readonly DocxRenderOptions Defaults = new();

    public static byte[] Render(AnnualReport report, DocxRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= Defaults;
        var blocks = PrintedReport.Blocks(report);

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(options);
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings(options);
            var oddFooter = AddFooter(main, rightAligned: true);
            var evenFooter = AddFooter(main, rightAligned: false);

            var body = new Body();
            foreach (var block in blocks) body.Append(Elements(block, options));
            if (body.LastChild is not Paragraph) body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = BodyStyleId })));
            body.Append(SectionProperties(oddFooter, evenFooter));
            main.Document = new Document(body);

            document.PackageProperties.Title = blocks.OfType<TitleBlock>().Single().Text;
            document.PackageProperties.Language = "zh-CN";
            document.PackageProperties.Creator = "Gongkai";
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Elements(PrintBlock block, DocxRenderOptions options)
    {
        switch (block)
        {
            case TitleBlock title:
                yield return StyledParagraph(TitleStyleId, title.Text);
                break;
            case SectionHeadingBlock heading:
                yield return StyledParagraph(HeadingStyleId, heading.Text);
                break;
            case ParagraphBlock { Paragraph: var p }:
                yield return Prose(p);
                break;
            case TableBlock table:
                yield return DocxTableWriter.Table(table.Grid, options);
                foreach (var note in table.Notes) yield return StyledParagraph(TableNoteStyleId, note);
                break;
        }
    }

    private static Paragraph Prose(ProseParagraph p)
    {
        if (p.Level != ProseLevel.Body && p.Text.Length == 0)
            return StyledParagraph(p.Level == ProseLevel.First ? HeadingStyleId : SubheadingStyleId, p.Lead);

        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = BodyStyleId }));
        if (p.Lead.Length > 0)
        {
            var style = p.Level == ProseLevel.First ? HeadingCharStyleId : SubheadingCharStyleId;
            paragraph.Append(new Run(new RunProperties(new RunStyle { Val = style }), TextOf(p.Lead)));
        }
        paragraph.Append(new Run(TextOf(p.Text)));
        return paragraph;
    }

    internal static Paragraph StyledParagraph(string styleId, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        if (text.Length > 0) paragraph.Append(new Run(TextOf(text)));
        return paragraph;
    }

    internal static Text TextOf(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    internal static int Twips(double points) => (int)Math.Round(points * 20);

    internal static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static RunFonts FontsOf(string family) => new() { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family };

    private static SectionProperties SectionProperties(string oddFooterId, string evenFooterId)
    {
        // Footer distance: the page number's line starts 7 mm below the type area (35 mm above the page foot).
        double footerLine = PageNumberLineHeight;
        double footerFromEdge = PrintLayout.Mm(PrintLayout.BottomMarginMm - PrintLayout.PageNumberGapMm) - footerLine;
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
            new PageSize { Width = (UInt32Value)(uint)Twips(PrintLayout.Mm(PrintLayout.PageWidthMm)), Height = (UInt32Value)(uint)Twips(PrintLayout.Mm(PrintLayout.PageHeightMm)) },
            new PageMargin
            {
                Top = Twips(PrintLayout.Mm(PrintLayout.TopMarginMm)),
                Bottom = Twips(PrintLayout.Mm(PrintLayout.BottomMarginMm)),
                Left = (UInt32Value)(uint)Twips(PrintLayout.Mm(PrintLayout.BindingMarginMm)),
                Right = (UInt32Value)(uint)Twips(PrintLayout.Mm(PrintLayout.OuterMarginMm)),
                Header = (UInt32Value)(uint)Twips(PrintLayout.Mm(15)),
                Footer = (UInt32Value)(uint)Twips(footerFromEdge),
                Gutter = 0U,
            });
    }

    private const double PageNumberLineHeight = 20;

    /// <summary>GB/T 9704: "— 1 —" in 4号 宋体, one character in from the right on odd pages and from the left on even pages.</summary>
    private static string AddFooter(MainDocumentPart main, bool rightAligned)
    {
        var part = main.AddNewPart<FooterPart>();
        int indent = Twips(PrintLayout.PageNumberSize);
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = PageNumberStyleId },
            rightAligned ? new Indentation { Right = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                         : new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Justification { Val = rightAligned ? JustificationValues.Right : JustificationValues.Left });
        part.Footer = new Footer(new Paragraph(
            properties,
            new Run(TextOf("— ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(TextOf(" —"))));
        return main.GetIdOfPart(part);
    }

    private static Settings Settings(DocxRenderOptions options)
    {
        var settings = new Settings();
        if (options.MirrorMargins) settings.Append(new MirrorMargins());
        settings.Append(
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
        return settings;
    }

    private static Styles Styles(DocxRenderOptions options)
    {
        var fonts = options.Fonts;
        int pitch = Twips(PrintLayout.BodyLinePitch);
        string indent = Twips(PrintLayout.FirstLineIndentChars * PrintLayout.BodySize).ToString(System.Globalization.CultureInfo.InvariantCulture);
        SpacingBetweenLines Exact(double points, double after = 0) =>
            new() { Before = "0", After = Twips(after).ToString(System.Globalization.CultureInfo.InvariantCulture), Line = Twips(points).ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact };
        Indentation FirstLine() => new() { FirstLine = indent, FirstLineChars = PrintLayout.FirstLineIndentChars * 100 };

        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                FontsOf(fonts.Body),
                new FontSize { Val = HalfPoints(PrintLayout.BodySize) },
                new FontSizeComplexScript { Val = HalfPoints(PrintLayout.BodySize) },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = pitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact })));

        Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
            style.Append(new StyleName { Val = name });
            if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
            style.Append(new PrimaryStyle());
            if (paragraph is not null) style.Append(paragraph);
            if (run is not null) style.Append(run);
            return style;
        }

        Style Character(string id, string name, StyleRunProperties run)
        {
            var style = new Style { Type = StyleValues.Character, StyleId = id };
            style.Append(new StyleName { Val = name }, new PrimaryStyle(), run);
            return style;
        }

        StyleRunProperties Face(string family, double size, bool bold = false)
        {
            var run = new StyleRunProperties(FontsOf(family));
            if (bold) run.Append(new Bold(), new BoldComplexScript());
            run.Append(new FontSize { Val = HalfPoints(size) }, new FontSizeComplexScript { Val = HalfPoints(size) });
            return run;
        }

        return new Styles(
            defaults,
            Paragraph("Normal", "Normal", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }), null, isDefault: true),
            Paragraph(BodyStyleId, "Gongkai Body", "Normal", new StyleParagraphProperties(FirstLine()), null),
            Paragraph(TitleStyleId, "Title", "Normal",
                new StyleParagraphProperties(Exact(PrintLayout.TitleLinePitch, after: PrintLayout.BodyLinePitch), new Justification { Val = JustificationValues.Center }),
                Face(fonts.Title, PrintLayout.TitleSize, options.BoldTitle)),
            Paragraph(HeadingStyleId, "heading 1", "Normal",
                new StyleParagraphProperties(new KeepNext(), FirstLine(), new OutlineLevel { Val = 0 }),
                Face(fonts.Heading, PrintLayout.BodySize)),
            Paragraph(SubheadingStyleId, "heading 2", "Normal",
                new StyleParagraphProperties(new KeepNext(), FirstLine(), new OutlineLevel { Val = 1 }),
                Face(fonts.Subheading, PrintLayout.BodySize)),
            Character(HeadingCharStyleId, "Gongkai Heading Lead", Face(fonts.Heading, PrintLayout.BodySize)),
            Character(SubheadingCharStyleId, "Gongkai Subheading Lead", Face(fonts.Subheading, PrintLayout.BodySize)),
            Paragraph(TableTextStyleId, "Gongkai Table Text", "Normal",
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }),
                Face(fonts.Body, options.TableFontSize)),
            Paragraph(TableNoteStyleId, "Gongkai Table Note", "Normal",
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Left }),
                Face(fonts.Body, options.TableFontSize)),
            Paragraph(PageNumberStyleId, "Gongkai Page Number", "Normal",
                new StyleParagraphProperties(Exact(PageNumberLineHeight)),
                Face(fonts.PageNumber, PrintLayout.PageNumberSize)));
    }
}
