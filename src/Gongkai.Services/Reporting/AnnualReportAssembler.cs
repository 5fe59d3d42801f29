using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Reporting;

/// <summary>
/// The live annual report of (agency, year): tables from every registered <see cref="IReportTableSource"/>, prose as the staff
/// saved it (or the template stating the computed numbers), and the findings of every check — the cross-year ones against the
/// previous year's published (frozen) report.
/// </summary>
/// <param name="Report">The report; cells no source computed are absent.</param>
/// <param name="NotComputed">Cell ids of the layout no registered source fills (shown as not computed, never as zero).</param>
/// <param name="Template">The prose template per section, from the sources' statements.</param>
/// <param name="EditedSections">Sections whose text the staff saved (the others show the template).</param>
/// <param name="Previous">The previous year's published report, when there is one.</param>
public sealed record AssembledReport(
    Guid AgencyId, AnnualReport Report, IReadOnlyList<string> NotComputed, IReadOnlyList<ReportFinding> Findings,
    IReadOnlyDictionary<SectionId, string> Template, IReadOnlySet<SectionId> EditedSections, AnnualReport? Previous,
    IReadOnlyList<string> SourceNames)
{
    public bool HasBlockingFindings => Findings.Any(f => f.IsBlocking);

    /// <summary>Cell ids a finding concerns, for highlighting.</summary>
    public IReadOnlySet<string> FlaggedCells => Findings.SelectMany(f => f.Cells).Select(c => c.CellId).ToHashSet(StringComparer.Ordinal);
}

public sealed class AnnualReportAssembler(GongkaiDbContext db, IEnumerable<IReportTableSource> sources, PublishedReports published)
{
    public const ReportFormat Format = ReportFormat.F2021;

    public IReadOnlyList<IReportTableSource> Sources { get; } = sources.ToList();

    public async Task<DomainResult<AssembledReport>> AssembleAsync(StaffScope scope, Guid agencyId, int year,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        return await AssembleUncheckedAsync(agencyId, year, cancellationToken) is { } assembled
            ? assembled : new AgencyRecordsNotFoundError(agencyId);
    }

    /// <summary>
    /// The live reports of every agency of <paramref name="agencyIds"/> the caller may read (unknown and unreadable agencies are
    /// left out), each equal to what <see cref="AssembleAsync"/> returns for it, computed in a fixed number of grouped queries
    /// whatever the number of agencies — the supervising office's view of a region in January.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AssembledReport>> AssembleAllAsync(StaffScope scope, IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken = default) =>
        await AssembleAllUncheckedAsync([.. agencyIds.Where(scope.CanRead)], year, cancellationToken);

