using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// 文字部分分析: reads from report prose the numbers it states about applications, outcomes and appeals (R8), its denials
/// (“未收到…申请”, “无…行政复议、行政诉讼案件”, R8/R12), what it says about 信息处理费 (R12), and stated totals with their listed
/// parts (P1). Pure and tolerant: spaces, line breaks, full-width digits and Chinese numerals are accepted; a number is only
/// taken when a keyword of its quantity stands before it in the same clause, and numbers about another year, comparisons
/// (同比, 较上年) and approximations (约, 余, 多) are not compared.
/// </summary>
public static partial class ProseAnalyzer
{
    public static ProseAnalysis Analyze(string text, SectionId section, int? year = null)
    {
        var into = ProseAnalysis.Lists();
        AnalyzeInto(text, section, year, breakdownsOnly: false, into);
        return into;
    }

    /// <summary>
    /// Appends what <paramref name="text"/> states to the lists of <paramref name="into"/> (made by the caller as lists), in
    /// the order <see cref="Analyze"/> gives. With <paramref name="breakdownsOnly"/> only the stated totals and their parts
    /// are read: the statements, denials and fees of the sentence are skipped (they depend on nothing the breakdowns use).
    /// </summary>
    internal static void AnalyzeInto(string text, SectionId section, int? year, bool breakdownsOnly, ProseAnalysis into)
    {
        var state = StateFor(section, year, breakdownsOnly, into);
        // Each sentence is read as a span of the normalising buffer: strings are made only for what is kept (quotes, labels).
        ProseText.ForEachNormalizedSentence(text, ref state, ReadSentence);
    }

    /// <summary>
    /// The same, normalising into <paramref name="buffer"/> (at least as long as the text): the checks read three sections
    /// with one rented buffer.
    /// </summary>
    internal static void AnalyzeInto(string text, SectionId section, int? year, bool breakdownsOnly, ProseAnalysis into, Span<char> buffer)
    {
        var state = StateFor(section, year, breakdownsOnly, into);
        ProseText.ForEachNormalizedSentence(text, buffer, ref state, ReadSentence);
    }

    private static SentenceState StateFor(SectionId section, int? year, bool breakdownsOnly, ProseAnalysis into) =>
        new(section, year, breakdownsOnly, (List<ProseStatement>)into.Statements, (List<ApplicationDenial>)into.Denials,
            (List<FeeStatement>)into.Fees, (List<ProseBreakdown>)into.Breakdowns, _scratch ??= new Scratch());

    private readonly record struct SentenceState(SectionId Section, int? Year, bool BreakdownsOnly, List<ProseStatement> Statements,
        List<ApplicationDenial> Denials, List<FeeStatement> Fees, List<ProseBreakdown> Breakdowns, Scratch Scratch);

