using System.Globalization;
using System.Runtime.CompilerServices;
using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Disclosure.Summary;
using Gongkai.Core.Disclosure.Timeliness;
using Gongkai.Core.Reporting;
using Gongkai.Data.Agencies;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Disclosure;

/// <summary>What the catalogue and the registers contribute to one agency's annual report: table 二 and section 一's counts.</summary>
/// <param name="LatePublications">条例第二十六条: the year's publications (first versions and published changes) and those made after their due date.</param>
public sealed record ProactiveYear(ProactiveTable Table, ProactiveSummary Summary, LatePublicationCount LatePublications)
{
    /// <summary>
    /// Writes table 二's derived cells into <paramref name="report"/> and, when <paramref name="template"/> fits, section 一's sentence
    /// on proactively disclosed items (its total and parts are what the prose check P1 reads back).
    /// </summary>
    public DomainResult<AnnualReport> ApplyTo(AnnualReport report, ProactiveSentenceTemplate? template = null)
    {
        Table.ApplyTo(report);
        var sentence = Summary.Sentence(template);
        if (!sentence.Succeeded) return DomainResult<AnnualReport>.Failure(sentence.Errors);
        var existing = report.Sections.TryGetValue(SectionId.Overview, out var overview) ? overview.Body : "";
        report.SetSection(SectionId.Overview, string.IsNullOrEmpty(existing) ? sentence.Value : sentence.Value + "\n" + existing);
        return report;
    }
}

/// <summary>
/// 年度统计 of 主动公开 from the records: table 二 from the registers (Core's <see cref="ProactiveTableCounter"/>) and section 一（一）
/// from the catalogue — an item counts in year Y when it first went public in Y (China time) and was still public at the year's
/// last instant, under the category and channels of the version public then (Core's <see cref="ProactiveItemFacts"/>, reproduced
/// here in SQL over the approved versions).
/// </summary>
public sealed class ProactiveStatistics(GongkaiDbContext db, CatalogueSetup setup)
{
    public async Task<DomainResult<ProactiveYear>> ComputeAsync(StaffScope scope, Guid agencyId, int year, ReportFormat? format = null,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new CatalogueAgencyNotFoundError();
        return await ComputeForAgencyAsync(agencyId, year, format, cancellationToken);
    }

    /// <summary>
    /// The same figures for a caller that has already checked the scope: the catalogue loaded (seeded on first use, as the
    /// catalogue pages do), then the live report's statements for the year (<see cref="AddYearReads"/>) run as a batch of
    /// their own, so one agency's figures are read by one set of SQL whichever page asks.
    /// </summary>
    internal async Task<DomainResult<ProactiveYear>> ComputeForAgencyAsync(Guid agencyId, int year, ReportFormat? format,
        CancellationToken cancellationToken)
    {
        var catalogue = await setup.LoadAsync(agencyId, cancellationToken);
        if (catalogue is null) return new CatalogueAgencyNotFoundError();
        var batch = new ReportReadBatch(db);
        var computed = AddYearReads(batch, agencyId, year, format);
        await batch.ExecuteAsync(cancellationToken);
        return computed(catalogue);
    }

    /// <summary>
    /// <see cref="ComputeForAgencyAsync"/> as statements of the live report's <paramref name="batch"/>: the catalogue (read, not
    /// seeded: an agency never opened counts under the default catalogue, as in <see cref="ComputeForAgenciesAsync"/>) and the
    /// year's rows (<see cref="AddYearReads"/>). The returned function computes the figures once the batch has run.
    /// </summary>
    internal static Func<Agency, ProactiveYear> AddReads(ReportReadBatch batch, Guid agencyId, int year, ReportFormat? format)
    {
        var catalogue = CatalogueSetup.AddRead(batch, agencyId);
        var computed = AddYearReads(batch, agencyId, year, format);
        return agency => computed(catalogue(agency));
    }

