using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Decides whether a report follows the 2021 format or the 2019 trial format (report-format.md §7) from the labels
/// that only one of the two has — table 二's column heads and rows, and the sub-rows of （六）其他处理 — and,
/// when the labels do not tell, from the reported year.
/// </summary>
internal static class FormatDetector
{
    internal static readonly string[] Only2021 = Distinctive(ReportLayout.F2021, ReportLayout.F2019);
    internal static readonly string[] Only2019 = Distinctive(ReportLayout.F2019, ReportLayout.F2021);
    private static readonly Anchors Searched = new([.. Only2021, .. Only2019]);

    public static ReportFormat Detect(TextDocument doc, int? year)
    {
        var found = Searched.Present(doc.Compact);
        int score = 0;
        for (int k = 0; k < found.Length; k++)
            if (found[k]) score += k < Only2021.Length ? 1 : -1;
        if (score != 0) return score > 0 ? ReportFormat.F2021 : ReportFormat.F2019;
        return year is { } y ? ReportLayout.FormatForYear(y) : ReportFormat.F2021;
    }

    /// <summary>
    /// Which of a few keys occur in a text, found in one pass instead of one full-text search per key (most keys are
    /// absent, so each search read the whole text). The keys are covered by a few anchor characters — rare among the
    /// format's labels, each shared by as many keys as it may be — and every key is anchored at one of them. Thirty-two
    /// characters at a time (eight without 256-bit vectors) are compared with the anchors, one vector compare each (a set of
    /// this many non-ASCII characters was searched through a probabilistic map, which stops on many ideographs it does not
    /// hold), and the keys of an anchor are compared only where it stands.
    /// </summary>
    private sealed class Anchors
    {
        private readonly string[] _keys;
        private readonly ushort[] _anchors;
        // The anchors broadcast once, for the vector compares.
        private readonly Vector256<ushort>[] _anchors256;
        private readonly Vector128<ushort>[] _anchors128;
        // Per key: its anchor character and the anchor's offset in the key.
        private readonly (char Anchor, int Offset)[] _at;
        // Per anchor (in _anchors order): the keys anchored at it. Some anchors are common in prose (发 of 发布), so a stop
        // compares only their one to three keys.
        private readonly int[][] _keysByAnchor;

        public Anchors(string[] keys)
        {
            _keys = keys;
            // How often each character occurs in all labels and headings of both formats — what a report is full of —
            // stands in for how often it occurs in a report: a rare one seldom stops the search.
            var frequency = new Dictionary<char, int>();
            foreach (var layout in new[] { ReportLayout.F2021, ReportLayout.F2019 })
                foreach (var text in AllLabels(layout))
                    foreach (char c in TextNormaliser.Key(text)) frequency[c] = frequency.GetValueOrDefault(c) + 1;
            // A greedy cover: the character with the fewest label occurrences per key it newly covers, until all are covered.
            var anchors = new List<char>();
            var uncovered = new List<string>(keys);
            while (uncovered.Count > 0)
            {
                char best = '\0';
                double bestCost = double.MaxValue;
                foreach (char c in uncovered.SelectMany(k => k).Distinct().Where(c => c >= 0x80).Order())
                {
                    double cost = frequency.GetValueOrDefault(c) / (double)uncovered.Count(k => k.Contains(c));
                    if (cost < bestCost) (best, bestCost) = (c, cost);
                }
                // Every label key holds a Chinese character; one without could not be anchored.
                if (best == '\0') throw new InvalidOperationException($"Format key “{uncovered[0]}” has no character to anchor it.");
                anchors.Add(best);
                uncovered.RemoveAll(k => k.Contains(best));
            }
            // An anchor picked early may have become redundant (政府集中采购 was covered before 采购总金额 brought 购): drop
            // those whose keys all hold another anchor, the commonest first.
            foreach (char c in anchors.OrderByDescending(c => frequency.GetValueOrDefault(c)).ToList())
                if (keys.Where(k => k.Contains(c)).All(k => k.Any(o => o != c && anchors.Contains(o))))
                    anchors.Remove(c);
            _anchors = [.. anchors.Select(c => (ushort)c)];
            _anchors256 = [.. _anchors.Select(a => Vector256.Create(a))];
            _anchors128 = [.. _anchors.Select(a => Vector128.Create(a))];
            _at = new (char, int)[keys.Length];
            for (int k = 0; k < keys.Length; k++)
            {
                // The key's rarest anchor.
                int offset = -1;
                for (int i = 0; i < keys[k].Length; i++)
                    if (anchors.Contains(keys[k][i]) && (offset < 0 || frequency.GetValueOrDefault(keys[k][i]) < frequency.GetValueOrDefault(keys[k][offset])))
                        offset = i;
                _at[k] = (keys[k][offset], offset);
            }
            _keysByAnchor = [.. anchors.Select(a => Enumerable.Range(0, keys.Length).Where(k => _at[k].Anchor == a).ToArray())];
        }