    /// <summary>For callers that already checked the scope (publication, exports of an agency the caller may read).</summary>
    internal async Task<AssembledReport?> AssembleUncheckedAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        // One connection for the whole report (the caller's open connection or transaction is kept as it is: inside a transaction
        // its uncommitted records count). The agency, the reads of every batched source, the saved prose and last year's
        // report go as ONE command of several statements — one round trip to a database server; on SQLite one command instead of
        // some ten EF Core queries. Reading the sources side by side on connections of their own cost more than it saved: a child
        // scope, a connection and a thread hop per source, against reads of well under a millisecond for most agencies — and the
        // one read that grows with an agency's records, the table-三 count, is the hand query itself.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The agency is read once, first in the batch, and handed to every source (the catalogue needs all of it, the title
            // its name); the sources' statements need only its id.
            var batch = new ReportReadBatch(db);
            var stored = StoredAgency.AddRead(batch, agencyId);
            var batched = Sources.Select(s => s is IBatchedReportTableSource b ? b.AddReads(batch, agencyId, year) : null).ToList();
            var saved = SavedProse.AddRead(batch, agencyId, year);
            var previous = PublishedReports.AddFindReport(batch, agencyId, year - 1);
            await batch.ExecuteAsync(cancellationToken);
            if (stored() is not { } agency) return null;
            var contributions = new List<(IReportTableSource, TableContribution)>(Sources.Count);
            for (int i = 0; i < Sources.Count; i++)
                contributions.Add((Sources[i], batched[i] is { } contribution ? contribution(agency) : await Sources[i].ContributeAsync(agency, year, cancellationToken)));
            return Assemble(agencyId, agency.Name, year, contributions, saved(), previous());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The scope-free <see cref="AssembleAllAsync"/>: each source once for all agencies, the prose and last year's reports in one query each.</summary>
    internal async Task<IReadOnlyDictionary<Guid, AssembledReport>> AssembleAllUncheckedAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken)
    {
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var ids = names.Select(n => n.Id).ToList();
        if (ids.Count == 0) return new Dictionary<Guid, AssembledReport>();
        var contributions = new List<(IReportTableSource Source, IReadOnlyDictionary<Guid, TableContribution> ByAgency)>();
        foreach (var source in Sources)
            contributions.Add((source, await source.ContributeAllAsync(ids, year, cancellationToken)));
        var saved = (await db.ReportProse.AsNoTracking().Where(p => ids.Contains(p.AgencyId) && p.Year == year).ToListAsync(cancellationToken))
            .ToLookup(p => p.AgencyId);
        var previous = await published.FindReportsAsync(ids, year - 1, cancellationToken);
        return names.ToDictionary(n => n.Id, n => Assemble(n.Id, n.Name, year,
            [.. contributions.Select(c => (c.Source, c.ByAgency[n.Id]))], [.. saved[n.Id].Select(p => new SavedSection(p.Section, p.Body))],
            previous.GetValueOrDefault(n.Id)));
    }

    /// <summary>One agency's report from what the sources contributed, its saved prose and last year's published report.</summary>
    private AssembledReport Assemble(Guid agencyId, string agencyName, int year, IReadOnlyList<(IReportTableSource Source, TableContribution Contribution)> contributions,
        IReadOnlyList<SavedSection> saved, AnnualReport? previous)
    {
        var report = new AnnualReport(Format) { AgencyName = agencyName, Year = year, Title = ReportTitle(agencyName, year), Preamble = Preamble(agencyName, year) };
        var statements = new List<ProseStatement>();
        foreach (var (source, contribution) in contributions)
        {
            var allowed = source.CellIds(report.Layout);
            foreach (var (id, value) in contribution.Cells)
            {
                if (!allowed.Contains(id)) throw new InvalidOperationException($"{source.GetType().Name} filled {id}, which it does not declare.");
                report.Set(id, value);
            }
            statements.AddRange(contribution.Statements);
        }

        var template = ProseTemplate.Build(statements);
        var edited = saved.Select(p => p.Section).ToHashSet();
        foreach (var section in report.Layout.Sections)
        {
            var body = saved.FirstOrDefault(p => p.Section == section.Id)?.Body ?? template.GetValueOrDefault(section.Id, "");
            report.SetSection(section.Id, body);
        }

        var findings = ReportChecks.Run(report, previous);
        var notComputed = report.Layout.Cells.Select(c => c.Id).Where(id => report[id] is null).ToList();
        return new AssembledReport(agencyId, report, notComputed, findings, template, edited, previous, Sources.Select(s => s.NameZh).ToList());
    }

    /// <summary>The link from a cell to the records behind it, from the first source that has one.</summary>
    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        Sources.Select(s => s.DrillDownPath(agencyId, year, cellId)).FirstOrDefault(p => p is not null);

    public static string ReportTitle(string agencyName, int year) => $"{agencyName}{year}年政府信息公开工作年度报告";

    // 条例第五十条 and the F2021 notice: the report is compiled under the 条例 and covers the calendar year (report-format.md §1).
    private static string Preamble(string agencyName, int year) =>
        $"根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，现发布{agencyName}{year}年政府信息公开工作年度报告。" +
        $"本报告统计数据从{year}年1月1日至12月31日。";
}
