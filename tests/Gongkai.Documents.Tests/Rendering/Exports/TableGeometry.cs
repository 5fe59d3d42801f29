using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>Checks where a PDF puts the cells of tables 三 and 四, from the glyph positions of the lines found in reading order.</summary>
internal static class TableGeometry
{
    // Centred texts of one column: the centres of a head and of a value differ by rounding and glyph side bearings only.
    private const double CentreTolerance = 2.5;

    /// <summary>
    /// Table 三: each data row's seven values share one baseline, run left to right after the row label, and — on the page where
    /// the head was first printed — stand centred under their column heads; 申请人情况 is centred over all seven columns and
    /// 法人或其他组织 over its five.
    /// </summary>
    public static void AssertRequestTable(List<FoundLine> found)
    {
        var rows = found.Where(f => f.Line.Table == ReportTable.Requests).ToList();
        var head = rows.Take(3).ToList();
        var columnHeads = new[] { head[1].Tokens[0], head[2].Tokens[0], head[2].Tokens[1], head[2].Tokens[2], head[2].Tokens[3], head[2].Tokens[4], head[1].Tokens[2] };
        int headPage = columnHeads[0][0].Page;
        var columnCentres = columnHeads.Select(Centre).ToArray();

        Assert.Equal((columnCentres[0] + columnCentres[6]) / 2, Centre(head[0].Tokens[1]), CentreTolerance);
        Assert.Equal((columnCentres[1] + columnCentres[5]) / 2, Centre(head[1].Tokens[1]), CentreTolerance);

        foreach (var row in rows.Skip(3))
        {
            var values = row.Tokens.TakeLast(7).ToList();
            var label = row.Tokens[^8];
            double baseline = values[0][0].Baseline;
            Assert.All(values, v => Assert.All(v, g => Assert.Equal(baseline, g.Baseline, 0.5)));
            Assert.True(label.Max(g => g.Right) <= values[0].Min(g => g.Left), $"{row.Line.What}: a value stands left of the row label");
            for (int i = 1; i < 7; i++)
                Assert.True(values[i - 1].Max(g => g.Right) < values[i].Min(g => g.Left), $"{row.Line.What}: values not left to right");
            if (values[0][0].Page != headPage) continue;
            for (int i = 0; i < 7; i++) Assert.Equal(columnCentres[i], Centre(values[i]), CentreTolerance);
        }
    }

    /// <summary>Table 四: one line of fifteen values left to right, each under its outcome head; the group heads centred over their columns.</summary>
    public static void AssertAppealTable(List<FoundLine> found)
    {
        var rows = found.Where(f => f.Line.Table == ReportTable.Appeals).ToList();
        var (first, second, third, data) = (rows[0], rows[1], rows[2], rows[3]);
        // Head: 行政复议 | 行政诉讼; 5 outcomes of 行政复议, 未经复议直接起诉, 复议后起诉; 10 outcomes of 行政诉讼.
        var outcomeHeads = second.Tokens.Take(5).Concat(third.Tokens).ToList();
        Assert.Equal(15, outcomeHeads.Count);
        Assert.Equal(15, data.Tokens.Count);
        double baseline = data.Tokens[0][0].Baseline;
        for (int i = 0; i < 15; i++)
        {
            Assert.All(data.Tokens[i], g => Assert.Equal(baseline, g.Baseline, 0.5));
            Assert.Equal(Centre(outcomeHeads[i]), Centre(data.Tokens[i]), CentreTolerance);
        }
        Assert.Equal((Centre(outcomeHeads[0]) + Centre(outcomeHeads[4])) / 2, Centre(first.Tokens[0]), CentreTolerance);
        Assert.Equal((Centre(outcomeHeads[5]) + Centre(outcomeHeads[14])) / 2, Centre(first.Tokens[1]), CentreTolerance);
        Assert.Equal((Centre(outcomeHeads[5]) + Centre(outcomeHeads[9])) / 2, Centre(second.Tokens[5]), CentreTolerance);
        Assert.Equal((Centre(outcomeHeads[10]) + Centre(outcomeHeads[14])) / 2, Centre(second.Tokens[6]), CentreTolerance);
    }

    private static double Centre(IReadOnlyList<PdfGlyph> glyphs) => (glyphs.Min(g => g.Left) + glyphs.Max(g => g.Right)) / 2;
}
