using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Disclosure.Summary;
using Gongkai.Core.Disclosure.Timeliness;
using Gongkai.Core.Reporting;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The same figures for a caller that has already checked the scope (the report assembler).</summary>
    internal async Task<DomainResult<ProactiveYear>> ComputeForAgencyAsync(Guid agencyId, int year, ReportFormat? format,
        CancellationToken cancellationToken)
    {
        var catalogue = await setup.LoadAsync(agencyId, cancellationToken);
        if (catalogue is null) return new CatalogueAgencyNotFoundError();

        var documents = await db.NormativeDocuments().AsNoTracking().Where(d => d.AgencyId == agencyId && d.IssuedOn <= new DateOnly(year, 12, 31))
            .ToListAsync(cancellationToken);
        var statistics = await db.EnforcementStatistics().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agencyId && s.Year == year, cancellationToken);
        var entries = documents.Select(RegisterBook.ToEntry);
        var table = format is { } f
            ? ProactiveTableCounter.Count(entries, statistics is null ? null : RegisterBook.ToStatistics(statistics), year, f)
            : ProactiveTableCounter.Count(entries, statistics is null ? null : RegisterBook.ToStatistics(statistics), year);

        // Instants in UTC: PostgreSQL's timestamptz takes no other offset.
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaStandardTime.Offset).ToUniversalTime();
        var end = start.AddYears(1).AddTicks(-1);
        var counted = await db.PublishedVersions().AsNoTracking().VisibleAt(end).Where(v => v.AgencyId == agencyId)
            .Join(db.DisclosureItems().AsNoTracking().Where(i => i.FirstPublishAt >= start && i.FirstPublishAt <= end),
                v => v.ItemId, i => i.Id, (v, i) => new { v.ItemId, v.Revision, v.CategoryCode, i.FirstPublishAt })
            .ToListAsync(cancellationToken);
        var ids = counted.Select(c => c.ItemId).ToList();
        var channels = (await db.PublishedVersionChannels().AsNoTracking().Where(c => ids.Contains(c.ItemId)).ToListAsync(cancellationToken))
            .ToLookup(c => (c.ItemId, c.Revision));
        var known = catalogue.Channels.ToDictionary(c => c.Code);
        var facts = counted.Select(c => new ProactiveItemFacts(new DisclosureItemId(c.ItemId), c.CategoryCode,
            channels[(c.ItemId, c.Revision)].OrderBy(x => x.Position).Select(x => known[x.ChannelCode]).ToList(),
            DateOnly.FromDateTime(c.FirstPublishAt!.Value.ToOffset(ChinaStandardTime.Offset).DateTime)));

        // Every publication made in the year, withdrawn since or not (a version counts once it went public before any withdrawal).
        var publications = await db.PublishedVersions().AsNoTracking()
            .Where(v => v.AgencyId == agencyId && !v.Cancelled && v.PublishAt >= start && v.PublishAt <= end && (v.VisibleUntil == null || v.VisibleUntil > v.PublishAt))
            .Select(v => new { v.ItemId, v.Revision, v.FormedOrChangedOn, v.PublishAt }).ToListAsync(cancellationToken);
        var late = DisclosureTimeliness.CountLate(publications.Select(p => new ItemPublicationFacts(new DisclosureItemId(p.ItemId), p.Revision, p.FormedOrChangedOn,
            DateOnly.FromDateTime(p.PublishAt.ToOffset(ChinaStandardTime.Offset).DateTime))), year, WorkingDayCalendar.Default);
        return new ProactiveYear(table, ProactiveSummary.Count(facts, year, catalogue.Tree), late);
    }
}