    /// <summary>
    /// Lists every sentence reuses (cleared before use), one set per thread: a sentence's counts, year mentions and parts
    /// are read and dropped within the sentence, and making new lists for them was a fixed cost of every sentence.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<ProseCount> Counts = [];
        public readonly List<(int End, int Year)> Years = [];
        public readonly List<(ProsePart Part, bool Approximate, bool AfterSemicolon)> Parts = [];
    }

    [ThreadStatic] private static Scratch? _scratch;

    private static void ReadSentence(ReadOnlySpan<char> sentence, ref SentenceState state)
    {
        var scratch = state.Scratch;
        var counts = scratch.Counts;
        counts.Clear();
        ProseCount.Scan(sentence, counts);
        if (!state.BreakdownsOnly)
        {
            // Year mentions matter only for counts; most sentences have none.
            if (counts.Count > 0)
                ReadStatements(sentence, counts, state.Section, state.Year is null ? null : YearMentions(sentence, scratch.Years), state.Year, state.Statements);
            ReadNegations(sentence, state.Section, state.Statements, state.Denials);
            ReadFee(sentence, state.Section, state.Fees);
        }
        ReadBreakdowns(sentence, counts, state.Section, state.Breakdowns, scratch.Parts);
    }

    private static void ReadStatements(ReadOnlySpan<char> sentence, List<ProseCount> counts, SectionId section,
        List<(int End, int Year)>? years, int? year, List<ProseStatement> into)
    {
        int previousEnd = 0;
        foreach (var count in counts)
        {
            int clause = ProseText.ClauseStart(sentence, count.Start);
            int from = Math.Max(previousEnd, clause);
            var hit = ProseKeywords.Last(sentence, from, count.Start);
            // “收到政府信息公开申请，共计81件”: the number's own clause only says 共计, the keyword is in the clause before.
            if (hit is null && from == clause && clause > previousEnd && ProseWords.IsFillerOnly(sentence.Slice(from, count.Start - from)))
            {
                from = Math.Max(previousEnd, ProseText.ClauseStart(sentence, clause - 1));
                hit = ProseKeywords.Last(sentence, from, count.Start);
            }
            previousEnd = count.End;
            if (hit is not { } keyword) continue;

            if (LeadDisqualifies(sentence.Slice(from, keyword.Start - from), sentence.Slice(keyword.End, count.Start - keyword.End))) continue;
            if (!InReportYear(years, count.Start, year)) continue;
            if (!ContextFits(keyword.Quantity, sentence, sentence.Slice(keyword.End, count.Start - keyword.End))) continue;
            into.Add(new ProseStatement(section, keyword.Quantity, count.Value, count.Unit, count.Approximate, false, sentence[keyword.Start..count.End].ToString()));
        }
    }

    /// <summary>
    /// The words before a number without its keyword (<paramref name="before"/> then <paramref name="after"/>, joined)
    /// compare it with another period or name another period. Joined in a buffer, not a string: this runs for every number.
    /// </summary>
    private static bool LeadDisqualifies(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        int length = before.Length + after.Length;
        char[]? rented = length > 256 ? ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> lead = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
        before.CopyTo(lead);
        after.CopyTo(lead[before.Length..]);
        bool disqualifies = ProseWords.ComparesOrNamesAnotherPeriod(lead);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return disqualifies;
    }

    private static bool ContextFits(ProseQuantity quantity, ReadOnlySpan<char> sentence, ReadOnlySpan<char> between) => quantity switch
    {
        // “收到” alone is too common (收到来信, 收到意见): the words up to the number must name an application.
        ProseQuantity.Received => between.Contains("申请", StringComparison.Ordinal),
        ProseQuantity.ProactiveItems => true,
        _ when ProseKeywords.IsAppeal(quantity) => sentence.Contains("公开", StringComparison.Ordinal),
        _ => sentence.Contains("申请", StringComparison.Ordinal),
    };

    /// <summary>False when the last year written before the number (not counting “结转至2026年”) is not the report's year.</summary>
    private static bool InReportYear(List<(int End, int Year)>? years, int index, int? year)
    {
        if (year is null || years is null) return true;
        int last = LastEndingBy(years, index);
        return last < 0 || years[last].Year == year;
    }

    /// <summary>Index of the last mention ending at or before <paramref name="index"/> (mentions are in text order), or −1.</summary>
    private static int LastEndingBy(List<(int End, int Year)> years, int index)
    {
        int lo = 0, hi = years.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (years[mid].End <= index) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return last;
    }

    /// <summary>
    /// Every year mention of the sentence with where it ends, read once per sentence rather than once per number (which made
    /// long sentences quadratic). A mention is five fixed characters ending in 年, so two cannot overlap and the mentions
    /// ending before a number are exactly those a scan of the text up to the number finds.
    /// </summary>
    private static List<(int End, int Year)> YearMentions(ReadOnlySpan<char> sentence, List<(int End, int Year)> years)
    {
        // (19|20)dd年, not after 结转, 结转至 or 结转到: found from each 年 backwards instead of by a regex search.
        years.Clear();
        var text = sentence;
        for (int at = text.IndexOf('年'); at >= 0; at = NextYearCharacter(text, at))
        {
            if (at < 4) continue;
            var digits = text[(at - 4)..at];
            if (!(digits.StartsWith("19") || digits.StartsWith("20")) || !char.IsAsciiDigit(digits[2]) || !char.IsAsciiDigit(digits[3])) continue;
            var before = text[..(at - 4)];
            if (before.EndsWith("结转") || before.EndsWith("结转至") || before.EndsWith("结转到")) continue;
            years.Add((at + 1, (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0')));
        }
        return years;
    }

    private static int NextYearCharacter(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOf('年');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static void ReadNegations(ReadOnlySpan<char> sentence, SectionId section, List<ProseStatement> statements, List<ApplicationDenial> denials)
    {
        // Every negation marker has one of 未, 没 and 无: most sentences have none and need no regex pass.
        if (!sentence.Contains("公开", StringComparison.Ordinal) || !sentence.ContainsAny(NegationCharacters)) return;
        // The markers first (each scope ends at the next one), as index/length pairs of the sentence.
        Span<(int Index, int Length)> found = stackalloc (int, int)[16];
        List<(int Index, int Length)>? more = null;
        int count = 0;
        // Each marker starts with 未, 没 or 无; the search goes on after each marker, as the regex's did.
        for (int at = sentence.IndexOfAny(NegationCharacters); at >= 0;)
        {
            int length = ProseWords.NegationAt(sentence, at);
            if (length > 0)
            {
                if (count < found.Length) found[count] = (at, length);
                else (more ??= [.. found]).Add((at, length));
                count++;
            }
            int next = at + Math.Max(length, 1);
            int skip = sentence[next..].IndexOfAny(NegationCharacters);
            at = skip < 0 ? -1 : next + skip;
        }
        for (int i = 0; i < count; i++)
        {
            var marker = more is null ? found[i] : more[i];
            int limit = i + 1 < count ? (more is null ? found[i + 1] : more[i + 1]).Index : sentence.Length;
            int end = marker.Index + marker.Length;
            while (end < limit && !ProseText.IsClauseBreak(sentence[end]) && !StartsScopeEnd(sentence[end..])) end++;
            var scope = sentence[(marker.Index + marker.Length)..end];
            if (scope.Contains("处理费", StringComparison.Ordinal)) continue;

            // The thing denied is the last of 申请 / 复议 / 诉讼 in the scope: “无因政府信息公开申请引起的行政复议、行政诉讼案件”
            // denies appeals, “未收到…政府信息公开申请情况” denies applications.
            int application = scope.LastIndexOf("申请", StringComparison.Ordinal);
            int reconsideration = scope.LastIndexOf("复议", StringComparison.Ordinal);
            int litigation = scope.LastIndexOf("诉讼", StringComparison.Ordinal);
            if (reconsideration > application || litigation > application)
            {
                string quote = sentence[marker.Index..end].ToString();
                if (reconsideration > application)
                    statements.Add(new ProseStatement(section, ProseQuantity.Reconsideration, 0, "件", false, true, quote));
                if (litigation > application)
                    statements.Add(new ProseStatement(section, ProseQuantity.Litigation, 0, "件", false, true, quote));
            }
            else if (application >= 0)
            {
                var kind = ProseWords.HasReceivingVerb(sentence.Slice(marker.Index, marker.Length)) ? ApplicationDenialKind.NoneReceived : ApplicationDenialKind.NoneAtAll;
                denials.Add(new ApplicationDenial(section, kind, sentence[marker.Index..end].ToString()));
            }
        }
    }

    /// <summary>且, 并且 or 同时 begins another claim: a denial's scope ends there.</summary>
    private static bool StartsScopeEnd(ReadOnlySpan<char> rest) =>
        rest.StartsWith('且') || rest.StartsWith("并且", StringComparison.Ordinal) || rest.StartsWith("同时", StringComparison.Ordinal);

    private static void ReadFee(ReadOnlySpan<char> span, SectionId section, List<FeeStatement> into)
    {
        int at = span.IndexOf("处理费", StringComparison.Ordinal);
        if (at < 0) return;
        // A sentence about the fee is rare and quoted whole: made a string here.
        string sentence = span.ToString();
        if (ProseWords.DeniesFee(span)) { into.Add(new FeeStatement(section, false, null, sentence)); return; }
        var amount = FeeAmount().Match(sentence, at);
        // \d also matches other scripts' digits, and a run of digits may be too long for a decimal: such an amount is not
        // read (it threw before), as with counts (ProseCount).
        decimal multiplier = amount.Success && amount.Groups["u"].Value == "万元" ? 10000 : 1;
        if (amount.Success && decimal.TryParse(amount.Groups["n"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal stated)
            && stated <= decimal.MaxValue / multiplier)
        {
            decimal yuan = stated * multiplier;
            into.Add(new FeeStatement(section, yuan > 0, yuan, sentence));
        }
        else if (FeeCollected().IsMatch(sentence))
            into.Add(new FeeStatement(section, true, null, sentence));
    }

    private static void ReadBreakdowns(ReadOnlySpan<char> sentence, List<ProseCount> counts, SectionId section, List<ProseBreakdown> into,
        List<(ProsePart Part, bool Approximate, bool AfterSemicolon)> parts)
    {
        // A breakdown is a total and at least two parts: three counts at least.
        if (counts.Count < 3) return;
        // Every marker starts with 其, 分, 具 or 包; the search goes on after each marker, as the regex's did.
        for (int markerAt = sentence.IndexOfAny(PartsMarkerStarts), markerLength; markerAt >= 0;
             markerAt = NextIndexOfAny(sentence, markerAt + Math.Max(markerLength, 1), PartsMarkerStarts))
        {
            markerLength = ProseWords.PartsMarkerAt(sentence, markerAt);
            if (markerLength == 0) continue;
            var marker = (Index: markerAt, Length: markerLength);
            var markerText = sentence.Slice(marker.Index, marker.Length);
            int totalAt = LastCountEndingBy(counts, marker.Index);
            if (totalAt < 0) continue;
            var total = counts[totalAt];
            if (!ProseWords.IsJoinOnly(sentence.Slice(total.End, marker.Index - total.End))) continue;
            int previousEnd = totalAt > 0 ? counts[totalAt - 1].End : 0;
            int labelFrom = Math.Max(previousEnd, ProseText.ClauseStart(sentence, total.Start));
            var totalKind = ProseKeywords.Last(sentence, labelFrom, total.Start)?.Quantity;

            parts.Clear();
            decimal sum = 0;
            int cursor = marker.Index + marker.Length;
            // Counts are in text order and do not overlap: the parts are the counts from the first one after the marker on.
            for (int at = totalAt + 1; at < counts.Count; at++)
            {
                var count = counts[at];
                if (count.Start < cursor) continue;
                var gap = sentence.Slice(cursor, count.Start - cursor);
                if (ProseWords.HasListStop(gap)) break;
                var kind = ProseKeywords.Last(sentence, cursor, count.Start)?.Quantity;
                if (kind is { } k && EndsList(k, totalKind)) break;
                parts.Add((new ProsePart(PartLabel(gap), count.Value, count.Unit), count.Approximate, gap.Contains('；') || gap.Contains(';')));
                sum += count.Value;
                cursor = count.End;
            }

            // A list whose first parts already make the total, followed after a semicolon by more numbers, goes on to another
            // statement (“…其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件”): keep the parts that make the total.
            int kept = parts.Count;
            if (sum != total.Value)
            {
                decimal prefix = parts.Count > 1 ? parts[0].Part.Count + parts[1].Part.Count : 0;
                for (int k = 2; k < parts.Count; prefix += parts[k].Part.Count, k++)
                    if (parts[k].AfterSemicolon && prefix == total.Value) { kept = k; sum = prefix; break; }
            }
            if (kept < 2) continue;

            var list = new List<ProsePart>(kept);
            bool approximate = total.Approximate;
            for (int k = 0; k < kept; k++)
            {
                list.Add(parts[k].Part);
                approximate |= parts[k].Approximate;
            }
            bool complete = markerText.EndsWith('：') || markerText.EndsWith(':') || markerText.StartsWith('分') || markerText.StartsWith('具')
                || ProseWords.IsCatchAll(list[^1].Label) || sum > total.Value;
            into.Add(new ProseBreakdown(section, sentence[labelFrom..total.Start].ToString(), total.Value, total.Unit, list, complete,
                approximate, sentence[labelFrom..cursor].ToString()));
        }
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> text, int from, SearchValues<char> values)
    {
        if (from >= text.Length) return -1;
        int at = text[from..].IndexOfAny(values);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Index of the last count ending at or before <paramref name="index"/> (counts are in text order), or −1.</summary>
    private static int LastCountEndingBy(List<ProseCount> counts, int index)
    {
        int lo = 0, hi = counts.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (counts[mid].End <= index) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return last;
    }

    /// <summary>
    /// A part naming another headline quantity starts a new statement (“…其他处理2件；因政府信息公开引起的行政复议案件2件”),
    /// except appeals under a total of appeals and published items (“其他应主动公开政府信息856条”) under a total of items.
    /// </summary>
    private static bool EndsList(ProseQuantity part, ProseQuantity? total) =>
        ProseKeywords.IsHeadline(part) && part != total
        && !(total == ProseQuantity.ReconsiderationAndLitigation && ProseKeywords.IsAppeal(part))
        && !(part == ProseQuantity.ProactiveItems && total is null);

    /// <summary>The words of a part: the gap's last clause without the joining marks and words before it (、以及, ；另有).</summary>
    private static string PartLabel(ReadOnlySpan<char> gap)
    {
        int cut = LastLabelCut(gap);
        var label = (cut >= 0 ? gap[(cut + 1)..] : gap).TrimStart(LeadingMarks);
        foreach (var join in JoinWords)
            if (label.StartsWith(join, StringComparison.Ordinal)) { label = label[join.Length..]; break; }
        return label.ToString();
    }

    /// <summary>
    /// The last of <see cref="LabelCuts"/> in <paramref name="gap"/>, or −1: a gap is a few words, tested from its end one
    /// character at a time (the set's vectorised search is a probabilistic map with a set-up per call); a long one goes on
    /// with that search.
    /// </summary>
    internal static int LastLabelCut(ReadOnlySpan<char> gap)
    {
        int stop = Math.Max(0, gap.Length - 32);
        for (int i = gap.Length - 1; i >= stop; i--)
            // The clause breaks without 【】.
            if (ProseText.IsClauseBreak(gap[i]) && gap[i] is not ('【' or '】')) return i;
        return gap[..stop].LastIndexOfAny(LabelCuts);
    }

    private static readonly SearchValues<char> LabelCuts = SearchValues.Create("，,；;：:（(）)");
    private const string LeadingMarks = "、，,；;：:（()）";
    private static readonly string[] JoinWords = ["以及", "及", "和", "另有", "另外"];

    private static readonly SearchValues<char> NegationCharacters = SearchValues.Create("未没无");
    private static readonly SearchValues<char> PartsMarkerStarts = SearchValues.Create("其分具包");

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>万元|元)")]
    private static partial Regex FeeAmount();

    [GeneratedRegex(@"(?:共|已|累计|合计)收取|收取了")]
    private static partial Regex FeeCollected();
}
