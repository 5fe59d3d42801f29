using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.ProseCopy;
using Gongkai.Core.Reporting.Publication;

namespace Gongkai.Core.Reporting.Audit;

/// <summary>
/// One report of a batch to audit. <paramref name="Key"/> identifies it to the caller (a path, a stored id);
/// <paramref name="Published"/> is its publication date when known; <paramref name="Kind"/> the deadline kind when known
/// from records (otherwise guessed from the agency's name).
/// </summary>
public sealed record BatchReport(string Key, AnnualReport Report, PublicationDate? Published = null, ReportDeadlineKind? Kind = null);

/// <summary>What the audit found for one report: every finding (the consistency rules, then C1, C2, L1), the comparison
/// behind each copy finding, the publication timeliness (null when the report states no year) and the previous report it was paired with.</summary>
public sealed record BatchReportResult(
    BatchReport Entry, IReadOnlyList<ReportFinding> Findings, IReadOnlyList<ProseCopyFinding> Copies, PublicationTimeliness? Timeliness, string? PreviousKey)
{
    public int Blocking => Findings.Count(f => f.IsBlocking);
    public int Advisory => Findings.Count(f => !f.IsBlocking);
}

/// <summary>
/// 年报批量审查: runs every check on each report of a batch the way a supervising office would in February — the consistency
/// rules with the same agency's report of the year before (from the batch or from last year's reports given apart), copied
/// prose against that previous report (C1) and against the other agencies' reports of the same year in the batch (C2),
/// and publication after the statutory deadline (L1).
/// </summary>
public static class ReportBatch
{
    /// <summary>The rules the batch adds to <see cref="ReportChecks.Rules"/>.</summary>
    public static IReadOnlyList<ReportRule> Rules { get; } = [.. ProseCopyCheck.Rules, LatePublicationCheck.Rule];

    public static IReadOnlyList<BatchReportResult> Run(IReadOnlyList<BatchReport> reports, IReadOnlyList<BatchReport> previousYears,
        ReportCheckOptions? checkOptions = null, ProseCopyOptions? copyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(previousYears);
        checkOptions ??= ReportCheckOptions.Default;
        copyOptions ??= ProseCopyOptions.Default;

        var fingerprints = new Dictionary<BatchReport, ProseFingerprint>(ReferenceEqualityComparer.Instance);
        foreach (var entry in previousYears.Concat(reports))
            fingerprints.TryAdd(entry, ProseFingerprint.Of(entry.Report, copyOptions));

        var byAgencyYear = new Dictionary<(string, int), BatchReport>();
        foreach (var entry in previousYears.Concat(reports))
            if (entry.Report is { AgencyName: { } agency, Year: { } year })
                byAgencyYear.TryAdd((AgencyKey(agency), year), entry);

        var byYear = reports.Where(r => r.Report.Year is not null).GroupBy(r => r.Report.Year!.Value)
            .ToDictionary(g => g.Key, g => g.Select(r => new ProseCopySource(fingerprints[r], ProseCopyRelation.Sibling, r.Key)).ToList());

        var results = new BatchReportResult[reports.Count];
        Parallel.For(0, reports.Count, i =>
        {
            var entry = reports[i];
            var report = entry.Report;
            BatchReport? previous = report is { AgencyName: { } a, Year: { } y } && byAgencyYear.TryGetValue((AgencyKey(a), y - 1), out var p) ? p : null;
            var findings = new List<ReportFinding>(ReportChecks.Run(report, previous?.Report, checkOptions));

            var siblings = report.Year is { } year && byYear.TryGetValue(year, out var list) ? list : [];
            var copies = ProseCopyCheck.Run(fingerprints[entry],
                previous is null ? null : new ProseCopySource(fingerprints[previous], ProseCopyRelation.PreviousYear, previous.Key),
                siblings, copyOptions);
            findings.AddRange(copies.Select(c => c.Finding));

            PublicationTimeliness? timeliness = null;
            if (report.Year is { } reportYear)
            {
                timeliness = LatePublicationCheck.Assess(reportYear, report.AgencyName, entry.Kind, entry.Published);
                if (LatePublicationCheck.Finding(timeliness) is { } late) findings.Add(late);
            }
            results[i] = new BatchReportResult(entry, findings, copies, timeliness, previous?.Key);
        });
        return results;
    }

    /// <summary>Agency names are compared without spaces and with brackets of either width.</summary>
    public static string AgencyKey(string name) =>
        new([.. name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c })]);
}
