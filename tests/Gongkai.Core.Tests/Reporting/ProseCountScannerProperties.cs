using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The hand-written count scanner (ProseCount.Scan) finds exactly the counts the regular expression it replaced found — same
/// values, units, approximation marks and positions — on text made of the pieces that decide a count: digits, Chinese
/// numerals, count words, 个 before a time unit, 第, approximation words, magnitudes and decimal points.
/// </summary>
public class ProseCountScannerProperties
{
    private static readonly Regex Reference = new(
        @"(?<pre>约|近|超过|逾|大约|将近)?(?<![第\d.零〇一二两三四五六七八九十百千万])(?<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)(?<mag>(?<=\d)[万千])?(?<post>余|多)?(?<unit>件|条|篇|项|起|宗|份|例|次|个(?!工作日|自然日|月|小时|百分点|季度|半月))");

    private static readonly string[] Pieces =
    [
        "0", "1", "2", "7", "12", "305", ".", "5.5", "一", "二", "两", "十", "百", "千", "万", "零", "〇", "三十五",
        "件", "条", "篇", "项", "起", "宗", "份", "例", "次", "个", "个工作日", "个月", "个小时", "个百分点",
        "第", "约", "近", "超过", "逾", "大约", "将近", "余", "多", "收到申请", "，", "、", "年", "%", "其中", "a",
    ];

    [Property(MaxTest = 1000)]
    public bool Scan_FindsWhatTheReferencePatternFinds(int[] picks)
    {
        string text = string.Concat((picks ?? []).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));
        var expected = Reference.Matches(text)
            .Select(m => ExpectedCount(m))
            .OfType<(decimal, string, bool, int, int)>()
            .ToList();
        var actual = ProseCount.Scan(text).Select(c => (c.Value, c.Unit, c.Approximate, c.Start, c.End)).ToList();
        return expected.SequenceEqual(actual);
    }

    [Fact]
    public void Scan_WhenDigitsOverflowADecimal_SkipsThemInsteadOfFailing()
    {
        var counts = ProseCount.Scan(new string('9', 40) + "件，3件");

        Assert.Equal([3m], counts.Select(c => c.Value));
    }

    [Fact]
    public void Scan_ReadsApproximateMagnitudesAndSkipsOrdinalsAndTimeUnits()
    {
        var counts = ProseCount.Scan("第一条规定，约3万余件，5个工作日内，十二个，2.5条");

        Assert.Equal([(30000m, "件", true), (12m, "个", false), (2.5m, "条", false)], counts.Select(c => (c.Value, c.Unit, c.Approximate)));
    }

    private static (decimal, string, bool, int, int)? ExpectedCount(Match m)
    {
        string number = m.Groups["num"].Value;
        decimal value;
        if (char.IsAsciiDigit(number[0]))
        {
            // Too many digits for a decimal: not a count (the scanner skips it rather than fail the whole check).
            decimal magnitude = m.Groups["mag"].Value switch { "万" => 10000, "千" => 1000, _ => 1 };
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || value > decimal.MaxValue / magnitude)
                return null;
            value *= magnitude;
        }
        else if (!ChineseNumber.TryParse(number, out value)) return null;
        return (value, m.Groups["unit"].Value, m.Groups["pre"].Success || m.Groups["post"].Success, m.Index, m.Index + m.Length);
    }
}
