using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Reporting;

/// <summary>Table 三 from the disclosure requests, counted by SQL (report-format.md §4).</summary>
public sealed class RequestsTableSource(GongkaiDbContext db) : IBatchedReportTableSource
{
    /// <summary>Sub-head of section 一 under which the sentence on applications stands.</summary>
    public const string Subheading = "（二）依申请公开情况";

    public string NameZh => "政府信息公开申请";

    public IReadOnlySet<string> CellIds(ReportLayout layout) =>
        layout.Cells.Where(c => c.Table == ReportTable.Requests).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public Task<TableContribution> ContributeAsync(Agency agency, int year, CancellationToken cancellationToken) =>
        ReportReadBatch.RunAloneAsync(db, this, agency, year, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, TableContribution>> ContributeAllAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken)
    {
        var requests = db.Set<DisclosureRequestRecord>().AsNoTracking().Where(r => agencyIds.Contains(r.AgencyId));
        var counted = await CountByAgencyAsync(requests, year, cancellationToken);
        var empty = Cells(year, []);
        return agencyIds.Distinct().ToDictionary(id => id, id => Contribution(counted.GetValueOrDefault(id, empty)));
    }

    private static TableContribution Contribution(IReadOnlyDictionary<string, int> counts) =>
        new(counts.ToDictionary(kv => kv.Key, kv => CellValue.Of(kv.Value), StringComparer.Ordinal), []);

    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        cellId.StartsWith("t3.", StringComparison.Ordinal) ? "/requests" : null;

