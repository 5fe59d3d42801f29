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

    public IReadOnlySet<string> CellIds(ReportLayout layout) => TableCellIds.Of(layout, ReportTable.Requests);

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
        var groups = new List<RequestGroup>();
        batch.Add(statement.Sql, reader =>
        {
            while (reader.Read())
                groups.Add(new RequestGroup(
                    requests.Read<ApplicantKind>(reader, 0, nameof(DisclosureRequestRecord.ApplicantKind)),
                    reader.IsDBNull(1) ? null : requests.Read<Outcome>(reader, 1, nameof(DisclosureRequestRecord.Outcome)),
                    checked((int)reader.GetInt64(2)), checked((int)reader.GetInt64(3)), checked((int)reader.GetInt64(4)), checked((int)reader.GetInt64(5))));
        }, new(requests.Property(nameof(DisclosureRequestRecord.AgencyId)), agencyId),
            new(requests.Property(nameof(DisclosureRequestRecord.ReceivedOn)), first), new(requests.Property(nameof(DisclosureRequestRecord.ReceivedOn)), last));
        return () => Cells(year, groups);
    }

    public Func<Agency, TableContribution> AddReads(ReportReadBatch batch, Guid agencyId, int year)
    {
        var counted = AddCount(batch, agencyId, year);
        return _ => Contribution(counted());
    }

    private static readonly ConditionalWeakTable<IModel, AgencyCountStatement> AgencyCountStatements = [];

    /// <summary>
    /// The one-agency table-三 statement (@p0 the agency, @p1 the year's first day, @p2 its last), with table and column names
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
                       SUM(CASE WHEN {{received}} >= @p1 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{received}} < @p1 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{concluded}} IS NOT NULL AND {{concluded}} <= @p2 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN {{concluded}} IS NULL OR {{concluded}} > @p2 THEN 1 ELSE 0 END)
                FROM {{Requests.Table}}
                WHERE {{agency}} = @p0 AND {{received}} IS NOT NULL AND {{received}} <= @p2
                  AND ({{concluded}} IS NULL OR {{concluded}} >= @p1)
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
        var shape = format == ReportFormat.F2019 ? TableShape.F2019 : TableShape.F2021;
        var counts = new int[shape.Ids.Length];
        void Add(int row, ApplicantKind kind, int n)
        {
            counts[shape.Cell(row, kind)] += n;
            counts[shape.Total(row)] += n;
        }
        foreach (var g in groups)
        {
            Add(shape.Received, g.ApplicantKind, g.Received);
            Add(shape.OpenAtStart, g.ApplicantKind, g.OpenAtStart);
            Add(shape.OpenAtEnd, g.ApplicantKind, g.OpenAtEnd);
            if (g.Concluded == 0) continue;
            // A request concluded in the year has its outcome recorded with the conclusion.
            var outcome = g.Outcome ?? throw new InvalidOperationException("A request concluded without an outcome.");
            Add(shape.RowOf(outcome), g.ApplicantKind, g.Concluded);
            Add(shape.Concluded, g.ApplicantKind, g.Concluded);
        }
        var cells = new Dictionary<string, int>(shape.Ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < counts.Length; i++) cells.Add(shape.Ids[i], counts[i]);
        return cells;
    }

    /// <summary>
    /// Table 三 of one format by position — its cell ids once, and for each row (r1, r2, r4, r3.7 and each outcome's row) the
    /// position of each applicant kind's cell and of c7 — so that counting a report's groups builds no cell id.
    /// </summary>
    private sealed class TableShape
    {
        public static readonly TableShape F2021 = new(ReportFormat.F2021), F2019 = new(ReportFormat.F2019);

        private readonly int[,] _cells;
        private readonly int[] _totals;
        private readonly Dictionary<Outcome, int> _outcomeRows = [];

        private TableShape(ReportFormat format)
        {
            Ids = [.. ReportLayout.For(format).Cells.Where(c => c.Table == ReportTable.Requests).Select(c => c.Id)];
            var position = Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var rows = new List<string> { "r1", "r2", "r4", "r3.7" };
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                var row = outcome.Info().RowIdIn(format);
                if (!rows.Contains(row)) rows.Add(row);
                _outcomeRows[outcome] = rows.IndexOf(row);
            }
            var kinds = Enum.GetValues<ApplicantKind>();
            _cells = new int[rows.Count, kinds.Max(k => (int)k) + 1];
            _totals = new int[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                foreach (var kind in kinds) _cells[r, (int)kind] = position[ReportLayout.RequestCellId(rows[r], kind.ColumnId())];
                _totals[r] = position[ReportLayout.RequestCellId(rows[r], "c7")];
            }
        }

        /// <summary>Every table-三 cell id of the format, in the layout's order.</summary>
        public string[] Ids { get; }

        public int Received => 0;
        public int OpenAtStart => 1;
        public int OpenAtEnd => 2;
        public int Concluded => 3;
        public int RowOf(Outcome outcome) => _outcomeRows[outcome];
        public int Cell(int row, ApplicantKind kind) => _cells[row, (int)kind];
        public int Total(int row) => _totals[row];
    }
}