    /// <summary>
    /// The year's rows as statements of <paramref name="batch"/> — the registers, the counted versions with their channels and
    /// the year's publications, SQL written with the model's names; the returned function computes the figures under the
    /// agency's catalogue once the batch has run.
    /// </summary>
    private static Func<AgencyCatalogue, ProactiveYear> AddYearReads(ReportReadBatch batch, Guid agencyId, int year, ReportFormat? format)
    {
        var s = Statements.GetValue(batch.Model, model => new YearStatements(model));
        var (start, end) = YearInstants(year);
        var documents = new List<NormativeDocumentRecord>();
        var d = s.Documents;
        batch.Add(s.DocumentsSql, reader =>
        {
            while (reader.Read())
                documents.Add(new NormativeDocumentRecord
                {
                    Id = d.Read<Guid>(reader, 0, nameof(NormativeDocumentRecord.Id)),
                    AgencyId = d.Read<Guid>(reader, 1, nameof(NormativeDocumentRecord.AgencyId)),
                    Kind = d.Read<NormativeDocumentKind>(reader, 2, nameof(NormativeDocumentRecord.Kind)),
                    Title = reader.GetString(3),
                    DocumentNumber = reader.IsDBNull(4) ? null : reader.GetString(4),
                    IssuedOn = d.Read<DateOnly>(reader, 5, nameof(NormativeDocumentRecord.IssuedOn)),
                    RepealedOn = d.ReadOrNull<DateOnly>(reader, 6, nameof(NormativeDocumentRecord.RepealedOn)),
                    SupersededOn = d.ReadOrNull<DateOnly>(reader, 7, nameof(NormativeDocumentRecord.SupersededOn)),
                    RecordedAt = d.Read<DateTimeOffset>(reader, 8, nameof(NormativeDocumentRecord.RecordedAt)),
                });
        }, new(d.Property(nameof(NormativeDocumentRecord.AgencyId)), agencyId), new(d.Property(nameof(NormativeDocumentRecord.IssuedOn)), new DateOnly(year, 12, 31)));
        var statistics = new List<EnforcementStatisticsRecord>();
        var e = s.Statistics;
        batch.Add(s.StatisticsSql, reader =>
        {
            while (reader.Read())
                statistics.Add(new EnforcementStatisticsRecord
                {
                    AgencyId = e.Read<Guid>(reader, 0, nameof(EnforcementStatisticsRecord.AgencyId)),
                    Year = e.Read<int>(reader, 1, nameof(EnforcementStatisticsRecord.Year)),
                    LicensingDecisions = e.Read<long>(reader, 2, nameof(EnforcementStatisticsRecord.LicensingDecisions)),
                    PenaltyDecisions = e.Read<long>(reader, 3, nameof(EnforcementStatisticsRecord.PenaltyDecisions)),
                    EnforcementDecisions = e.Read<long>(reader, 4, nameof(EnforcementStatisticsRecord.EnforcementDecisions)),
                    FeeIncomeFen = e.Read<long>(reader, 5, nameof(EnforcementStatisticsRecord.FeeIncomeFen)),
                    RecordedAt = e.Read<DateTimeOffset>(reader, 6, nameof(EnforcementStatisticsRecord.RecordedAt)),
                });
        }, new(e.Property(nameof(EnforcementStatisticsRecord.AgencyId)), agencyId), new(e.Property(nameof(EnforcementStatisticsRecord.Year)), year));
        var (v, i, c) = (s.Versions, s.Items, s.Channels);
        ReportReadBatch.Value[] versionsOfYear = [new(v.Property(nameof(PublishedVersionRecord.AgencyId)), agencyId),
            new(v.Property(nameof(PublishedVersionRecord.PublishAt)), start), new(v.Property(nameof(PublishedVersionRecord.PublishAt)), end)];
        var counted = new List<CountedRow>();
        batch.Add(s.CountedSql, reader =>
        {
            while (reader.Read())
                counted.Add(new CountedRow(
                    v.Read<Guid>(reader, 0, nameof(PublishedVersionRecord.AgencyId)), v.Read<Guid>(reader, 1, nameof(PublishedVersionRecord.ItemId)),
                    v.Read<int>(reader, 2, nameof(PublishedVersionRecord.Revision)), reader.GetString(3),
                    i.ReadOrNull<DateTimeOffset>(reader, 4, nameof(DisclosureItemRecord.FirstPublishAt)),
                    reader.IsDBNull(5) ? null : reader.GetString(5), c.ReadOrNull<int>(reader, 6, nameof(VersionChannelRecord.Position))));
        }, versionsOfYear);
        var publications = new List<Publication>();
        batch.Add(s.PublicationsSql, reader =>
        {
            while (reader.Read())
                publications.Add(new Publication(
                    v.Read<Guid>(reader, 0, nameof(PublishedVersionRecord.AgencyId)), v.Read<Guid>(reader, 1, nameof(PublishedVersionRecord.ItemId)),
                    v.Read<int>(reader, 2, nameof(PublishedVersionRecord.Revision)), v.Read<DateOnly>(reader, 3, nameof(PublishedVersionRecord.FormedOrChangedOn)),
                    v.Read<DateTimeOffset>(reader, 4, nameof(PublishedVersionRecord.PublishAt))));
        }, versionsOfYear);
        return catalogue => Compute(catalogue, Rows(documents, statistics, counted, publications), year, format);
    }

