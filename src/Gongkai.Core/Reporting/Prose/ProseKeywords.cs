using System.Buffers;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// The words that say which quantity a number in prose restates. The keyword nearest before the number wins; of two ending
/// at the same place the longer wins (“予以公开及部分公开42件” is r3.1 + r3.2, not r3.2).
/// </summary>
internal static class ProseKeywords
{
    // A value: one is made for nearly every number read.
    public readonly record struct Hit(ProseQuantity Quantity, int Start, int End);

    // Each entry with words of which every match contains at least one: a range without any of them cannot match, so the
    // entry's matcher is skipped (most numbers have one or two keywords before them, not fifteen). An entry that is a single
    // word (Literal) needs no matcher: its last occurrence is its last match. Keep the words in step with the matchers below.
    private static readonly (ProseQuantity Quantity, string[] Anchors, bool Literal)[] Table =
    [
        (ProseQuantity.CarriedIn, ["结转", "上年遗留"], false),
        (ProseQuantity.CarriedOut, ["结转", "转入下", "尚未办结", "正在办理", "仍在办理"], false),
        (ProseQuantity.Received, ["新收", "收到", "接收", "接到", "受理"], false),
        (ProseQuantity.Concluded, ["办结", "办理完毕", "已办理", "答复"], false),
        (ProseQuantity.DisclosedOrPartlyDisclosed, ["部分公开"], false),
        (ProseQuantity.Disclosed, ["予以公开", "同意公开", "全部公开"], false),
        (ProseQuantity.PartlyDisclosed, ["部分公开"], true),
        (ProseQuantity.Withheld, ["不予公开"], true),
        (ProseQuantity.CannotProvide, ["无法提供"], true),
        (ProseQuantity.NotProcessed, ["不予处理"], true),
        (ProseQuantity.OtherHandling, ["其他处理"], true),
        (ProseQuantity.ReconsiderationAndLitigation, ["行政诉讼"], false),
        (ProseQuantity.Reconsideration, ["行政复议"], true),
        (ProseQuantity.Litigation, ["行政诉讼"], true),
        (ProseQuantity.ProactiveItems, ["主动公开", "公布", "发布"], false),
    ];

    /// <summary>Every anchor word with the index of its entry in <see cref="Table"/>, for the one pass of <see cref="Last"/>.</summary>
    private static readonly (string Word, int Entry)[] Anchors =
        [.. Table.SelectMany((entry, index) => entry.Anchors.Select(word => (word, index)))];

    /// <summary>The distinct first characters of the anchor words, and per character its anchors (in <see cref="Anchors"/> order).</summary>
    private static readonly string AnchorStartChars = new([.. Anchors.Select(a => a.Word[0]).Distinct()]);

    /// <summary>
    /// The anchors by first character in a small open-addressed table (slot = character mod 128, then the next slots):
    /// looked up only for characters whose bit is set in <see cref="AnchorStartBits"/>, so the search always ends. It
    /// replaced a string search for the character's position per candidate character.
    /// </summary>
    private static readonly (char Start, (string Word, int Entry)[] Anchors)[] AnchorSlots = AnchorSlotsOf();

    private const int SlotMask = 127;

    private static (char, (string, int)[])[] AnchorSlotsOf()
    {
        var slots = new (char Start, (string, int)[] Anchors)[SlotMask + 1];
        foreach (char c in AnchorStartChars)
        {
            int slot = c & SlotMask;
            while (slots[slot].Anchors is not null) slot = (slot + 1) & SlotMask;
            slots[slot] = (c, Anchors.Where(a => a.Word[0] == c).ToArray());
        }
        return slots;
    }

