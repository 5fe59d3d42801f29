using System.Buffers;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Decides whether a report follows the 2021 format or the 2019 trial format (report-format.md §7) from the labels
/// that only one of the two has — table 二's column heads and rows, and the sub-rows of （六）其他处理 — and,
/// when the labels do not tell, from the reported year.
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] Only2021 = Distinctive(ReportLayout.F2021, ReportLayout.F2019);
    private static readonly string[] Only2019 = Distinctive(ReportLayout.F2019, ReportLayout.F2021);
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
    /// absent, so each search read the whole text). Every key is anchored at its rarest character in the format's labels;
    /// one vectorised search for the anchors stops only where some key may stand, and the keys of that anchor are
    /// compared there.
    /// </summary>
    private sealed class Anchors
    {
        private readonly string[] _keys;
        private readonly SearchValues<char> _anchors;
        // Per key: its anchor character and the anchor's offset in the key.
        private readonly (char Anchor, int Offset)[] _at;

        public Anchors(string[] keys)
        {
            _keys = keys;
            // How often each character occurs in all labels of both formats: a rare one seldom stops the search.
            var frequency = new Dictionary<char, int>();
            foreach (var layout in new[] { ReportLayout.F2021, ReportLayout.F2019 })
                foreach (var key in Keys(layout))
                    foreach (char c in key) frequency[c] = frequency.GetValueOrDefault(c) + 1;
            _at = new (char, int)[keys.Length];
            for (int k = 0; k < keys.Length; k++)
            {
                var key = keys[k];
                int best = 0;
                for (int i = 1; i < key.Length; i++)
                    if (Rank(key[i], frequency) < Rank(key[best], frequency)) best = i;
                _at[k] = (key[best], best);
            }
            _anchors = SearchValues.Create([.. _at.Select(a => a.Anchor).Distinct()]);
        }

        // ASCII characters (digits, brackets) are common in any text, whatever their share among the labels.
        private static int Rank(char c, Dictionary<char, int> frequency) => c < 0x80 ? int.MaxValue : frequency.GetValueOrDefault(c);

        public bool[] Present(ReadOnlySpan<char> text)
        {
            var found = new bool[_keys.Length];
            int left = _keys.Length;
            for (int at = text.IndexOfAny(_anchors); at >= 0 && left > 0;)
            {
                char c = text[at];
                for (int k = 0; k < _keys.Length; k++)
                {
                    if (found[k] || _at[k].Anchor != c) continue;
                    int start = at - _at[k].Offset;
                    if (start >= 0 && text[start..].StartsWith(_keys[k], StringComparison.Ordinal))
                    {
                        found[k] = true;
                        left--;
                    }
                }
                int next = text[(at + 1)..].IndexOfAny(_anchors);
                at = next < 0 ? -1 : at + 1 + next;
            }
            return found;
        }
    }

    /// <summary>Label keys of <paramref name="layout"/> that do not occur, even as part of a label, in <paramref name="other"/>.</summary>
    private static string[] Distinctive(ReportLayout layout, ReportLayout other)
    {
        var otherKeys = Keys(other).ToList();
        return Keys(layout).Distinct().Where(k => !otherKeys.Any(o => o.Contains(k, StringComparison.Ordinal) || k.Contains(o, StringComparison.Ordinal))).ToArray();
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
