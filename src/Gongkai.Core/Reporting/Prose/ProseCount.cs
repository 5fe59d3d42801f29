using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// A count written in prose: a number (digits, or Chinese numerals) and a count word (件/条/篇/个/项/起/宗/份/例/次),
/// e.g. “225条”, “十二件”, “7700余条” (approximate). Ordinals (第一条), dates and percentages are not counts.
/// </summary>
internal sealed partial record ProseCount(decimal Value, string Unit, bool Approximate, int Start, int End)
{
    public static IReadOnlyList<ProseCount> Scan(string sentence)
    {
        var list = new List<ProseCount>();
        // Every count ends in a count word: most sentences have none and need no regex pass.
        if (!sentence.AsSpan().ContainsAny(CountWords)) return list;
        foreach (Match m in CountPattern().Matches(sentence))
        {
            if (!TryValue(m.Groups["num"].Value, m.Groups["mag"].Value, out var value)) continue;
            bool approx = m.Groups["pre"].Success || m.Groups["post"].Success;
            list.Add(new ProseCount(value, m.Groups["unit"].Value, approx, m.Index, m.Index + m.Length));
        }
        return list;
    }

    private static bool TryValue(string number, string magnitude, out decimal value)
    {
        if (char.IsAsciiDigit(number[0]))
        {
            value = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            value *= magnitude switch { "万" => 10000, "千" => 1000, _ => 1 };
            return true;
        }
        return ChineseNumber.TryParse(number, out value);
    }

    private static readonly SearchValues<char> CountWords = SearchValues.Create("件条篇项起宗份例次个");

    // 个 is not a count before 工作日/月/小时… (“在5个工作日内答复”); 第 makes an ordinal.
    [GeneratedRegex(@"(?<pre>约|近|超过|逾|大约|将近)?(?<![第\d.零〇一二两三四五六七八九十百千万])(?<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)(?<mag>(?<=\d)[万千])?(?<post>余|多)?(?<unit>件|条|篇|项|起|宗|份|例|次|个(?!工作日|自然日|月|小时|百分点|季度|半月))")]
    private static partial Regex CountPattern();
}