    private static (string Word, int Entry)[] AnchorsStartingWith(char c)
    {
        var slots = AnchorSlots;
        int slot = c & SlotMask;
        while (slots[slot].Start != c) slot = (slot + 1) & SlotMask;
        return slots[slot].Anchors;
    }

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
            foreach (var (word, entry) in AnchorsStartingWith(c))
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
            var (quantity, anchors, literal) = Table[e];
            if (literal)
            {
                // A word that cannot overlap itself: its last occurrence is the last of the regex's matches.
                Consider(quantity, from + lastStart[e], from + lastStart[e] + anchors[0].Length);
                continue;
            }
            // Matches do not overlap and come in text order: the last one ends last. The range is the whole input, as with
            // the regex's Match(text, from, length): look-behinds see nothing before it.
            if (LastMatch(quantity, range) is { } m) Consider(quantity, from + m.Start, from + m.Start + m.Length);
        }
        return found ? new Hit(bestQuantity, bestStart, bestEnd) : null;

        void Consider(ProseQuantity quantity, int start, int end)
        {
            if (found && !(end > bestEnd || (end == bestEnd && start < bestStart))) return;
            (found, bestQuantity, bestStart, bestEnd) = (true, quantity, start, end);
        }
    }

    /// <summary>
    /// The last of the matches a left-to-right regex search of <paramref name="quantity"/>'s pattern finds in
    /// <paramref name="range"/> (each search going on after the previous match), or null.
    /// </summary>
    internal static (int Start, int Length)? LastMatch(ProseQuantity quantity, ReadOnlySpan<char> range)
    {
        (int Start, int Length)? last = null;
        var starts = MatchStarts[(int)quantity]!;
        for (int i = range.IndexOfAny(starts); i >= 0;)
        {
            int length = MatchAt(quantity, range, i);
            if (length > 0) last = (i, length);
            int next = i + Math.Max(length, 1);
            int skip = next < range.Length ? range[next..].IndexOfAny(starts) : -1;
            i = skip < 0 ? -1 : next + skip;
        }
        return last;
    }

    /// <summary>Per quantity with a pattern, the characters its matches can start with: only there is a match tried.</summary>
    private static readonly SearchValues<char>?[] MatchStarts = MatchStartsOf(new()
    {
        [ProseQuantity.CarriedIn] = "上结去",
        [ProseQuantity.CarriedOut] = "结转尚正仍",
        [ProseQuantity.Received] = "新收接受",
        [ProseQuantity.Concluded] = "办已答",
        [ProseQuantity.DisclosedOrPartlyDisclosed] = "予公",
        [ProseQuantity.Disclosed] = "予同全",
        [ProseQuantity.ReconsiderationAndLitigation] = "行",
        [ProseQuantity.ProactiveItems] = "主公发",
    });

    private static SearchValues<char>?[] MatchStartsOf(Dictionary<ProseQuantity, string> starts)
    {
        var byQuantity = new SearchValues<char>?[Enum.GetValues<ProseQuantity>().Length];
        foreach (var (quantity, characters) in starts) byQuantity[(int)quantity] = SearchValues.Create(characters);
        return byQuantity;
    }

    /// <summary>
    /// The length of the match of <paramref name="quantity"/>'s pattern starting at <paramref name="i"/>, or 0. Written out
    /// instead of regular expressions (a regex call per entry and number was most of the keyword search); each case gives
    /// the pattern in its comment, with the alternatives tried in the pattern's order. Optional parts are taken when
    /// present: in these patterns the match can never succeed by leaving a present optional part out.
    /// </summary>
    private static int MatchAt(ProseQuantity quantity, ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        var before = s[..i];
        switch (quantity)
        {
            case ProseQuantity.CarriedIn:
                // 上一?年度?结转|结转上一?年度?|上年遗留|去年结转
                if (rest.StartsWith('上'))
                {
                    int j = Optional(rest, 1, '一');
                    if (At(rest, j, '年'))
                    {
                        j = Optional(rest, j + 1, '度');
                        if (rest[j..].StartsWith("结转", StringComparison.Ordinal)) return j + 2;
                    }
                }
                if (rest.StartsWith("结转上", StringComparison.Ordinal))
                {
                    int j = Optional(rest, 3, '一');
                    if (At(rest, j, '年')) return Optional(rest, j + 1, '度');
                }
                if (rest.StartsWith("上年遗留", StringComparison.Ordinal) || rest.StartsWith("去年结转", StringComparison.Ordinal)) return 4;
                return 0;
            case ProseQuantity.CarriedOut:
                // 结转(?:至|到)?下一?年度?|结转(?:至|到)\d{4}年度?|转入下一?年度?|尚未办结|正在办理|仍在办理
                if (rest.StartsWith("结转", StringComparison.Ordinal))
                {
                    bool to = At(rest, 2, '至') || At(rest, 2, '到');
                    int j = to ? 3 : 2;
                    if (At(rest, j, '下') && NextYear(rest, j + 1) is var n and > 0) return n;
                    if (to && rest.Length >= 8 && char.IsDigit(rest[3]) && char.IsDigit(rest[4]) && char.IsDigit(rest[5]) && char.IsDigit(rest[6])
                        && rest[7] == '年')
                        return Optional(rest, 8, '度');
                }
                if (rest.StartsWith("转入下", StringComparison.Ordinal) && NextYear(rest, 3) is var m and > 0) return m;
                if (rest.StartsWith("尚未办结", StringComparison.Ordinal) || rest.StartsWith("正在办理", StringComparison.Ordinal)
                    || rest.StartsWith("仍在办理", StringComparison.Ordinal))
                    return 4;
                return 0;
            case ProseQuantity.Received:
                // 新收|(?<!未|没有)收到|(?<!未)接收|(?<!未|没有)接到|(?<!不予|未|不)受理
                if (rest.StartsWith("新收", StringComparison.Ordinal)) return 2;
                if (rest.StartsWith("收到", StringComparison.Ordinal) && !before.EndsWith('未') && !before.EndsWith("没有", StringComparison.Ordinal)) return 2;
                if (rest.StartsWith("接收", StringComparison.Ordinal) && !before.EndsWith('未')) return 2;
                if (rest.StartsWith("接到", StringComparison.Ordinal) && !before.EndsWith('未') && !before.EndsWith("没有", StringComparison.Ordinal)) return 2;
                // 不予 ends in 予, so (?<!不予|未|不) is: not after 不予, 未 or 不.
                if (rest.StartsWith("受理", StringComparison.Ordinal) && !before.EndsWith("不予", StringComparison.Ordinal) && !before.EndsWith('未')
                    && !before.EndsWith('不'))
                    return 2;
                return 0;
            case ProseQuantity.Concluded:
                // 办结|办理完毕|已办理|(?<!延期|延长)答复
                if (rest.StartsWith("办结", StringComparison.Ordinal)) return 2;
                if (rest.StartsWith("办理完毕", StringComparison.Ordinal)) return 4;
                if (rest.StartsWith("已办理", StringComparison.Ordinal)) return 3;
                if (rest.StartsWith("答复", StringComparison.Ordinal) && !before.EndsWith("延期", StringComparison.Ordinal)
                    && !before.EndsWith("延长", StringComparison.Ordinal))
                    return 2;
                return 0;
            case ProseQuantity.DisclosedOrPartlyDisclosed:
            {
                // (?:予以)?公开(?:及|和|与|、)部分公开
                int j = rest.StartsWith("予以", StringComparison.Ordinal) ? 2 : 0;
                if (!rest[j..].StartsWith("公开", StringComparison.Ordinal) || rest.Length < j + 7 || rest[j + 2] is not ('及' or '和' or '与' or '、')) return 0;
                return rest[(j + 3)..].StartsWith("部分公开", StringComparison.Ordinal) ? j + 7 : 0;
            }
            case ProseQuantity.Disclosed:
                // 予以公开|同意公开|全部公开
                return rest.StartsWith("予以公开", StringComparison.Ordinal) || rest.StartsWith("同意公开", StringComparison.Ordinal)
                    || rest.StartsWith("全部公开", StringComparison.Ordinal) ? 4 : 0;
            case ProseQuantity.ReconsiderationAndLitigation:
            {
                // 行政复议(?:案件)?(?:和|及|与|、|或)行政诉讼
                if (!rest.StartsWith("行政复议", StringComparison.Ordinal)) return 0;
                int j = rest[4..].StartsWith("案件", StringComparison.Ordinal) ? 6 : 4;
                if (rest.Length < j + 5 || rest[j] is not ('和' or '及' or '与' or '、' or '或')) return 0;
                return rest[(j + 1)..].StartsWith("行政诉讼", StringComparison.Ordinal) ? j + 5 : 0;
            }
            case ProseQuantity.ProactiveItems:
                // 主动公开|公布|发布
                if (rest.StartsWith("主动公开", StringComparison.Ordinal)) return 4;
                return rest.StartsWith("公布", StringComparison.Ordinal) || rest.StartsWith("发布", StringComparison.Ordinal) ? 2 : 0;
            default:
                throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "a literal entry has no pattern to match");
        }
    }

    private static bool At(ReadOnlySpan<char> s, int j, char c) => j < s.Length && s[j] == c;

    /// <summary>The index after an optional <paramref name="c"/> at <paramref name="j"/>.</summary>
    private static int Optional(ReadOnlySpan<char> s, int j, char c) => At(s, j, c) ? j + 1 : j;

    /// <summary>After 下: <c>一?年度?</c> — the end of the match, or 0 without 年.</summary>
    private static int NextYear(ReadOnlySpan<char> s, int j)
    {
        j = Optional(s, j, '一');
        return At(s, j, '年') ? Optional(s, j + 1, '度') : 0;
    }

    /// <summary>The totals of table 三 and table 四 themselves (and the proactive item count), as opposed to their parts (outcomes).</summary>
    public static bool IsHeadline(ProseQuantity q) => q is ProseQuantity.Received or ProseQuantity.CarriedIn or ProseQuantity.Concluded
        or ProseQuantity.CarriedOut or ProseQuantity.Reconsideration or ProseQuantity.Litigation
        or ProseQuantity.ReconsiderationAndLitigation or ProseQuantity.ProactiveItems;

    public static bool IsAppeal(ProseQuantity q) =>
        q is ProseQuantity.Reconsideration or ProseQuantity.Litigation or ProseQuantity.ReconsiderationAndLitigation;
}