    private static readonly ConditionalWeakTable<IModel, YearStatements> Statements = [];

    /// <summary>
    /// The SQL of the year's reads — the normative documents and the enforcement statistics (@p0 the agency, @p1 the year's last
    /// day or the year), the counted versions and the publications (@p0 the agency, @p1 the year's first instant, @p2 its
    /// last) — written out with the model's names; built once per model.
    /// </summary>
    private sealed class YearStatements
    {
        public YearStatements(IModel model)
        {
            Documents = new StoredEntity(model, typeof(NormativeDocumentRecord));
            Statistics = new StoredEntity(model, typeof(EnforcementStatisticsRecord));
            Versions = new StoredEntity(model, typeof(PublishedVersionRecord));
            Items = new StoredEntity(model, typeof(DisclosureItemRecord));
            Channels = new StoredEntity(model, typeof(VersionChannelRecord));
            DocumentsSql = $"SELECT {Documents.Columns("d", nameof(NormativeDocumentRecord.Id), nameof(NormativeDocumentRecord.AgencyId),
                nameof(NormativeDocumentRecord.Kind), nameof(NormativeDocumentRecord.Title), nameof(NormativeDocumentRecord.DocumentNumber),
                nameof(NormativeDocumentRecord.IssuedOn), nameof(NormativeDocumentRecord.RepealedOn), nameof(NormativeDocumentRecord.SupersededOn),
                nameof(NormativeDocumentRecord.RecordedAt))} FROM {Documents.Table} AS d " +
                $"WHERE d.{Documents.Column(nameof(NormativeDocumentRecord.AgencyId))} = @p0 AND d.{Documents.Column(nameof(NormativeDocumentRecord.IssuedOn))} <= @p1";
            StatisticsSql = $"SELECT {Statistics.Columns("s", nameof(EnforcementStatisticsRecord.AgencyId), nameof(EnforcementStatisticsRecord.Year),
                nameof(EnforcementStatisticsRecord.LicensingDecisions), nameof(EnforcementStatisticsRecord.PenaltyDecisions),
                nameof(EnforcementStatisticsRecord.EnforcementDecisions), nameof(EnforcementStatisticsRecord.FeeIncomeFen),
                nameof(EnforcementStatisticsRecord.RecordedAt))} FROM {Statistics.Table} AS s " +
                $"WHERE s.{Statistics.Column(nameof(EnforcementStatisticsRecord.AgencyId))} = @p0 AND s.{Statistics.Column(nameof(EnforcementStatisticsRecord.Year))} = @p1";
            string V(string p) => $"v.{Versions.Column(p)}";
            var publishAt = V(nameof(PublishedVersionRecord.PublishAt));
            var visibleUntil = V(nameof(PublishedVersionRecord.VisibleUntil));
            var firstPublishAt = $"i.{Items.Column(nameof(DisclosureItemRecord.FirstPublishAt))}";
            var current = $"{V(nameof(PublishedVersionRecord.AgencyId))} = @p0 AND NOT {V(nameof(PublishedVersionRecord.Cancelled))}";
            CountedSql = $"SELECT {V(nameof(PublishedVersionRecord.AgencyId))}, {V(nameof(PublishedVersionRecord.ItemId))}, " +
                $"{V(nameof(PublishedVersionRecord.Revision))}, {V(nameof(PublishedVersionRecord.CategoryCode))}, {firstPublishAt}, " +
                $"c.{Channels.Column(nameof(VersionChannelRecord.ChannelCode))}, c.{Channels.Column(nameof(VersionChannelRecord.Position))} " +
                $"FROM {Versions.Table} AS v INNER JOIN {Items.Table} AS i ON {V(nameof(PublishedVersionRecord.ItemId))} = i.{Items.Column(nameof(DisclosureItemRecord.Id))} " +
                $"LEFT JOIN {Channels.Table} AS c ON {V(nameof(PublishedVersionRecord.ItemId))} = c.{Channels.Column(nameof(VersionChannelRecord.ItemId))} " +
                $"AND {V(nameof(PublishedVersionRecord.Revision))} = c.{Channels.Column(nameof(VersionChannelRecord.Revision))} " +
                $"WHERE {current} AND {publishAt} <= @p2 AND ({visibleUntil} IS NULL OR {visibleUntil} > @p2) " +
                $"AND {firstPublishAt} >= @p1 AND {firstPublishAt} <= @p2";
            PublicationsSql = $"SELECT {V(nameof(PublishedVersionRecord.AgencyId))}, {V(nameof(PublishedVersionRecord.ItemId))}, " +
                $"{V(nameof(PublishedVersionRecord.Revision))}, {V(nameof(PublishedVersionRecord.FormedOrChangedOn))}, {publishAt} " +
                $"FROM {Versions.Table} AS v WHERE {current} AND {publishAt} >= @p1 AND {publishAt} <= @p2 " +
                $"AND ({visibleUntil} IS NULL OR {visibleUntil} > {publishAt})";
        }

        public StoredEntity Documents { get; }
        public StoredEntity Statistics { get; }
        public StoredEntity Versions { get; }
        public StoredEntity Items { get; }
        public StoredEntity Channels { get; }
        public string DocumentsSql { get; }
        public string StatisticsSql { get; }
        public string CountedSql { get; }
        public string PublicationsSql { get; }
    }

    /// <summary>
    /// <see cref="ComputeForAgencyAsync"/> for many agencies in a fixed number of queries (the catalogues, the registers, the
    /// counted versions and their channels, the year's publications), each agency's figures computed from its own rows by the same
    /// Core rules. Unknown agencies are absent; an agency whose catalogue was never opened is counted under the default catalogue.
    /// </summary>
    internal async Task<IReadOnlyDictionary<Guid, ProactiveYear>> ComputeForAgenciesAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        ReportFormat? format, CancellationToken cancellationToken)
    {
        var catalogues = await setup.LoadAllAsync(agencyIds, cancellationToken);
        var rows = await ReadAsync(agencyIds, year, cancellationToken);
        var documents = rows.Documents.ToLookup(d => d.AgencyId);
        var statistics = rows.Statistics.ToLookup(s => s.AgencyId);
        var counted = rows.Counted.ToLookup(c => c.AgencyId);
        var publications = rows.Publications.ToLookup(p => p.AgencyId);
        return catalogues.ToDictionary(kv => kv.Key, kv => Compute(kv.Value,
            new YearRows([.. documents[kv.Key]], [.. statistics[kv.Key]], [.. counted[kv.Key]], rows.Channels, [.. publications[kv.Key]]), year, format));
    }

    private sealed record CountedVersion(Guid AgencyId, Guid ItemId, int Revision, string CategoryCode, DateTimeOffset? FirstPublishAt);

    private sealed record Publication(Guid AgencyId, Guid ItemId, int Revision, DateOnly FormedOrChangedOn, DateTimeOffset PublishAt);

    /// <summary>The rows a year's figures are counted from.</summary>
    private sealed record YearRows(
        IReadOnlyList<NormativeDocumentRecord> Documents, IReadOnlyList<EnforcementStatisticsRecord> Statistics, IReadOnlyList<CountedVersion> Counted,
        ILookup<(Guid ItemId, int Revision), VersionChannelRecord> Channels, IReadOnlyList<Publication> Publications);

    private async Task<YearRows> ReadAsync(IReadOnlyCollection<Guid> agencyIds, int year, CancellationToken cancellationToken)
    {
        var documents = await db.NormativeDocuments().AsNoTracking().Where(d => agencyIds.Contains(d.AgencyId)).Where(d => d.IssuedOn <= new DateOnly(year, 12, 31))
            .ToListAsync(cancellationToken);
        var statistics = await db.EnforcementStatistics().AsNoTracking().Where(s => agencyIds.Contains(s.AgencyId)).Where(s => s.Year == year).ToListAsync(cancellationToken);

        var (start, end) = YearInstants(year);
        // The counted versions with their channels in one statement: one row per (version, channel), a version without channels once.
        var countedRows = await (
                from v in db.PublishedVersions().AsNoTracking().VisibleAt(end).Where(v => agencyIds.Contains(v.AgencyId))
                join i in db.DisclosureItems().AsNoTracking().Where(i => i.FirstPublishAt >= start && i.FirstPublishAt <= end) on v.ItemId equals i.Id
                join c in db.PublishedVersionChannels().AsNoTracking() on new { v.ItemId, v.Revision } equals new { c.ItemId, c.Revision } into vc
                from c in vc.DefaultIfEmpty()
                select new CountedRow(v.AgencyId, v.ItemId, v.Revision, v.CategoryCode, i.FirstPublishAt, (string?)c!.ChannelCode, (int?)c.Position))
            .ToListAsync(cancellationToken);

        // Every publication made in the year, withdrawn since or not (a version counts once it went public before any withdrawal).
        var publications = await db.PublishedVersions().AsNoTracking().Where(v => agencyIds.Contains(v.AgencyId))
            .Where(v => !v.Cancelled && v.PublishAt >= start && v.PublishAt <= end && (v.VisibleUntil == null || v.VisibleUntil > v.PublishAt))
            .Select(v => new Publication(v.AgencyId, v.ItemId, v.Revision, v.FormedOrChangedOn, v.PublishAt)).ToListAsync(cancellationToken);
        return Rows(documents, statistics, countedRows, publications);
    }

    /// <summary>The year's first and last instant in UTC (PostgreSQL's timestamptz takes no other offset).</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) YearInstants(int year)
    {
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaStandardTime.Offset).ToUniversalTime();
        return (start, start.AddYears(1).AddTicks(-1));
    }

    /// <summary>One row of the counted versions' read: a version with one of its channels, or once without any.</summary>
    private sealed record CountedRow(Guid AgencyId, Guid ItemId, int Revision, string CategoryCode, DateTimeOffset? FirstPublishAt, string? ChannelCode, int? Position);

    private static YearRows Rows(List<NormativeDocumentRecord> documents, List<EnforcementStatisticsRecord> statistics, List<CountedRow> countedRows,
        List<Publication> publications)
    {
        var counted = countedRows.DistinctBy(r => (r.ItemId, r.Revision))
            .Select(c => new CountedVersion(c.AgencyId, c.ItemId, c.Revision, c.CategoryCode, c.FirstPublishAt)).ToList();
        var channels = countedRows.Where(r => r.ChannelCode is not null)
            .ToLookup(r => (r.ItemId, r.Revision), r => new VersionChannelRecord { ItemId = r.ItemId, Revision = r.Revision, ChannelCode = r.ChannelCode!, Position = r.Position!.Value });
        return new YearRows(documents, statistics, counted, channels, publications);
    }

    private static ProactiveYear Compute(AgencyCatalogue catalogue, YearRows rows, int year, ReportFormat? format)
    {
        var entries = rows.Documents.Select(RegisterBook.ToEntry);
        var statistics = rows.Statistics.SingleOrDefault();
        var table = format is { } f
            ? ProactiveTableCounter.Count(entries, statistics is null ? null : RegisterBook.ToStatistics(statistics), year, f)
            : ProactiveTableCounter.Count(entries, statistics is null ? null : RegisterBook.ToStatistics(statistics), year);

        var known = catalogue.Channels.ToDictionary(c => c.Code);
        var facts = rows.Counted.Select(c => new ProactiveItemFacts(new DisclosureItemId(c.ItemId), c.CategoryCode,
            rows.Channels[(c.ItemId, c.Revision)].OrderBy(x => x.Position).Select(x => known[x.ChannelCode]).ToList(),
            ChinaStandardTime.DateOf(c.FirstPublishAt!.Value)));
        var late = DisclosureTimeliness.CountLate(rows.Publications.Select(p => new ItemPublicationFacts(new DisclosureItemId(p.ItemId), p.Revision,
            p.FormedOrChangedOn, ChinaStandardTime.DateOf(p.PublishAt))), year, WorkingDayCalendar.Default);
        return new ProactiveYear(table, ProactiveSummary.Count(facts, year, catalogue.Tree), late);
    }
}
