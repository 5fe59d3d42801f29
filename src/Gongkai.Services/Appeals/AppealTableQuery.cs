using Gongkai.Core.Appeals;
using Gongkai.Core.Reporting;
using Gongkai.Data.Appeals;
using Gongkai.Data.Persistence;
using Gongkai.Services.Reporting;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Appeals;

/// <summary>
/// Table 四 of (agency, year) as one SQL aggregate over the indexed dates (report-format.md §5, the rule Core's
/// <see cref="AppealTableCounter"/> states): a case counts in year Y when filed in Y or still open on 1 January of Y; its cell is
/// its result when concluded in Y, else 尚未审结; x5 is the group's sum.
/// </summary>
public sealed class AppealTableQuery(GongkaiDbContext db)
{
    /// <summary>Cell id (<c>t4.a1</c> … <c>t4.c5</c>) → count; all 15 cells.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        var batch = new ReportReadBatch(db);
        var counted = AddCount(batch, agencyId, year);
        await batch.ExecuteAsync(cancellationToken);
        return counted();
    }

    /// <summary>
    /// <see cref="CountAsync"/> as a statement of the annual report's <paramref name="batch"/>: <see cref="CountedIn"/>'s filter
    /// grouped by kind, result and concluded in the year, written out with the model's names; the returned function gives the
    /// 15 cells once the batch has run.
    /// </summary>
    internal static Func<IReadOnlyDictionary<string, int>> AddCount(ReportReadBatch batch, Guid agencyId, int year)
    {
        var statement = Statements.GetValue(batch.Model, model => new AgencyStatement(model));
        var cases = statement.Cases;
        var date = cases.Property(nameof(AppealCaseRecord.FiledOn));
        var groups = new List<(AppealKind, AppealResult?, bool, int)>();
        batch.Add(statement.Sql, reader =>
        {
            while (reader.Read())
                groups.Add((cases.Read<AppealKind>(reader, 0, nameof(AppealCaseRecord.Kind)),
                    reader.IsDBNull(1) ? null : cases.Read<AppealResult>(reader, 1, nameof(AppealCaseRecord.Result)),
                    reader.GetInt64(2) == 1, checked((int)reader.GetInt64(3))));
        }, new(cases.Property(nameof(AppealCaseRecord.AgencyId)), agencyId), new(date, new DateOnly(year, 1, 1)), new(date, new DateOnly(year, 12, 31)));
        return () => Cells(groups);
    }

    private static readonly ConditionalWeakTable<IModel, AgencyStatement> Statements = [];

    /// <summary>The one-agency table-四 statement (@p0 the agency, @p1 the year's first day, @p2 its last), built once per model.</summary>
    private sealed class AgencyStatement
    {
        public AgencyStatement(IModel model)
        {
            Cases = new StoredEntity(model, typeof(AppealCaseRecord));
            var kind = Cases.Column(nameof(AppealCaseRecord.Kind));
            var result = Cases.Column(nameof(AppealCaseRecord.Result));
            var filed = Cases.Column(nameof(AppealCaseRecord.FiledOn));
            var concluded = Cases.Column(nameof(AppealCaseRecord.ConcludedOn));
            var inYear = $"CASE WHEN {concluded} IS NOT NULL AND {concluded} <= @p2 THEN 1 ELSE 0 END";
            Sql = $$"""
                SELECT {{kind}}, {{result}}, {{inYear}}, COUNT(*)
                FROM {{Cases.Table}}
                WHERE {{Cases.Column(nameof(AppealCaseRecord.AgencyId))}} = @p0 AND {{filed}} <= @p2
                  AND ({{filed}} >= @p1 OR {{concluded}} IS NULL OR {{concluded}} >= @p1)
                GROUP BY {{kind}}, {{result}}, {{inYear}}
                """;
        }

        public StoredEntity Cases { get; }
        public string Sql { get; }
    }

    /// <summary>
    /// <see cref="CountAsync"/> for many agencies in one statement (GROUP BY agency_id, kind, result, concluded in the year); every
    /// requested agency is a key, with its 15 cells.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>>> CountByAgencyAsync(IReadOnlyCollection<Guid> agencyIds,
        int year, CancellationToken cancellationToken = default)
    {
        var last = new DateOnly(year, 12, 31);
        var groups = await CountedIn(db.AppealCases.AsNoTracking().Where(c => agencyIds.Contains(c.AgencyId)), year)
            .GroupBy(c => new { c.AgencyId, c.Kind, c.Result, ConcludedInYear = c.ConcludedOn != null && c.ConcludedOn <= last })
            .Select(g => new { g.Key.AgencyId, g.Key.Kind, g.Key.Result, g.Key.ConcludedInYear, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byAgency = groups.ToLookup(g => g.AgencyId);
        return agencyIds.Distinct().ToDictionary(id => id, id => Cells(byAgency[id].Select(g => (g.Kind, g.Result, g.ConcludedInYear, g.Count))));
    }

    private static IReadOnlyDictionary<string, int> Cells(IEnumerable<(AppealKind Kind, AppealResult? Result, bool ConcludedInYear, int Count)> groups)
    {
        var cells = ReportLayout.F2021.AppealColumns.ToDictionary(c => ReportLayout.AppealCellId(c.Id), _ => 0, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var result = g.ConcludedInYear ? g.Result : null;
            cells[ReportLayout.AppealCellId(g.Kind.ColumnId(result))] += g.Count;
            cells[ReportLayout.AppealCellId(g.Kind.TotalColumnId())] += g.Count;
        }
        return cells;
    }

    /// <summary>Cases counted in table 四 of <paramref name="year"/>: filed in the year, or filed before it and open on 1 January.</summary>
    internal static IQueryable<AppealCaseRecord> CountedIn(IQueryable<AppealCaseRecord> cases, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return cases.Where(c => c.FiledOn <= last && (c.FiledOn >= first || c.ConcludedOn == null || c.ConcludedOn >= first));
    }

    /// <summary>The two column ids (own cell and group total) a counted case adds to.</summary>
    internal static IReadOnlyList<string> CellsOf(AppealKind kind, DateOnly? concludedOn, AppealResult? result, int year) =>
        [kind.ColumnId(concludedOn is { } on && on.Year == year ? result : null), kind.TotalColumnId()];
}
