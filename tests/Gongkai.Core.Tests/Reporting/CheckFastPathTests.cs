using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The checks' fast paths against the general routines they stand in for: the arithmetic identities decided in one flat
/// pass over whole numbers, and the short backward searches for clause breaks and part-label cuts. Seeded generators, so a
/// failure repeats; each test also asserts that both outcomes occurred, so it can fail.
/// </summary>
public class CheckFastPathTests
{
    [Fact]
    public void FlatWholePass_DecidesAsEachIdentityDoes()
    {
        var rng = new Random(1511);
        int holding = 0, broken = 0;
        for (int n = 0; n < 3000; n++)
        {
            var report = SampleReports.Consistent(rng, rng.Next(3) == 0 ? ReportFormat.F2019 : ReportFormat.F2021, rng.NextDouble());
            var cells = report.Layout.Cells.Where(c => c.Table != ReportTable.Proactive).ToList();
            for (int changes = rng.Next(4); changes > 0; changes--)
            {
                var cell = cells[rng.Next(cells.Count)];
                decimal number = report.Number(cell.Id) ?? 0;
                switch (rng.Next(8))
                {
                    case 0: report.Set(cell.Id, number + rng.Next(1, 5)); break;
                    case 1: report.Set(cell.Id, number + 0.5m); break;
                    case 2: report.Set(cell.Id, number * 1.0m); break; // the same number with a scale: not a whole one
                    case 3: report.Set(cell.Id, CellValue.Blank); break;
                    case 4: report.Set(cell.Id, CellValue.DashOf("—")); break;
                    case 5: report.Unset(cell.Id); break;
                    case 6: report.Set(cell.Id, -number - 1); break;
                    default: report.Set(cell.Id, (1L << 51) + number); break; // beyond the longs kept as whole numbers
                }
            }
            var identities = ArithmeticRules.Identities(report.Format);

            bool flat = ArithmeticRules.AllHoldOrSkipped(report);

            Assert.Equal(ArithmeticRules.AllHoldOrSkipped(report, identities), flat);
            Assert.Equal(identities.All(i => i.Evaluate(report).State is IdentityState.Holds or IdentityState.Skipped), flat);
            if (flat) holding++; else broken++;
        }
        Assert.True(holding > 300 && broken > 300, $"{holding} holding, {broken} broken");
    }

    private static readonly string[] Pieces =
        ["政府信息", "公开", "申请", "12", "件", "，", ",", "；", ";", "：", ":", "（", "）", "(", ")", "【", "】", "、", "。", "其中", "a"];

    private static string RandomText(Random rng, int pieces, int breakWeight)
    {
        var text = new System.Text.StringBuilder();
        for (int k = 0; k < pieces; k++)
            // Long stretches without a break now and then, beyond the backward loops' reach.
            text.Append(Pieces[rng.Next(breakWeight) == 0 ? rng.Next(Pieces.Length) : rng.Next(3)]);
        return text.ToString();
    }

    [Fact]
    public void ClauseStart_IsAfterTheLastClauseBreakBeforeTheIndex()
    {
        var rng = new Random(1512);
        int inShort = 0, inLong = 0;
        for (int n = 0; n < 4000; n++)
        {
            string text = RandomText(rng, rng.Next(0, 60), 1 + rng.Next(40));
            for (int index = 0; index <= text.Length; index++)
            {
                int expected = text.AsSpan(0, index).LastIndexOfAny("，,；;：:（）()【】") + 1;
                Assert.Equal(expected, ProseText.ClauseStart(text, index));
                if (index - expected > 48) inLong++; else inShort++;
            }
        }
        Assert.True(inShort > 1000 && inLong > 1000, $"{inShort} short, {inLong} long");
    }

    [Fact]
    public void LastLabelCut_IsTheLastCutCharacter()
    {
        var rng = new Random(1513);
        int found = 0, beyond = 0, none = 0;
        for (int n = 0; n < 20000; n++)
        {
            string gap = RandomText(rng, rng.Next(0, 40), 1 + rng.Next(60));
            int expected = gap.AsSpan().LastIndexOfAny("，,；;：:（(）)");
            Assert.Equal(expected, ProseAnalyzer.LastLabelCut(gap));
            if (expected < 0) none++; else if (gap.Length - expected > 32) beyond++; else found++;
        }
        Assert.True(found > 1000 && beyond > 100 && none > 1000, $"{found} found, {beyond} beyond the loop, {none} none");
    }
}
