namespace Gongkai.Core.Reporting.ProseCopy;

/// <summary>How the source of copied prose relates to the report.</summary>
public enum ProseCopyRelation
{
    /// <summary>The same agency's report of the year before (C1).</summary>
    PreviousYear,
    /// <summary>Another agency's report of the same year, in the same region or batch (C2).</summary>
    Sibling,
}

/// <summary>A report text may have been copied from, with an optional reference (a file path, a stored id) to link the comparison.</summary>
public sealed record ProseCopySource(ProseFingerprint Fingerprint, ProseCopyRelation Relation, string? Reference = null)
{
    public string? AgencyName => Fingerprint.Report.AgencyName;
    public int? Year => Fingerprint.Report.Year;
}

/// <summary>A stretch of the report's section that also stands in the source (numbers and agency names aside).</summary>
/// <param name="Start">Index in the section body of the report.</param>
/// <param name="Length">Length in the section body of the report.</param>
public sealed record CopiedPassage(int Start, int Length, string Text);

/// <summary>
/// One section compared with the same section of a source. <paramref name="Containment"/> is the share of the section's
/// shingles also in the source (how much of this text is the source's); <paramref name="Jaccard"/> the share of the union.
/// </summary>
public sealed record ProseCopyMatch(SectionId Section, ProseCopySource Source, double Containment, double Jaccard, int Shingles, IReadOnlyList<CopiedPassage> Passages)
{
    /// <summary>Whole per cent, as shown to people and kept in findings.</summary>
    public int Percent => (int)Math.Round(Containment * 100, MidpointRounding.AwayFromZero);
}

/// <summary>文字雷同比对: compares the prose sections of two fingerprinted reports.</summary>
public static class ProseCopyComparison
{
    /// <summary>Every compared section both reports have and that is long enough, with its similarity (copied or not).</summary>
    public static IReadOnlyList<ProseCopyMatch> Compare(ProseFingerprint report, ProseCopySource source, ProseCopyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        options ??= ProseCopyOptions.Default;
        var matches = new List<ProseCopyMatch>();
        foreach (var (id, mine) in report.Sections)
        {
            if (!source.Fingerprint.Sections.TryGetValue(id, out var theirs)) continue;
            if (mine.ShingleCount < options.MinimumShingles) continue;
            matches.Add(CompareSection(mine, theirs, source, options));
        }
        return matches;
    }

    /// <summary>The compared sections whose similarity reaches the threshold.</summary>
    public static IReadOnlyList<ProseCopyMatch> Copied(ProseFingerprint report, ProseCopySource source, ProseCopyOptions? options = null)
    {
        options ??= ProseCopyOptions.Default;
        return [.. Compare(report, source, options).Where(m => m.Containment >= options.Threshold)];
    }

    private static ProseCopyMatch CompareSection(SectionFingerprint mine, SectionFingerprint theirs, ProseCopySource source, ProseCopyOptions options)
    {
        int shared = mine.ShingleSet.Count(theirs.ShingleSet.Contains);
        double containment = (double)shared / mine.ShingleCount;
        int union = mine.ShingleCount + theirs.ShingleCount - shared;
        double jaccard = union == 0 ? 0 : (double)shared / union;
        return new ProseCopyMatch(mine.Section, source, containment, jaccard, mine.ShingleCount, Passages(mine, theirs, options));
    }

    /// <summary>The longest runs of the section covered by shingles the source shares, quoted from the original text.</summary>
    private static List<CopiedPassage> Passages(SectionFingerprint mine, SectionFingerprint theirs, ProseCopyOptions options)
    {
        int n = mine.Normalised.Length;
        var covered = new bool[n];
        for (int i = 0; i < mine.Shingles.Length; i++)
            if (theirs.ShingleSet.Contains(mine.Shingles[i]))
                for (int k = i; k < i + options.ShingleLength; k++) covered[k] = true;

        var runs = new List<(int From, int To)>();
        for (int i = 0; i < n;)
        {
            if (!covered[i]) { i++; continue; }
            int start = i;
            while (i < n && covered[i]) i++;
            if (i - start >= options.MinimumPassageLength) runs.Add((start, i - 1));
        }

        return [.. runs.OrderByDescending(r => r.To - r.From).Take(options.MaxPassages).OrderBy(r => r.From).Select(r =>
        {
            int from = mine.Origin[r.From];
            int to = mine.Origin[r.To];
            int length = to - from + 1;
            var text = mine.Original.Substring(from, length).Trim();
            if (text.Length > options.MaxPassageChars) text = text[..options.MaxPassageChars] + "…";
            return new CopiedPassage(from, length, text);
        })];
    }
}
