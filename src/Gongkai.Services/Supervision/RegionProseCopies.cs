using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.ProseCopy;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Supervision;

/// <summary>One copied section of an agency's published report: from its own report of the year before, or from a sibling's.</summary>
public sealed record RegionCopiedSection(SectionId Section, ProseCopyRelation Relation, Guid SourceAgencyId, string SourceAgencyName, int SourceYear, int Percent);

/// <summary>An agency of the region and the copied sections of its published report of the year.</summary>
public sealed record AgencyProseCopies(Guid AgencyId, string AgencyName, bool Published, IReadOnlyList<RegionCopiedSection> Copies);

/// <summary>Two published reports side by side: each compared section with its similarity and the passages in common.</summary>
public sealed record ProseComparison(
    Guid AgencyId, string AgencyName, int Year, Guid SourceAgencyId, string SourceAgencyName, int SourceYear,
    IReadOnlyList<ProseComparisonSection> Sections);

public sealed record ProseComparisonSection(SectionId Section, string Heading, int Percent, bool Copied, string Text, string SourceText, IReadOnlyList<string> Passages);

/// <summary>
/// 文字照搬（监督视图）: for a region and a year, which agencies' published reports copy prose from their own report of the
/// year before (C1) or from another agency's report of the year in the same region (C2), and the two texts side by side.
/// Uses the frozen (published) reports only: a draft may still change.
/// </summary>
public sealed class RegionProseCopies(GongkaiDbContext db, PublishedReports published)
{
    public async Task<DomainResult<IReadOnlyList<AgencyProseCopies>>> ForRegionAsync(StaffScope scope, Guid regionId, int year,
        CancellationToken cancellationToken = default)
    {
        if (!scope.Has(AccountRole.Supervisor)) return new SupervisionNotAllowedError();
        if (!scope.CanRead(regionId)) return new AgencyRecordsNotFoundError(regionId);
        var tree = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Name, a.Level }).ToListAsync(cancellationToken);
        if (tree.All(a => a.Id != regionId)) return new AgencyRecordsNotFoundError(regionId);
        var below = AgencySubtree.Below(regionId, tree.Select(a => (a.Id, a.ParentId))).ToHashSet();
        var agencies = tree.Where(a => below.Contains(a.Id) && a.Level != AgencyLevel.Region).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var ids = agencies.Select(a => a.Id).ToList();

        // Both years' frozen reports of the whole region in one query each, never one query per report.
        var fingerprints = new Dictionary<(Guid, int), ProseFingerprint>();
        foreach (var y in new[] { year, year - 1 })
            foreach (var (agencyId, report) in await published.FindReportsAsync(ids, y, cancellationToken))
                fingerprints[(agencyId, y)] = ProseFingerprint.Of(report);

        var siblings = agencies.Where(a => fingerprints.ContainsKey((a.Id, year)))
            .Select(a => new ProseCopySource(fingerprints[(a.Id, year)], ProseCopyRelation.Sibling, a.Id.ToString())).ToList();
        var result = new List<AgencyProseCopies>();
        foreach (var agency in agencies)
        {
            if (!fingerprints.TryGetValue((agency.Id, year), out var mine))
            {
                result.Add(new AgencyProseCopies(agency.Id, agency.Name, false, []));
                continue;
            }
            var previous = fingerprints.TryGetValue((agency.Id, year - 1), out var last)
                ? new ProseCopySource(last, ProseCopyRelation.PreviousYear, agency.Id.ToString()) : null;
            // Published reports carry the agency's name as printed; siblings are told apart by record, not by name.
            var others = siblings.Where(s => s.Reference != agency.Id.ToString()).ToList();
            var copies = ProseCopyCheck.Run(mine, previous, others)
                .Select(c => new RegionCopiedSection(c.Match.Section, c.Match.Source.Relation, Guid.Parse(c.Match.Source.Reference!),
                    agencies.First(a => a.Id.ToString() == c.Match.Source.Reference).Name, c.Match.Source.Year ?? year, c.Match.Percent))
                .ToList();
            result.Add(new AgencyProseCopies(agency.Id, agency.Name, true, copies));
        }
        return result;
    }

    /// <summary>The published report of (agency, year) against the published report of (source agency, source year), section by section.</summary>
    public async Task<DomainResult<ProseComparison>> CompareAsync(StaffScope scope, Guid agencyId, int year, Guid sourceAgencyId, int sourceYear,
        CancellationToken cancellationToken = default)
    {
        if (!scope.Has(AccountRole.Supervisor)) return new SupervisionNotAllowedError();
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        if (!scope.CanRead(sourceAgencyId)) return new AgencyRecordsNotFoundError(sourceAgencyId);
        var mine = await published.GetAsync(agencyId, year, cancellationToken);
        if (!mine.Succeeded) return DomainResult<ProseComparison>.Failure(mine.Errors);
        var theirs = await published.GetAsync(sourceAgencyId, sourceYear, cancellationToken);
        if (!theirs.Succeeded) return DomainResult<ProseComparison>.Failure(theirs.Errors);
        var relation = agencyId == sourceAgencyId ? ProseCopyRelation.PreviousYear : ProseCopyRelation.Sibling;
        var options = ProseCopyOptions.Default;
        var matches = ProseCopyComparison.Compare(ProseFingerprint.Of(mine.Value.Report), new ProseCopySource(ProseFingerprint.Of(theirs.Value.Report), relation), options);
        var sections = matches.Select(m => new ProseComparisonSection(m.Section, mine.Value.Report.Layout.Section(m.Section).Heading, m.Percent,
            m.Containment >= options.Threshold, mine.Value.Report.Sections[m.Section].Body, theirs.Value.Report.Sections[m.Section].Body,
            [.. m.Passages.Select(p => p.Text)])).ToList();
        return new ProseComparison(agencyId, mine.Value.Summary.AgencyName, year, sourceAgencyId, theirs.Value.Summary.AgencyName, sourceYear, sections);
    }
}
