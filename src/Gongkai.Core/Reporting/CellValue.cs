using System.Globalization;

namespace Gongkai.Core.Reporting;

/// <summary>How a cell was filled. A cell that was not read at all is absent from the report, never a value.</summary>
public enum CellKind
{
    /// <summary>A number.</summary>
    Number,
    /// <summary>The cell exists but is blank. Not a zero.</summary>
    Blank,
    /// <summary>A dash or slash ("/", "—", "-", "——").</summary>
    Dash,
    /// <summary>The words 不适用 / 无 written instead of a number.</summary>
    NotApplicable,
}

/// <summary>
/// One table cell as stated. 0, a blank cell, a dash and 不适用 stay distinct, because a check
/// on a blank cell must say the cell is blank rather than compute with an invented zero.
/// </summary>
public readonly record struct CellValue(CellKind Kind, decimal Number, string? Text)
{
    public static CellValue Of(decimal n) => new(CellKind.Number, n, null);
    public static readonly CellValue Blank = new(CellKind.Blank, 0, "");
    public static CellValue DashOf(string text) => new(CellKind.Dash, 0, text);
    public static CellValue NotApplicableOf(string text) => new(CellKind.NotApplicable, 0, text);

    public bool IsNumber => Kind == CellKind.Number;

    /// <summary>The number, or null when the cell holds no number.</summary>
    public decimal? AsNumber => IsNumber ? Number : null;

    public override string ToString() => Kind switch
    {
        CellKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        CellKind.Blank => "",
        _ => Text ?? "",
    };
}
