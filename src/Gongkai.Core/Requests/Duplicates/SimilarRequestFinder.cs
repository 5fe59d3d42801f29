using System.Globalization;
using System.Text;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Requests.Duplicates;

/// <summary>What the finder needs of a request: who, what was asked, and when.</summary>
/// <param name="Date">The received date, or the arrival date while receipt is unconfirmed.</param>
public sealed record RequestSummary(RequestId Id, Applicant Applicant, string Text, DateOnly Date, Outcome? Outcome, DateOnly? ConcludedOn)
{
    public static RequestSummary Of(DisclosureRequest r) =>
        new(r.Id, r.Applicant, r.Information.Text, r.ReceivedOn ?? r.ArrivedOn, r.Outcome, r.ConcludedOn);
}

/// <summary>How an earlier request's applicant matches.</summary>
public enum ApplicantMatch
{
    None,
    /// <summary>The same ID number, credit code or other document number.</summary>
    SameIdentity,
    /// <summary>Different or missing document, but the same name and the same phone or e-mail (fees.md §2 fallback; a clerk decides).</summary>
    SameNameAndContact,
}

/// <summary>
/// An earlier request worth showing at registration, with its evidence: how the applicant matches, how similar the content is
/// (Jaccard index of character bigrams, 0–1) and the longest passages both texts share.
/// </summary>
public sealed record SimilarRequest(RequestSummary Earlier, ApplicantMatch ApplicantMatch, double ContentScore, IReadOnlyList<string> SharedFragments)
{
    public string EvidenceZh
    {
        get
        {
            var parts = new List<string>();
            if (ApplicantMatch == ApplicantMatch.SameIdentity) parts.Add($"同一申请人（{Earlier.Applicant.Document.LabelZh} {Earlier.Applicant.Document.Masked}）");
            if (ApplicantMatch == ApplicantMatch.SameNameAndContact) parts.Add($"申请人姓名（名称）和联系方式相同：{Earlier.Applicant.Name}");
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"内容相似度{ContentScore:P0}"));
            if (SharedFragments.Count > 0) parts.Add("相同内容：" + string.Join("、", SharedFragments.Select(f => $"“{f}”")));
            if (Earlier.Outcome is { } o) parts.Add($"已办结：{o.Info().LabelZh}");
            return string.Join("；", parts);
        }
    }
}

/// <summary>The finder's answer: matching earlier requests, and how many the same applicant filed in the same calendar month.</summary>
/// <param name="SameApplicantThisMonth">Earlier requests by the same identity in the month of the new one: its 按件 rank is this + 1 (fees.md §2, §5).</param>
public sealed record SimilarRequestReport(IReadOnlyList<SimilarRequest> Matches, int SameApplicantThisMonth);

public sealed record SimilarityOptions
{
    public static readonly SimilarityOptions Default = new();

    /// <summary>Content at least this similar is shown even from another applicant.</summary>
    public double MinContentScore { get; init; } = 0.35;

    /// <summary>Shared passages shorter than this (in normalised characters) are not listed as evidence.</summary>
    public int MinFragmentLength { get; init; } = 4;

    public int MaxFragments { get; init; } = 5;
    public int MaxResults { get; init; } = 20;
}

/// <summary>
/// 重复申请、大量反复申请的线索 (条例第三十五条、第三十六条第六项): at registration, earlier requests (of the same agency) by the same
/// applicant or with similar content, with the evidence, so the clerk can decide whether 重复申请 (r3.5.2) or the 第三十五条 steps
/// (r3.5.4) apply. The finder only shows; it never decides.
/// </summary>
public static class SimilarRequestFinder
{
    public static SimilarRequestReport Find(RequestSummary candidate, IEnumerable<RequestSummary> earlier, SimilarityOptions? options = null)
    {
        var o = options ?? SimilarityOptions.Default;
        var text = Normalize(candidate.Text);
        var grams = Bigrams(text);
        var matches = new List<SimilarRequest>();
        var sameMonth = 0;
        foreach (var e in earlier)
        {
            if (e.Id == candidate.Id) continue;
            var applicant = MatchApplicant(candidate.Applicant, e.Applicant);
            if (applicant == ApplicantMatch.SameIdentity && e.Date.Year == candidate.Date.Year && e.Date.Month == candidate.Date.Month
                && e.Date <= candidate.Date)
                sameMonth++;
            var otherGrams = Bigrams(Normalize(e.Text));
            var score = Jaccard(grams, otherGrams);
            if (applicant == ApplicantMatch.None && score < o.MinContentScore) continue;
            matches.Add(new SimilarRequest(e, applicant, score, SharedFragments(text, otherGrams, o)));
        }
        var ordered = matches
            .OrderByDescending(m => m.ContentScore)
            .ThenBy(m => m.ApplicantMatch == ApplicantMatch.None)
            .ThenByDescending(m => m.Earlier.Date)
            .Take(o.MaxResults)
            .ToList();
        return new SimilarRequestReport(ordered, sameMonth);
    }

    public static ApplicantMatch MatchApplicant(Applicant a, Applicant b)
    {
        if (a.Document.IdentityKey == b.Document.IdentityKey) return ApplicantMatch.SameIdentity;
        if (Normalize(a.Name) != Normalize(b.Name)) return ApplicantMatch.None;
        var samePhone = a.Contact.NormalizedPhone is { Length: > 0 } p && p == b.Contact.NormalizedPhone;
        var sameEmail = a.Contact.NormalizedEmail is { } m && m == b.Contact.NormalizedEmail;
        return samePhone || sameEmail ? ApplicantMatch.SameNameAndContact : ApplicantMatch.None;
    }

    /// <summary>Full-width to half-width (NFKC), lower case, letters and digits only: punctuation and spacing never make texts differ.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        return sb.ToString();
    }

    /// <summary>Character bigrams; a one-character text is its own single gram.</summary>
    public static HashSet<string> Bigrams(string normalized)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (normalized.Length == 1) set.Add(normalized);
        for (var i = 0; i + 1 < normalized.Length; i++) set.Add(normalized.Substring(i, 2));
        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Maximal runs of the candidate text whose every bigram occurs in the other text, longest first.</summary>
    private static IReadOnlyList<string> SharedFragments(string text, HashSet<string> other, SimilarityOptions o)
    {
        var fragments = new List<string>();
        var i = 0;
        while (i + 1 < text.Length)
        {
            if (!other.Contains(text.Substring(i, 2)))
            {
                i++;
                continue;
            }
            var j = i;
            while (j + 2 < text.Length && other.Contains(text.Substring(j + 1, 2))) j++;
            var fragment = text.Substring(i, j - i + 2);
            if (fragment.Length >= o.MinFragmentLength) fragments.Add(fragment);
            i = j + 1;
        }
        return fragments.Distinct().OrderByDescending(f => f.Length).Take(o.MaxFragments).ToList();
    }
}