    /// <summary>
    /// Every table-三 cell of <paramref name="year"/>'s format for the given requests (one agency's, or a region's), zero where no
    /// request counts, in ONE grouped SQL query — the rule of Core's RequestTableCounter (report-format.md §4.3): r1 received in
    /// the year; r2 received before 1 January and not concluded before it; r3.x concluded in the year, in the row of its outcome;
    /// r4 received by 31 December and not concluded by then; each request in its applicant kind's column; c7 and r3.7 the sums.
    /// Discarded submissions have no received date and count nowhere. A request is read once: the rows a year touches (open at
    /// some time in it) are grouped by applicant kind and outcome, and each group sums what it adds to r1, r2, r3 and r4.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(IQueryable<DisclosureRequestRecord> requests, int year,
        CancellationToken cancellationToken = default)
    {
        var (first, last) = YearBounds(year);
        var groups = await TouchedIn(requests, year)
            .GroupBy(r => new { r.ApplicantKind, r.Outcome })
            .Select(g => new
            {
                g.Key.ApplicantKind,
                g.Key.Outcome,
                Received = g.Sum(r => r.ReceivedOn >= first ? 1 : 0),
                OpenAtStart = g.Sum(r => r.ReceivedOn < first ? 1 : 0),
                Concluded = g.Sum(r => r.ConcludedOn != null && r.ConcludedOn <= last ? 1 : 0),
                OpenAtEnd = g.Sum(r => r.ConcludedOn == null || r.ConcludedOn > last ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return Cells(year, groups.Select(g => new RequestGroup(g.ApplicantKind, g.Outcome, g.Received, g.OpenAtStart, g.Concluded, g.OpenAtEnd)));
    }

    /// <summary>
    /// <see cref="CountAsync"/> for every agency of the given requests at once: the same grouped query with the agency as one more
    /// key (GROUP BY agency_id, applicant_kind, outcome), so a region's agencies cost one statement, not one each. Agencies without
    /// a request the year touches are absent from the result (all their cells are zero).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>>> CountByAgencyAsync(
        IQueryable<DisclosureRequestRecord> requests, int year, CancellationToken cancellationToken = default)
    {
        var (first, last) = YearBounds(year);
        var groups = await TouchedIn(requests, year)
            .GroupBy(r => new { r.AgencyId, r.ApplicantKind, r.Outcome })
            .Select(g => new
            {
                g.Key.AgencyId,
                g.Key.ApplicantKind,
                g.Key.Outcome,
                Received = g.Sum(r => r.ReceivedOn >= first ? 1 : 0),
                OpenAtStart = g.Sum(r => r.ReceivedOn < first ? 1 : 0),
                Concluded = g.Sum(r => r.ConcludedOn != null && r.ConcludedOn <= last ? 1 : 0),
                OpenAtEnd = g.Sum(r => r.ConcludedOn == null || r.ConcludedOn > last ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return groups.GroupBy(g => g.AgencyId).ToDictionary(a => a.Key, a => Cells(year,
            a.Select(g => new RequestGroup(g.ApplicantKind, g.Outcome, g.Received, g.OpenAtStart, g.Concluded, g.OpenAtEnd))));
    }

    /// <summary>
    /// <see cref="CountAsync"/> for one agency as a statement of the report's <paramref name="batch"/>: the same SQL EF Core
    /// generates for <see cref="CountAsync"/>, written out, without translating the LINQ expression and materialising through EF
    /// Core's pipeline on every report — for an agency of average size that cost as much CPU as the count itself. The returned
    /// function gives the cells once the batch has run.
    /// </summary>
    internal static Func<IReadOnlyDictionary<string, int>> AddCount(ReportReadBatch batch, Guid agencyId, int year)
    {
        var statement = AgencyCountStatements.GetValue(batch.Model, model => new AgencyCountStatement(model));
        var (first, last) = YearBounds(year);
        var requests = statement.Requests;
        var firstName = batch.Parameter(requests.Property(nameof(DisclosureRequestRecord.ReceivedOn)), first);
        var lastName = batch.Parameter(requests.Property(nameof(DisclosureRequestRecord.ReceivedOn)), last);
        var agencyName = batch.Parameter(requests.Property(nameof(DisclosureRequestRecord.AgencyId)), agencyId);
        var groups = new List<RequestGroup>();
        batch.Add(string.Format(CultureInfo.InvariantCulture, statement.Sql, agencyName, firstName, lastName), reader =>
        {
            while (reader.Read())
                groups.Add(new RequestGroup(
                    requests.Read<ApplicantKind>(reader, 0, nameof(DisclosureRequestRecord.ApplicantKind)),
                    reader.IsDBNull(1) ? null : requests.Read<Outcome>(reader, 1, nameof(DisclosureRequestRecord.Outcome)),
                    checked((int)reader.GetInt64(2)), checked((int)reader.GetInt64(3)), checked((int)reader.GetInt64(4)), checked((int)reader.GetInt64(5))));
        });
        return () => Cells(year, groups);
    }

    public Func<Agency, TableContribution> AddReads(ReportReadBatch batch, Guid agencyId, int year)
    {
        var counted = AddCount(batch, agencyId, year);
        return _ => Contribution(counted());
    }

    private static readonly ConditionalWeakTable<IModel, AgencyCountStatement> AgencyCountStatements = [];

    /// <summary>
    /// The one-agency table-三 statement ({0} the agency, {1} the year's first day, {2} its last), with table and column names
    /// taken from the model (so it follows the mapping of either provider); built once per model.
    /// </summary>
    private sealed class AgencyCountStatement
    {
        public AgencyCountStatement(IModel model)
        {
            Requests = new StoredEntity(model, typeof(DisclosureRequestRecord));
            var agency = Requests.Column(nameof(DisclosureRequestRecord.AgencyId));
            var kind = Requests.Column(nameof(DisclosureRequestRecord.ApplicantKind));
            var outcome = Requests.Column(nameof(DisclosureRequestRecord.Outcome));
            var received = Requests.Column(nameof(DisclosureRequestRecord.ReceivedOn));
            var concluded = Requests.Column(nameof(DisclosureRequestRecord.ConcludedOn));
            Sql = $$"""
                SELECT {{kind}}, {{outcome}},
                       SUM(CASE WHEN {{received}} >= {1} THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{received}} < {1} THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{concluded}} IS NOT NULL AND {{concluded}} <= {2} THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{concluded}} IS NULL OR {{concluded}} > {2} THEN 1 ELSE 0 END)
                FROM {{Requests.Table}}
                WHERE {{agency}} = {0} AND {{received}} IS NOT NULL AND {{received}} <= {2}
                  AND ({{concluded}} IS NULL OR {{concluded}} >= {1})
                GROUP BY {{kind}}, {{outcome}}
                """;
        }

        public StoredEntity Requests { get; }
        public string Sql { get; }
    }

    private static (DateOnly First, DateOnly Last) YearBounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The requests a year touches: received by its last day and open at some time in it.</summary>
    private static IQueryable<DisclosureRequestRecord> TouchedIn(IQueryable<DisclosureRequestRecord> requests, int year)
    {
        var (first, last) = YearBounds(year);
        return requests.Where(r => r.ReceivedOn != null && r.ReceivedOn <= last && (r.ConcludedOn == null || r.ConcludedOn >= first));
    }

    /// <summary>What one (applicant kind, outcome) group of touched requests adds to r1, r2, r3 and r4.</summary>
    private sealed record RequestGroup(ApplicantKind ApplicantKind, Outcome? Outcome, int Received, int OpenAtStart, int Concluded, int OpenAtEnd);

    private static IReadOnlyDictionary<string, int> Cells(int year, IEnumerable<RequestGroup> groups)
    {
        var format = ReportLayout.FormatForYear(year);
        var cells = ReportLayout.For(format).Cells.Where(c => c.Table == ReportTable.Requests).ToDictionary(c => c.Id, _ => 0, StringComparer.Ordinal);
        void Add(string rowId, ApplicantKind kind, int n)
        {
            cells[ReportLayout.RequestCellId(rowId, kind.ColumnId())] += n;
            cells[ReportLayout.RequestCellId(rowId, "c7")] += n;
        }
        foreach (var g in groups)
        {
            Add("r1", g.ApplicantKind, g.Received);
            Add("r2", g.ApplicantKind, g.OpenAtStart);
            Add("r4", g.ApplicantKind, g.OpenAtEnd);
            if (g.Concluded == 0) continue;
            // A request concluded in the year has its outcome recorded with the conclusion.
            var outcome = g.Outcome ?? throw new InvalidOperationException("A request concluded without an outcome.");
            Add(outcome.Info().RowIdIn(format), g.ApplicantKind, g.Concluded);
            Add("r3.7", g.ApplicantKind, g.Concluded);
        }
        return cells;
    }
}