        public bool[] Present(ReadOnlySpan<char> text)
        {
            var found = new bool[_keys.Length];
            int left = _keys.Length;
            int i = 0;
            var units = MemoryMarshal.Cast<char, ushort>(text);
            if (Vector256.IsHardwareAccelerated)
            {
                var anchors = _anchors256;
                // Two blocks per pass over the anchors: each anchor is loaded once for 32 characters, and the loop over the
                // anchors runs half as often.
                int pair = 2 * Vector256<ushort>.Count;
                for (; i + pair <= text.Length && left > 0; i += pair)
                {
                    var first = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                    var second = Vector256.Create(units.Slice(i + Vector256<ushort>.Count, Vector256<ushort>.Count));
                    var hitFirst = Vector256<ushort>.Zero;
                    var hitSecond = Vector256<ushort>.Zero;
                    foreach (var anchor in anchors)
                    {
                        hitFirst |= Vector256.Equals(first, anchor);
                        hitSecond |= Vector256.Equals(second, anchor);
                    }
                    if ((hitFirst | hitSecond) == Vector256<ushort>.Zero) continue;
                    // Which anchor stands where, by comparing again anchor by anchor (only in blocks with a stop): the keys
                    // of a stop are then known without looking the character up among the anchors.
                    for (int a = 0; a < anchors.Length; a++)
                    {
                        uint bits = Vector256.Equals(first, anchors[a]).ExtractMostSignificantBits()
                            | Vector256.Equals(second, anchors[a]).ExtractMostSignificantBits() << Vector256<ushort>.Count;
                        for (; bits != 0; bits &= bits - 1)
                            left -= Compare(text, i + BitOperations.TrailingZeroCount(bits), a, found);
                    }
                }
                for (; i + Vector256<ushort>.Count <= text.Length && left > 0; i += Vector256<ushort>.Count)
                {
                    var block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                    var hit = Vector256<ushort>.Zero;
                    foreach (var anchor in anchors) hit |= Vector256.Equals(block, anchor);
                    for (uint bits = hit.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                        left -= Compare(text, i + BitOperations.TrailingZeroCount(bits), found);
                }
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                var anchors = _anchors128;
                for (; i + Vector128<ushort>.Count <= text.Length && left > 0; i += Vector128<ushort>.Count)
                {
                    var block = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                    var hit = Vector128<ushort>.Zero;
                    foreach (var anchor in anchors) hit |= Vector128.Equals(block, anchor);
                    for (uint bits = hit.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                        left -= Compare(text, i + BitOperations.TrailingZeroCount(bits), found);
                }
            }
            for (; i < text.Length && left > 0; i++)
                if (Array.IndexOf(_anchors, (ushort)text[i]) >= 0) left -= Compare(text, i, found);
            return found;
        }

        /// <summary>Compares the keys anchored at the character at <paramref name="at"/>; returns how many were newly found.</summary>
        private int Compare(ReadOnlySpan<char> text, int at, bool[] found) => Compare(text, at, Array.IndexOf(_anchors, (ushort)text[at]), found);

        /// <param name="anchor">The index of the anchor the character at <paramref name="at"/> is.</param>
        private int Compare(ReadOnlySpan<char> text, int at, int anchor, bool[] found)
        {
            int newly = 0;
            foreach (int k in _keysByAnchor[anchor])
            {
                if (found[k]) continue;
                int start = at - _at[k].Offset;
                if (start >= 0 && text[start..].StartsWith(_keys[k], StringComparison.Ordinal))
                {
                    found[k] = true;
                    newly++;
                }
            }
            return newly;
        }
    }

    /// <summary>Label keys of <paramref name="layout"/> that do not occur, even as part of a label, in <paramref name="other"/>.</summary>
    private static string[] Distinctive(ReportLayout layout, ReportLayout other)
    {
        var otherKeys = Keys(other).ToList();
        return Keys(layout).Distinct().Where(k => !otherKeys.Any(o => o.Contains(k, StringComparison.Ordinal) || k.Contains(o, StringComparison.Ordinal))).ToArray();
    }

    /// <summary>Every label and heading of a layout's tables and sections.</summary>
    internal static IEnumerable<string> AllLabels(ReportLayout layout)
    {
        foreach (var key in Keys(layout)) yield return key;
        foreach (var section in layout.Sections) yield return section.Heading;
        foreach (var row in layout.RequestRows) yield return row.Label;
        foreach (var column in layout.RequestColumns) yield return column.Label;
        foreach (var column in layout.AppealColumns)
        {
            yield return column.Group;
            if (column.SubGroup is not null) yield return column.SubGroup;
            yield return column.Label;
        }
        yield return ReportLayout.RequestTableNote;
        yield return ReportLayout.ApplicantGroupLabel;
        yield return ReportLayout.OrganizationGroupLabel;
    }

    private static IEnumerable<string> Keys(ReportLayout layout)
    {
        foreach (var block in layout.ProactiveBlocks)
        {
            yield return LabelKey.Of(block.Caption).Core;
            foreach (var column in block.Columns) yield return LabelKey.Of(column.Label).Core;
            foreach (var row in block.Rows) yield return LabelKey.Of(row).Core;
        }
        foreach (var row in layout.RequestRows.Where(r => r.ParentId is not null))
            yield return LabelKey.Of(row.Label).Core;
    }
}
