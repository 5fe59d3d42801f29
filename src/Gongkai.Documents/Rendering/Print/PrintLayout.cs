namespace Gongkai.Documents.Rendering.Print;

/// <summary>
/// 版面 — page and type sizes of a printed report after GB/T 9704-2012《党政机关公文格式》(document-format.md §1), shared
/// by the DOCX and PDF renderers so both put the same things in the same places. Lengths in points (1/72 inch) unless named Mm.
/// </summary>
public static class PrintLayout
{
    public const double PointsPerMm = 72 / 25.4;

    // GB/T 9704 clause 4.1: A4 (GB/T 148).
    public const double PageWidthMm = 210;
    public const double PageHeightMm = 297;

    // Clause 4.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm, which leaves 26 mm on the outer side and 35 mm at the foot.
    public const double TopMarginMm = 37;
    public const double BindingMarginMm = 28;
    public const double OuterMarginMm = 26;
    public const double BottomMarginMm = 35;
    public const double TypeAreaWidthMm = PageWidthMm - BindingMarginMm - OuterMarginMm;
    public const double TypeAreaHeightMm = PageHeightMm - TopMarginMm - BottomMarginMm;

    /// <summary>2号 — the title (2号小标宋体).</summary>
    public const double TitleSize = 22;

    /// <summary>3号 — body text and the heading levels 一、/（一）/1./（1） (clause 4.2.2).</summary>
    public const double BodySize = 16;

    /// <summary>4号 — the page number (4号半角宋体阿拉伯数字).</summary>
    public const double PageNumberSize = 14;

    /// <summary>
    /// Fixed line pitch. The standard fixes 22 lines in the 225 mm type area rather than a spacing; 225 mm / 22 ≈ 28.95 pt, and
    /// the usual house value 固定值28.9磅 keeps 22 lines inside the type area.
    /// </summary>
    public const double BodyLinePitch = 28.9;

    /// <summary>Title lines: the 2号 title needs more than the body pitch.</summary>
    public const double TitleLinePitch = 36;

    /// <summary>First-line indent of a paragraph, in characters (house practice: 首行缩进2字符).</summary>
    public const int FirstLineIndentChars = 2;

    /// <summary>The page number's 一字线 sits 7 mm below the type area; the number is indented one character from its side.</summary>
    public const double PageNumberGapMm = 7;

    /// <summary>The 一字线 on each side of the page number: "— 1 —".</summary>
    public static string PageNumberText(int page) => $"— {page} —";

    public static double Mm(double mm) => mm * PointsPerMm;

    /// <summary>The page number goes on the right of odd pages and on the left of even pages.</summary>
    public static bool PageNumberOnRight(int page) => page % 2 == 1;

    /// <summary>
    /// Left margin of a page. Printed double-sided and bound on the left, odd pages have the binding margin on the left and even
    /// pages on the right (mirrored margins); single-sided output keeps it on the left.
    /// </summary>
    public static double LeftMarginMm(int page, bool mirrored) => !mirrored || page % 2 == 1 ? BindingMarginMm : OuterMarginMm;
}
