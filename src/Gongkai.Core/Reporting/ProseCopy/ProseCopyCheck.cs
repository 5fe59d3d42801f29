using System.Globalization;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Reporting.ProseCopy;

/// <summary>A copied-prose finding with the comparison behind it (the source and the passages), for display and links.</summary>
public sealed record ProseCopyFinding(ProseCopyMatch Match, ReportFinding Finding);

/// <summary>
/// 文字照搬检查 (C1, C2): a prose section (一, 五, 六) that is mostly the text of the same agency's report of the year before (C1) or
/// of another agency's report of the same year (C2). Numbers and agency names are ignored, so a template whose figures were
/// updated still counts. 条例第五十条 asks each agency to report its own year's work, which a copied text does not do.
/// Advisory (warning): similar wording can be a shared local template the office itself handed out.
/// </summary>
public static class ProseCopyCheck
{
    public const string PreviousYearRuleId = "C1";
    public const string SiblingRuleId = "C2";

    /// <summary>The rules, for lists of rules beside <see cref="ReportChecks.Rules"/>.</summary>
    public static IReadOnlyList<ReportRule> Rules { get; } =
    [
        new(PreviousYearRuleId, RuleBasis.Heuristic, FindingSeverity.Warning, "文字部分不应照搬本机关上年报告", "Prose is not copied from the agency's previous report",
            "条例第五十条; Gongkai (shingle containment, docs/report-checks.md)", CrossReport: true),
        new(SiblingRuleId, RuleBasis.Heuristic, FindingSeverity.Warning, "文字部分不应照搬同年度其他机关的报告", "Prose is not copied from another agency's report of the year",
            "条例第五十条; Gongkai (shingle containment, docs/report-checks.md)", CrossReport: true),
    ];

    /// <summary>
    /// C1 against <paramref name="previous"/> (when given and for the year before), C2 against each sibling of the same year and
    /// another agency: per section, the most similar sibling at or above the threshold.
    /// </summary>
    public static IReadOnlyList<ProseCopyFinding> Run(ProseFingerprint report, ProseCopySource? previous, IEnumerable<ProseCopySource> siblings,
        ProseCopyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ProseCopyOptions.Default;
        var findings = new List<ProseCopyFinding>();
        if (previous is not null && !ReferenceEquals(previous.Fingerprint, report))
            findings.AddRange(ProseCopyComparison.Copied(report, previous, options).Select(m => new ProseCopyFinding(m, ToFinding(report.Report, m, options))));

        var best = new Dictionary<SectionId, ProseCopyMatch>();
        foreach (var sibling in siblings)
        {
            if (ReferenceEquals(sibling.Fingerprint, report)) continue;
            if (SameAgency(report.Report.AgencyName, sibling.AgencyName)) continue;
            if (report.Report.Year is { } y && sibling.Year is { } sy && y != sy) continue;
            foreach (var match in ProseCopyComparison.Copied(report, sibling, options))
                if (!best.TryGetValue(match.Section, out var current) || match.Containment > current.Containment
                    || (match.Containment == current.Containment && string.CompareOrdinal(match.Source.AgencyName, current.Source.AgencyName) < 0))
                    best[match.Section] = match;
        }
        findings.AddRange(best.Values.OrderBy(m => m.Section).Select(m => new ProseCopyFinding(m, ToFinding(report.Report, m, options))));
        return findings;
    }

    /// <summary>Agency names compared without spaces and with brackets of either width.</summary>
    public static bool SameAgency(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    private static string Key(string name) => new([.. name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c })]);

    private static ReportFinding ToFinding(AnnualReport report, ProseCopyMatch match, ProseCopyOptions options)
    {
        var heading = report.Layout.Section(match.Section).Heading;
        string sourceZh = match.Source.Relation == ProseCopyRelation.PreviousYear
            ? $"本机关{YearZh(match.Source.Year)}年度报告"
            : $"{match.Source.AgencyName ?? "另一机关"}{YearZh(match.Source.Year)}年度报告";
        string sourceEn = match.Source.Relation == ProseCopyRelation.PreviousYear
            ? $"the agency's own report for {match.Source.Year?.ToString(CultureInfo.InvariantCulture) ?? "the year before"}"
            : $"the report of {match.Source.AgencyName ?? "another agency"} for {match.Source.Year?.ToString(CultureInfo.InvariantCulture) ?? "the same year"}";
        string quotes = string.Join("；", match.Passages.Select(p => $"“{p.Text}”"));
        string threshold = Percent(options.Threshold);
        var zh = $"“{heading}”部分与{sourceZh}的相应部分相似度为 {match.Percent}%（不计数字、机关名称和法定标题，达到 {threshold}% 即提示），" +
                 (match.Source.Relation == ProseCopyRelation.PreviousYear ? "疑似照搬上年报告。" : "疑似照搬其他机关的报告。") +
                 (quotes.Length > 0 ? $"相同的文字：{quotes}" : "");
        var en = $"Section {(int)match.Section} is {match.Percent}% the same as {sourceEn} (numbers, agency names and statutory headings ignored; " +
                 $"flagged from {threshold}%): likely copied.";
        return new ReportFinding(
            match.Source.Relation == ProseCopyRelation.PreviousYear ? PreviousYearRuleId : SiblingRuleId,
            FindingSeverity.Warning, [],
            $"{heading}：相似度低于 {threshold}%",
            $"{heading}：与{sourceZh}相似 {match.Percent}%",
            zh, en)
        { Kind = FindingKind.Unexpected };
    }

    private static string YearZh(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
