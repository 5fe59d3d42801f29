namespace Gongkai.Core.Reporting.ProseCopy;

/// <summary>
/// 文字指纹: the normalised text of one prose section and its character shingles, built once per report so that a batch can
/// compare every pair without normalising again. Normalising keeps Han characters and letters only (punctuation, spaces and
/// line breaks differ between renderings of the same text), turns every run of digits or Chinese numerals into one '#'
/// (a template whose figures were updated is still the same text) and removes the agency's own name and the statutory
/// headings (every report carries them by the format, so they are no sign of copying).
/// </summary>
public sealed class SectionFingerprint
{
    private SectionFingerprint(SectionId section, string original, char[] normalised, int[] origin, ulong[] shingles, HashSet<ulong> set)
    {
        Section = section;
        Original = original;
        Normalised = normalised;
        Origin = origin;
        Shingles = shingles;
        ShingleSet = set;
    }

    public SectionId Section { get; }

    /// <summary>The section's body as written in the report.</summary>
    public string Original { get; }

    internal char[] Normalised { get; }

    /// <summary>For each normalised character, its index in <see cref="Original"/>.</summary>
    internal int[] Origin { get; }

    /// <summary>The hash of the shingle starting at each normalised position.</summary>
    internal ulong[] Shingles { get; }

    internal HashSet<ulong> ShingleSet { get; }

    public int ShingleCount => ShingleSet.Count;

    public static SectionFingerprint Of(SectionId section, string body, IEnumerable<string> ignoredPhrases, int shingleLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleLength, 2);
        var blanked = Blank(body, ignoredPhrases);
        var normalised = new List<char>(body.Length);
        var origin = new List<int>(body.Length);
        for (int i = 0; i < blanked.Length; i++)
        {
            char c = blanked[i];
            if (IsNumeral(c))
            {
                if (normalised.Count == 0 || normalised[^1] != '#')
                {
                    normalised.Add('#');
                    origin.Add(i);
                }
                continue;
            }
            if (!IsHan(c) && !char.IsLetter(c)) continue;
            normalised.Add(char.ToLowerInvariant(c));
            origin.Add(i);
        }

        var chars = normalised.ToArray();
        int count = Math.Max(0, chars.Length - shingleLength + 1);
        var shingles = new ulong[count];
        var set = new HashSet<ulong>(count);
        for (int i = 0; i < count; i++)
        {
            shingles[i] = Hash(chars.AsSpan(i, shingleLength));
            set.Add(shingles[i]);
        }
        return new SectionFingerprint(section, body, chars, origin.ToArray(), shingles, set);
    }

    /// <summary>Replaces each ignored phrase by a break character, so no shingle spans the place where it stood.</summary>
    private static string Blank(string body, IEnumerable<string> phrases)
    {
        var text = body;
        foreach (var phrase in phrases.Where(p => p.Length >= 2).OrderByDescending(p => p.Length))
            if (text.Contains(phrase, StringComparison.Ordinal)) text = text.Replace(phrase, new string('\u2028', phrase.Length), StringComparison.Ordinal);
        return text;
    }

    /// <summary>Digits of any script (full-width too) and the characters of Chinese numerals.</summary>
    private static bool IsNumeral(char c) => char.IsDigit(c) || "零〇一二三四五六七八九十百千万亿两".Contains(c);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>FNV-1a, 64 bits: deterministic across processes, so results can be reproduced.</summary>
    private static ulong Hash(ReadOnlySpan<char> shingle)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}

/// <summary>The prose sections of one report, fingerprinted: the sections a person writes (一 总体情况, 五 问题及改进, 六 其他事项).</summary>
public sealed class ProseFingerprint
{
    /// <summary>Sections compared. Sections 二–四 hold the statutory tables, which every report shares by the format.</summary>
    public static IReadOnlyList<SectionId> ComparedSections { get; } = [SectionId.Overview, SectionId.ProblemsAndImprovements, SectionId.OtherMatters];

    private ProseFingerprint(AnnualReport report, IReadOnlyDictionary<SectionId, SectionFingerprint> sections)
    {
        Report = report;
        Sections = sections;
    }

    public AnnualReport Report { get; }
    public IReadOnlyDictionary<SectionId, SectionFingerprint> Sections { get; }

    public static ProseFingerprint Of(AnnualReport report, ProseCopyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ProseCopyOptions.Default;
        var ignored = Boilerplate(report).ToList();
        var sections = new Dictionary<SectionId, SectionFingerprint>();
        foreach (var id in ComparedSections)
            if (report.Sections.TryGetValue(id, out var section) && !string.IsNullOrWhiteSpace(section.Body))
                sections[id] = SectionFingerprint.Of(id, section.Body, ignored, options.ShingleLength);
        return new ProseFingerprint(report, sections);
    }

    /// <summary>
    /// Text every report may share without copying anyone: the agency's own name, the six statutory headings (and their known
    /// variants, without their numbering) and the sub-headings the 2021 format's guidance lists for section 一.
    /// </summary>
    private static IEnumerable<string> Boilerplate(AnnualReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.AgencyName)) yield return report.AgencyName.Trim();
        foreach (var section in report.Layout.Sections)
            foreach (var heading in section.Variants.Prepend(section.Heading))
            {
                yield return heading;
                int comma = heading.IndexOf('、');
                if (comma >= 0) yield return heading[(comma + 1)..];
            }
        foreach (var subHeading in SectionOneSubHeadings) yield return subHeading;
    }

    private static readonly string[] SectionOneSubHeadings =
        ["主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息管理", "政府信息公开平台建设情况", "政府信息公开平台建设", "平台建设情况", "监督保障情况", "监督保障"];
}
