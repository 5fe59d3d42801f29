using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering;

/// <summary>The stable names of cell kinds used in HTML (data-kind) and JSON (cellKinds).</summary>
internal static class CellKindNames
{
    public const string Number = "number";
    public const string Blank = "blank";
    public const string Dash = "dash";
    public const string NotApplicable = "notApplicable";

    public static string Of(CellKind kind) => kind switch
    {
        CellKind.Blank => Blank,
        CellKind.Dash => Dash,
        CellKind.NotApplicable => NotApplicable,
        _ => Number,
    };

    public static bool TryParse(string? name, out CellKind kind)
    {
        kind = name switch
        {
            Number => CellKind.Number,
            Blank => CellKind.Blank,
            Dash => CellKind.Dash,
            NotApplicable => CellKind.NotApplicable,
            _ => (CellKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
