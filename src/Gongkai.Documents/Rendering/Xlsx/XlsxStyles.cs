using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Rendering.Xlsx;

/// <summary>Horizontal alignment of a styled cell; Wrap adds text wrapping and vertical centring.</summary>
internal enum XlsxAlign
{
    General,
    Left,
    Center,
}

/// <summary>
/// A cell format: font, ground, border, alignment and — for numbers — the decimals to show. <c>default</c> is the workbook's
/// normal format (11 pt when <see cref="FontSize"/> is null).
/// </summary>
internal readonly record struct XlsxStyle(
    bool Bold = false,
    double? FontSize = null,
    string? Fill = null,
    bool Border = false,
    XlsxAlign Align = XlsxAlign.General,
    bool Wrap = false,
    int? Decimals = null);

/// <summary>
/// Builds the workbook's stylesheet from the formats actually used. A number keeps the decimals it was written with
/// (an amount 0.012300 shows as 0.012300) through a number format with that many places.
/// </summary>
internal sealed class XlsxStyles
{
    public const string FontName = "宋体";
    private const uint FirstCustomFormat = 164;
    private const double NormalSize = 11;

    private readonly List<XlsxStyle> _styles = [default];
    private readonly Dictionary<XlsxStyle, uint> _index = new() { [default] = 0 };

    public uint this[XlsxStyle style]
    {
        get
        {
            if (_index.TryGetValue(style, out var i)) return i;
            i = (uint)_styles.Count;
            _styles.Add(style);
            _index[style] = i;
            return i;
        }
    }

    public Stylesheet Build()
    {
        var fonts = _styles.Select(s => (s.Bold, Size: s.FontSize ?? NormalSize)).Distinct().ToList();
        var fills = _styles.Where(s => s.Fill is not null).Select(s => s.Fill!).Distinct().ToList();
        var decimals = _styles.Where(s => s.Decimals > 0).Select(s => s.Decimals!.Value).Distinct().Order().ToList();

        var numberFormats = new NumberingFormats(decimals.Select(d => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormat + (uint)d,
            FormatCode = "0." + new string('0', d),
        }));
        numberFormats.Count = (uint)decimals.Count;

        var fontList = new Fonts(fonts.Select(f =>
        {
            var font = new Font();
            if (f.Bold) font.Append(new Bold());
            font.Append(new FontSize { Val = f.Size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
            return font;
        })) { Count = (uint)fonts.Count };

        // Fills 0 and 1 are reserved by the format (none, gray125).
        var fillList = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var rgb in fills)
            fillList.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }));
        fillList.Count = (uint)(fills.Count + 2);

        BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder())) { Count = 2U };

        var formats = new CellFormats { Count = (uint)_styles.Count };
        foreach (var s in _styles)
        {
            var format = new CellFormat
            {
                FontId = (uint)fonts.IndexOf((s.Bold, s.FontSize ?? NormalSize)),
                FillId = s.Fill is null ? 0U : (uint)(fills.IndexOf(s.Fill) + 2),
                BorderId = s.Border ? 1U : 0U,
                NumberFormatId = s.Decimals > 0 ? FirstCustomFormat + (uint)s.Decimals!.Value : 0U,
                FormatId = 0U,
            };
            if (s.Fill is not null) format.ApplyFill = true;
            if (s.Border) format.ApplyBorder = true;
            if (s.Decimals > 0) format.ApplyNumberFormat = true;
            if (s.Bold || s.FontSize is not null) format.ApplyFont = true;
            if (s.Align != XlsxAlign.General || s.Wrap)
            {
                format.ApplyAlignment = true;
                format.Append(new Alignment
                {
                    Horizontal = s.Align switch { XlsxAlign.Left => HorizontalAlignmentValues.Left, XlsxAlign.Center => HorizontalAlignmentValues.Center, _ => null },
                    Vertical = VerticalAlignmentValues.Center,
                    WrapText = s.Wrap ? true : null,
                });
            }
            formats.Append(format);
        }

        var stylesheet = new Stylesheet();
        if (decimals.Count > 0) stylesheet.Append(numberFormats);
        stylesheet.Append(
            fontList, fillList, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
        return stylesheet;
    }
}
