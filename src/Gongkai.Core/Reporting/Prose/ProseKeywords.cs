using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// The words that say which quantity a number in prose restates. The keyword nearest before the number wins; of two ending
/// at the same place the longer wins (“予以公开及部分公开42件” is r3.1 + r3.2, not r3.2).
/// </summary>
internal static partial class ProseKeywords
{
    public sealed record Hit(ProseQuantity Quantity, int Start, int End);

    // Each pattern with words of which every match contains at least one: a range without any of them cannot match, so the
    // regex call is skipped (most numbers have one or two keywords before them, not fifteen). A pattern that is a single word
    // (Literal) needs no regex at all: its last occurrence is its last match. Keep the words in step with the patterns below.
    private static readonly (ProseQuantity Quantity, Regex Pattern, string[] Anchors, bool Literal)[] Table =
    [
        (ProseQuantity.CarriedIn, CarriedIn(), ["结转", "上年遗留"], false),
        (ProseQuantity.CarriedOut, CarriedOut(), ["结转", "转入下", "尚未办结", "正在办理", "仍在办理"], false),
        (ProseQuantity.Received, Received(), ["新收", "收到", "接收", "接到", "受理"], false),
        (ProseQuantity.Concluded, Concluded(), ["办结", "办理完毕", "已办理", "答复"], false),
        (ProseQuantity.DisclosedOrPartlyDisclosed, DisclosedOrPartly(), ["部分公开"], false),
        (ProseQuantity.Disclosed, Disclosed(), ["予以公开", "同意公开", "全部公开"], false),
        (ProseQuantity.PartlyDisclosed, PartlyDisclosed(), ["部分公开"], true),
        (ProseQuantity.Withheld, Withheld(), ["不予公开"], true),
        (ProseQuantity.CannotProvide, CannotProvide(), ["无法提供"], true),
        (ProseQuantity.NotProcessed, NotProcessed(), ["不予处理"], true),
        (ProseQuantity.OtherHandling, OtherHandling(), ["其他处理"], true),
        (ProseQuantity.ReconsiderationAndLitigation, Both(), ["行政诉讼"], false),
        (ProseQuantity.Reconsideration, Reconsideration(), ["行政复议"], true),
        (ProseQuantity.Litigation, Litigation(), ["行政诉讼"], true),
        (ProseQuantity.ProactiveItems, Proactive(), ["主动公开", "公布", "发布"], false),
    ];

    /// <summary>Every anchor word with the index of its entry in <see cref="Table"/>, for the one pass of <see cref="Last"/>.</summary>
    private static readonly (string Word, int Entry)[] Anchors =
        [.. Table.SelectMany((entry, index) => entry.Anchors.Select(word => (word, index)))];

    /// <summary>The distinct first characters of the anchor words, and per character its anchors (in <see cref="Anchors"/> order).</summary>
    private static readonly string AnchorStartChars = new([.. Anchors.Select(a => a.Word[0]).Distinct()]);

    private static readonly (string Word, int Entry)[][] AnchorsByStart =
        [.. AnchorStartChars.Select(c => Anchors.Where(a => a.Word[0] == c).ToArray())];

    /// <summary>
    /// One bit per character, set for the first characters of the anchor words: an exact test per character. The ranges
    /// searched are a clause or two; a probabilistic map over them stopped on many ideographs that start no anchor.
    /// </summary>
    private static readonly ulong[] AnchorStartBits = AnchorStartBitsOf(AnchorStartChars);

