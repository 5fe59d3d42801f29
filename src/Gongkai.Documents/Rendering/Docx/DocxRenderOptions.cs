namespace Gongkai.Documents.Rendering.Docx;

/// <summary>
/// The font family used for each typographic role of GB/T 9704 (document-format.md §1). The official faces
/// (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) are not free, so the default maps each role to a face Debian installs;
/// <see cref="Official"/> names the official faces for machines that have them. Names are written as the run's
/// ASCII, high-ANSI and East Asian font.
/// </summary>
public sealed record DocxFonts(string Title, string Body, string Heading, string Subheading, string PageNumber)
{
    /// <summary>
    /// Debian's free faces: Noto Serif CJK SC (fonts-noto-cjk) for the title (bold, in place of 小标宋), the body (仿宋) and
    /// the page number (宋体); Noto Sans CJK SC for 黑体; AR PL UKai CN (fonts-arphic-ukai) for 楷体.
    /// </summary>
    public static DocxFonts Default { get; } = new(
        Title: "Noto Serif CJK SC",
        Body: "Noto Serif CJK SC",
        Heading: "Noto Sans CJK SC",
        Subheading: "AR PL UKai CN",
        PageNumber: "Noto Serif CJK SC");

    /// <summary>The faces GB/T 9704 names, for offices whose machines have them installed.</summary>
    public static DocxFonts Official { get; } = new(
        Title: "方正小标宋简体",
        Body: "仿宋_GB2312",
        Heading: "黑体",
        Subheading: "楷体_GB2312",
        PageNumber: "宋体");
}

/// <summary>How <see cref="DocxReportRenderer"/> lays out a report (年度报告 Word 文档).</summary>
public sealed record DocxRenderOptions
{
    public DocxFonts Fonts { get; init; } = DocxFonts.Default;

    /// <summary>
    /// True (default): the title is set bold, standing in for the heavy 小标宋 face the default mapping lacks.
    /// Set false with a real 小标宋 face.
    /// </summary>
    public bool BoldTitle { get; init; } = true;

    /// <summary>Type size of tables 二 and 三 in points (五号 = 10.5).</summary>
    public double TableFontSize { get; init; } = 10.5;

    /// <summary>Type size of table 四 in points (小五 = 9): its fifteen number columns must fit the 156 mm type area.</summary>
    public double AppealTableFontSize { get; init; } = 9;

    /// <summary>
    /// True (default): margins mirror on even pages (订口 28 mm on the binding side) for double-sided printing bound on the
    /// left (GB/T 9704 clause 5). False: the binding margin is always on the left.
    /// </summary>
    public bool MirrorMargins { get; init; } = true;
}
