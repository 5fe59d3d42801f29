namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>
/// A font file for one typographic role. PDFsharp reads single TrueType/OpenType files only (.ttf/.otf), not collections
/// (.ttc); <see cref="SimulateBold"/> emboldens a face that has no bold cut.
/// </summary>
public sealed record PdfFontFace(string FilePath, bool SimulateBold = false);

/// <summary>
/// The font file used for each typographic role of GB/T 9704 (title 小标宋, body 仿宋, heading 黑体, lead-in 楷体, page number 宋体).
/// The fonts are embedded (subset) in the PDF.
/// </summary>
public sealed record PdfFonts(PdfFontFace Title, PdfFontFace Body, PdfFontFace Heading, PdfFontFace Subheading, PdfFontFace PageNumber)
{
    /// <summary>AR PL SungtiL GB (Debian package fonts-arphic-gbsn00lp): a free 宋体 in a single TrueType file.</summary>
    public const string DebianSongFile = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    /// <summary>
    /// Every role set in AR PL SungtiL GB, the title and the 一、 headings emboldened to stand apart: Debian ships its other
    /// Chinese faces (Noto CJK, 文泉驿, AR PL UKai) only as .ttc collections, which PDFsharp cannot read.
    /// </summary>
    public static PdfFonts Default { get; } = Single(DebianSongFile);

    /// <summary>Every role in one font file, with the title and headings emboldened.</summary>
    public static PdfFonts Single(string filePath) => new(
        Title: new PdfFontFace(filePath, SimulateBold: true),
        Body: new PdfFontFace(filePath),
        Heading: new PdfFontFace(filePath, SimulateBold: true),
        Subheading: new PdfFontFace(filePath),
        PageNumber: new PdfFontFace(filePath));

    internal IEnumerable<(string Role, PdfFontFace Face)> Roles() =>
        [("title", Title), ("body", Body), ("heading", Heading), ("subheading", Subheading), ("page number", PageNumber)];
}

/// <summary>How <see cref="PdfReportRenderer"/> lays out a report (年度报告 PDF).</summary>
public sealed record PdfRenderOptions
{
    public PdfFonts Fonts { get; init; } = PdfFonts.Default;

    /// <summary>Type size of tables 二 and 三 in points (五号 = 10.5).</summary>
    public double TableFontSize { get; init; } = 10.5;

    /// <summary>Type size of table 四 in points (小五 = 9): its fifteen number columns must fit the 156 mm type area.</summary>
    public double AppealTableFontSize { get; init; } = 9;

    /// <summary>True (default): the binding margin alternates sides for double-sided printing bound on the left.</summary>
    public bool MirrorMargins { get; init; } = true;
}
