using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The one-search label finders against searching each key on its own.</summary>
public class LabelSearchTests
{
    [Fact]
    public void FindAnchored_OnTextsOfHeadingsAndTheirPieces_FindsWhatSearchingEachVariantFinds()
    {
        var keys = SectionLocator.HeadingKeysOf(ReportLayout.F2021);
        var anchors = SectionLocator.HeadingAnchorsOf(ReportLayout.F2021)!;
        // The sections with variants (四 and 五) are the ones searched through their anchor.
        int[] anchored = [.. Enumerable.Range(0, keys.Length).Where(s => anchors[s] is not null)];
        Assert.NotEmpty(anchored);
        var random = new Random(11);
        string[] numberings = ["", "四、", "（四）", "(4)", "四.", "4、", "四", "4", "14", "五、", "（五）", "5.", "五", "三、", "四)", "四:"];
        const string filler = "行政诉讼复议主要问题及改进情况政府信息公开申请因被提起存在的和,、|  \n0123";
        for (int round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            int pieces = random.Next(0, 8);
            for (int p = 0; p < pieces; p++)
            {
                int gap = random.Next(0, 12);
                for (int k = 0; k < gap; k++) builder.Append(filler[random.Next(filler.Length)]);
                var section = keys[anchored[random.Next(anchored.Length)]];
                string core = section[random.Next(section.Length)].Core;
                // Whole keys, and cut ones (a key torn or cut short must not be taken).
                if (random.Next(4) == 0) core = core[..random.Next(1, core.Length)];
                else if (random.Next(6) == 0) core = core[random.Next(1, core.Length)..];
                builder.Append(numberings[random.Next(numberings.Length)]).Append(core);
            }
            using var doc = new TextDocument(builder.ToString());
            foreach (int s in anchored)
                for (int from = 0; from <= doc.CompactLength; from += 1 + random.Next(9))
                {
                    var expected = SectionLocator.FindEach(doc, keys[s], from);
                    var actual = SectionLocator.FindAnchored(doc, keys[s], anchors[s]!, from);
                    Assert.True(expected == actual, $"section {s + 1} from {from}: {expected} vs {actual} in \"{doc.Compact.ToString()}\"");
                }
        }
    }

    [Fact]
    public void HeadingAnchors_AreHeldByEveryKeyOfTheirSection()
    {
        var keys = SectionLocator.HeadingKeysOf(ReportLayout.F2021);
        var anchors = SectionLocator.HeadingAnchorsOf(ReportLayout.F2021)!;
        for (int s = 0; s < keys.Length; s++)
        {
            if (keys[s].Length < 2) { Assert.Null(anchors[s]); continue; }
            var anchor = Assert.IsType<SectionLocator.HeadingAnchor>(anchors[s]);
            for (int k = 0; k < keys[s].Length; k++)
                Assert.Equal(keys[s][k].Core.IndexOf(anchor.Text, StringComparison.Ordinal), anchor.Offsets[k]);
            Assert.All(anchor.Offsets, o => Assert.True(o >= 0));
        }
    }

    [Fact]
    public void GroupLabelSearch_ThroughTheCore_FindsTheEarliestKeyAsSearchingEachKeyDoes()
    {
        // The three keys of each group label of table 三, as RequestTableReader makes them.
        var groups = ReportLayout.F2021.RequestRows.Concat(ReportLayout.F2019.RequestRows).Where(r => !r.HasCells)
            .Select(g =>
            {
                var key = LabelKey.Of(g.Label);
                string full = (key.Numeral is null ? "" : $"({key.Numeral})") + key.Core;
                string[] keys = [TextNormaliser.LabelKey(g.Label), full, key.Core];
                return (Keys: keys, key.Core, Offsets: keys.Select(k => k.IndexOf(key.Core, StringComparison.Ordinal)).ToArray());
            }).ToArray();
        var random = new Random(12);
        const string filler = "(),.三四五六本年度办理结果不予公开无法提供处理其他 1";
        for (int round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            int pieces = random.Next(0, 8);
            for (int p = 0; p < pieces; p++)
            {
                int gap = random.Next(0, 6);
                for (int k = 0; k < gap; k++) builder.Append(filler[random.Next(filler.Length)]);
                var group = groups[random.Next(groups.Length)];
                string key = group.Keys[random.Next(group.Keys.Length)];
                if (random.Next(5) == 0) key = key[random.Next(key.Length)..];
                builder.Append(key);
            }
            string text = builder.ToString();
            foreach (var group in groups)
                for (int from = 0; from <= text.Length + 1; from += 1 + random.Next(5))
                    Assert.True(RequestTableReader.FindFrom(text, group.Keys, from) == RequestTableReader.FindFrom(text, group.Keys, group.Core, group.Offsets, from),
                        $"{group.Core} from {from} in \"{text}\"");
        }
    }
}
