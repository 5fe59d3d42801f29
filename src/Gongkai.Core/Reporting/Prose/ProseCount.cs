using System.Globalization;
using System.Runtime.CompilerServices;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// A count written in prose: a number (digits, or Chinese numerals) and a count word (件/条/篇/个/项/起/宗/份/例/次),
/// e.g. “225条”, “十二件”, “7700余条” (approximate). Ordinals (第一条), dates and percentages are not counts.
/// </summary>
// A value: a sentence's counts are kept in one list the analyser reuses for every sentence.
internal readonly record struct ProseCount(decimal Value, string Unit, bool Approximate, int Start, int End)
{
    /// <summary>
    /// The counts of a sentence, in text order and not overlapping. A hand-written scanner (it replaced a regex, whose generic
    /// search was the largest single cost of a report check); what it takes is, in regex terms,
    /// <c>(约|近|超过|逾|大约|将近)?(?&lt;![第\d.零〇一二两三四五六七八九十百千万])(\d+(\.\d+)?|[零〇一二两三四五六七八九十百千万]+)((?&lt;=\d)[万千])?(余|多)?(件|条|篇|项|起|宗|份|例|次|个(?!工作日|自然日|月|小时|百分点|季度|半月))</c>,
    /// matched leftmost first like the regex it replaced.
    /// </summary>
    public static IReadOnlyList<ProseCount> Scan(ReadOnlySpan<char> sentence)
    {
        var list = new List<ProseCount>();
        Scan(sentence, list);
        return list;
    }

    /// <summary>Appends the counts of <paramref name="sentence"/> to <paramref name="list"/> (as <see cref="Scan(ReadOnlySpan{char})"/> finds them).</summary>
    public static void Scan(ReadOnlySpan<char> sentence, List<ProseCount> list)
    {
        var text = sentence;
        // Every count ends in a count word: most sentences have none.
        if (!ProseCharacters.ContainsCountWord(text)) return;
        int matchedUpTo = 0;
        for (int n = 0; n < text.Length; n++)
        {
            // Jump to the next character a number can start with (most of a sentence is words).
            int skip = ProseCharacters.IndexOfNumberStart(text[n..]);
            if (skip < 0) break;
            n += skip;
            bool digits = char.IsDigit(text[n]);
            // 第一条 is an ordinal, and a number never starts inside another one.
            if (n > 0 && BeforeNumberExcluded(text[n - 1]))
            {
                // Every character of the run of number characters from here follows a digit or numeral, so none starts
                // a number either: go on after the run (one search instead of one per character).
                n = SkipRun(text, n);
                continue;
            }

            int end = n;
            if (digits)
            {
                while (end < text.Length && char.IsDigit(text[end])) end++;
                if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
                    for (end += 2; end < text.Length && char.IsDigit(text[end]); end++) { }
            }
            else
                while (end < text.Length && IsChineseNumeral(text[end])) end++;
            var number = text[n..end];
            int at = end;
            // 万 or 千 after digits (3万件): a magnitude.
            decimal magnitude = 1;
            if (digits && at < text.Length && text[at] is '万' or '千') magnitude = text[at++] == '万' ? 10000 : 1000;
            bool post = at < text.Length && text[at] is '余' or '多';
            if (post) at++;
            if (at >= text.Length || UnitAt(text, at) is not { } unit)
            {
                // No count here; the rest of this run of number characters cannot start one (see above).
                n = SkipRun(text, n);
                continue;
            }

            int start = n;
            bool pre = false;
            if (n - 2 >= matchedUpTo && text[(n - 2)..n] is "超过" or "大约" or "将近") { start = n - 2; pre = true; }
            else if (n - 1 >= matchedUpTo && text[n - 1] is '约' or '近' or '逾') { start = n - 1; pre = true; }

            int matchEnd = at + 1;
            matchedUpTo = matchEnd;
            if (TryValue(number, digits, magnitude, out var value))
                list.Add(new ProseCount(value, unit, pre || post, start, matchEnd));
            n = matchEnd - 1;
        }
    }

    /// <summary>
    /// The index before the first character after <paramref name="n"/> that is no number start (<see cref="ProseCharacters.IsNumberStart"/>), so
    /// that the scan's loop goes on there. Each of the characters skipped follows a digit or a Chinese numeral, which
    /// <see cref="BeforeNumberExcluded"/> excludes as a number's start.
    /// </summary>
    private static int SkipRun(ReadOnlySpan<char> text, int n)
    {
        // Runs are a few characters long: a plain loop, not a search that sets up vectors.
        while (n + 1 < text.Length && ProseCharacters.IsNumberStart(text[n + 1])) n++;
        return n;
    }

    private static bool TryValue(ReadOnlySpan<char> number, bool digits, decimal magnitude, out decimal value)
    {
        if (!digits) return ChineseNumber.TryParse(number.ToString(), out value);
        value = 0;
        // \d also matches other scripts' digits; a number written in them is not read (it cannot be parsed as written).
        long whole = 0;
        bool plain = number.Length <= 18;
        foreach (char c in number)
        {
            if (char.IsAsciiDigit(c)) whole = whole * 10 + (c - '0');
            else if (c == '.') plain = false;
            else return false;
        }
        // Nearly every count is a few ASCII digits: the same value (scale 0) as decimal.TryParse gives, without its buffers.
        if (plain)
        {
            value = whole;
            // At most 18 digits: no overflow without a magnitude, and no decimal division to find that out.
            if (magnitude == 1) return true;
            if (value > decimal.MaxValue / magnitude) return false;
            value *= magnitude;
            return true;
        }
        return TryParseDecimal(number, magnitude, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryParseDecimal(ReadOnlySpan<char> number, decimal magnitude, out decimal value)
    {
        // A run of digits too long for a decimal is no count a report states (the regex this replaced threw on it).
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || value > decimal.MaxValue / magnitude)
            return false;
        value *= magnitude;
        return true;
    }

    /// <summary>The count word at <paramref name="at"/>; 个 is none before 工作日/月/小时… (“在5个工作日内答复”).</summary>
    private static string? UnitAt(ReadOnlySpan<char> text, int at)
    {
        switch (text[at])
        {
            case '件': return "件";
            case '条': return "条";
            case '篇': return "篇";
            case '项': return "项";
            case '起': return "起";
            case '宗': return "宗";
            case '份': return "份";
            case '例': return "例";
            case '次': return "次";
            case '个':
                var after = text[(at + 1)..];
                foreach (var word in NotCountedAfter)
                    if (after.StartsWith(word, StringComparison.Ordinal)) return null;
                return "个";
            default: return null;
        }
    }

    private static readonly string[] NotCountedAfter = ["工作日", "自然日", "月", "小时", "百分点", "季度", "半月"];

    /// <summary>零〇一二两三四五六七八九十百千万 (compared as constants: cheaper per character than a probabilistic map).</summary>
    internal static bool IsChineseNumeral(char c) =>
        c is '零' or '〇' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万';

    private static bool BeforeNumberExcluded(char c) => c is '第' or '.' || char.IsDigit(c) || IsChineseNumeral(c);

}
