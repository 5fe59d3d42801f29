using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Rendering.Print;

/// <summary>
/// Column widths of the printed tables, as fractions of the table width (they sum to 1), shared by DOCX and PDF so both
/// print the same columns. Table 三 keeps its numbers in equal narrow columns and gives the rest to the nested row labels;
/// table 四's fifteen numbers share the width equally.
/// </summary>
public static class TableColumnWidths
{
    // Table 三 in millimetres of the 156 mm type area: each data column, the outer group-label column (三、本年度办理结果)
    // and each inner group-label column ((三)不予公开 …). The innermost label column takes what is left.
    private const double RequestDataMm = 11.4;
    private const double RequestOuterLabelMm = 9;
    private const double RequestInnerLabelMm = 19;

    // Table 二: the 信息内容 column is a little wider than the number columns (its labels run to ten characters).
    private const double ProactiveLabelWeight = 1.25;

    public static IReadOnlyList<double> For(TableGrid grid)
    {
        double[] weights = grid.Table switch
        {
            ReportTable.Proactive => [ProactiveLabelWeight, .. Enumerable.Repeat(1.0, grid.ColumnCount - 1)],
            ReportTable.Requests => RequestWeights(grid.ColumnCount),
            _ => [.. Enumerable.Repeat(1.0, grid.ColumnCount)],
        };
        double sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }

    private static double[] RequestWeights(int columnCount)
    {
        int dataColumns = ReportLayout.F2021.RequestColumns.Count;
        int labelColumns = columnCount - dataColumns;
        var weights = new double[columnCount];
        double used = dataColumns * RequestDataMm;
        for (int c = 0; c < labelColumns - 1; c++)
        {
            weights[c] = c == 0 ? RequestOuterLabelMm : RequestInnerLabelMm;
            used += weights[c];
        }
        weights[labelColumns - 1] = PrintLayout.TypeAreaWidthMm - used;
        for (int c = labelColumns; c < columnCount; c++) weights[c] = RequestDataMm;
        return weights;
    }
}
