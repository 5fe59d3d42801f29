using System.Globalization;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Rendering.Print;

/// <summary>How a printed data cell is marked: as written, not read by a reader, or read several ways.</summary>
public enum CellMark
{
    None,
    /// <summary>The cell was not read: printed empty on a grey ground (never as an invented zero).</summary>
    NotRead,
    /// <summary>The reader found several candidate values: printed empty on a yellow ground, candidates listed under the table.</summary>
    Ambiguous,
}

/// <summary>Marks of data cells and the notes printed under a table that explain them.</summary>
public static class CellMarks
{
    /// <summary>Grey ground of a cell that was not read (RGB hex).</summary>
    public const string NotReadFill = "D9D9D9";

    /// <summary>Yellow ground of a cell whose value could not be decided (RGB hex).</summary>
    public const string AmbiguousFill = "FFF2CC";

    public static CellMark Of(GridCell cell) =>
        cell.Role != GridCellRole.Data || cell.Value is not null ? CellMark.None
        : cell.Candidates is not null ? CellMark.Ambiguous
        : CellMark.NotRead;

    /// <summary>The notes to print under a table, or none when every cell is as written.</summary>
    public static IReadOnlyList<string> Notes(TableGrid grid)
    {
        var cells = grid.DataCells.ToList();
        var notes = new List<string>();
        if (cells.Any(c => Of(c) == CellMark.NotRead)) notes.Add("注：灰底单元格未能读取。");
        foreach (var cell in cells.Where(c => Of(c) == CellMark.Ambiguous))
        {
            var candidates = string.Join("、", cell.Candidates!.Select(v => v.ToString(CultureInfo.InvariantCulture)));
            notes.Add($"注：黄底单元格 {cell.CellId} 的数值无法确定，候选值：{candidates}。");
        }
        return notes;
    }
}