    private static ulong[] AnchorStartBitsOf(string characters)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (char c in characters) bits[c >> 6] |= 1UL << c;
        return bits;
    }

    /// <summary>The keyword in <paramref name="text"/> (from <paramref name="from"/> to <paramref name="to"/>) nearest to its end.</summary>
    public static Hit? Last(ReadOnlySpan<char> text, int from, int to)
    {
        var range = text.Slice(from, to - from);
        // One pass over the range finds which entries have an anchor in it and where each literal word last starts,
        // instead of a search per anchor word (about thirty per number, most of them over the same few characters).
        uint present = 0;
        Span<int> lastStart = stackalloc int[Table.Length];
        var bits = AnchorStartBits;
        for (int i = 0; i < range.Length; i++)
        {
            char c = range[i];
            if ((bits[c >> 6] & (1UL << c)) == 0) continue;
            var rest = range[i..];
            // Only the anchors starting with this character (one or two) are compared.
            foreach (var (word, entry) in AnchorsByStart[AnchorStartChars.IndexOf(c)])
            {
                if (!rest.StartsWith(word, StringComparison.Ordinal)) continue;
                present |= 1u << entry;
                lastStart[entry] = i;
            }
        }
        if (present == 0) return null;

        // The entries in table order, as before: of two hits with the same start and end the first entry's stays.
        bool found = false;
        int bestStart = 0, bestEnd = 0;
        ProseQuantity bestQuantity = default;
        for (int e = 0; e < Table.Length; e++)
        {
            if ((present & (1u << e)) == 0) continue;
            var (quantity, pattern, anchors, literal) = Table[e];
            if (literal)
            {
                // A word that cannot overlap itself: its last occurrence is the last of the regex's matches.
                Consider(quantity, from + lastStart[e], from + lastStart[e] + anchors[0].Length);
                continue;
            }
            // The range is the whole input of the match, as with Match(text, from, length): look-behinds see nothing before it.
            foreach (var m in pattern.EnumerateMatches(range))
                Consider(quantity, from + m.Index, from + m.Index + m.Length);
        }
        return found ? new Hit(bestQuantity, bestStart, bestEnd) : null;

        void Consider(ProseQuantity quantity, int start, int end)
        {
            if (found && !(end > bestEnd || (end == bestEnd && start < bestStart))) return;
            (found, bestQuantity, bestStart, bestEnd) = (true, quantity, start, end);
        }
    }

    /// <summary>The totals of table 三 and table 四 themselves (and the proactive item count), as opposed to their parts (outcomes).</summary>
    public static bool IsHeadline(ProseQuantity q) => q is ProseQuantity.Received or ProseQuantity.CarriedIn or ProseQuantity.Concluded
        or ProseQuantity.CarriedOut or ProseQuantity.Reconsideration or ProseQuantity.Litigation
        or ProseQuantity.ReconsiderationAndLitigation or ProseQuantity.ProactiveItems;

    public static bool IsAppeal(ProseQuantity q) =>
        q is ProseQuantity.Reconsideration or ProseQuantity.Litigation or ProseQuantity.ReconsiderationAndLitigation;

    [GeneratedRegex(@"上一?年度?结转|结转上一?年度?|上年遗留|去年结转")]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"结转(?:至|到)?下一?年度?|结转(?:至|到)\d{4}年度?|转入下一?年度?|尚未办结|正在办理|仍在办理")]
    private static partial Regex CarriedOut();

    [GeneratedRegex(@"新收|(?<!未|没有)收到|(?<!未)接收|(?<!未|没有)接到|(?<!不予|未|不)受理")]
    private static partial Regex Received();

    [GeneratedRegex(@"办结|办理完毕|已办理|(?<!延期|延长)答复")]
    private static partial Regex Concluded();

    [GeneratedRegex(@"(?:予以)?公开(?:及|和|与|、)部分公开")]
    private static partial Regex DisclosedOrPartly();

    [GeneratedRegex(@"予以公开|同意公开|全部公开")]
    private static partial Regex Disclosed();

    [GeneratedRegex(@"部分公开")]
    private static partial Regex PartlyDisclosed();

    [GeneratedRegex(@"不予公开")]
    private static partial Regex Withheld();

    [GeneratedRegex(@"无法提供")]
    private static partial Regex CannotProvide();

    [GeneratedRegex(@"不予处理")]
    private static partial Regex NotProcessed();

    [GeneratedRegex(@"其他处理")]
    private static partial Regex OtherHandling();

    [GeneratedRegex(@"行政复议(?:案件)?(?:和|及|与|、|或)行政诉讼")]
    private static partial Regex Both();

    [GeneratedRegex(@"行政复议")]
    private static partial Regex Reconsideration();

    [GeneratedRegex(@"行政诉讼")]
    private static partial Regex Litigation();

    [GeneratedRegex(@"主动公开|公布|发布")]
    private static partial Regex Proactive();
}
