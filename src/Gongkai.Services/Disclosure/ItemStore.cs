using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// Loads an item (its events, replayed by Core) and saves the events a step produced, together with everything derived from
/// them — the item row, the approved versions the portal reads, and the search index — in one transaction, with the audit log.
/// A concurrent step on the same item fails on the event sequence and is reported, never merged.
/// </summary>
public sealed class ItemStore(GongkaiDbContext db, ChineseSegmenter segmenter, TimeProvider clock)
{
    public sealed record Loaded(DisclosureItemRecord Record, DisclosureItem Item);

    public async Task<Loaded?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.DisclosureItems().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (record is null) return null;
        var events = await db.DisclosureItemEvents().AsNoTracking().Where(e => e.ItemId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return new Loaded(record, DisclosureItem.FromHistory(events.Select(ItemEventCodec.FromRecord)));
    }

    /// <summary>
    /// Saves <paramref name="item"/>'s events after the first <paramref name="storedEvents"/>. <paramref name="record"/> is null
    /// for a new item. Runs inside the caller's transaction when there is one.
    /// </summary>
    public async Task<DomainResult<DisclosureItemRecord>> SaveAsync(DisclosureItemRecord? record, Guid agencyId, DisclosureItem item, int storedEvents,
        CancellationToken cancellationToken)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var now = clock.GetUtcNow();
            if (record is null)
            {
                record = new DisclosureItemRecord { Id = item.Id.Value, AgencyId = agencyId, CreatedBy = item.History[0].ActorId, CreatedAt = now };
                db.DisclosureItems().Add(record);
            }
            for (var i = storedEvents; i < item.History.Count; i++)
                db.DisclosureItemEvents().Add(ItemEventCodec.ToRecord(item.History[i], i + 1));
            Project(record, item, now);

            var changedVersions = await SyncVersionsAsync(record, item, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await SyncSearchAsync(record, item, changedVersions, cancellationToken);
            if (owned is not null) await owned.CommitAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new ItemChangedMeanwhileError();
        }
        finally
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }

    private static void Project(DisclosureItemRecord r, DisclosureItem item, DateTimeOffset now)
    {
        r.Status = item.Status;
        r.Title = item.Content.Title;
        r.CategoryCode = item.Content.CategoryCode;
        r.Revision = item.Revision;
        r.IndexNumber = item.IndexNumber?.Text;
        r.Validity = item.Validity;
        r.ValidityEndedOn = item.ValidityEndedOn;
        r.SupersedesId = item.SupersedesId?.Value;
        r.SupersededById = item.SupersededById?.Value;
        r.RepealedById = item.RepealedById?.Value;
        r.WithdrawnAt = item.WithdrawnAt;
        r.WithdrawalReason = item.WithdrawalReason;
        r.FormedOrChangedOn = item.FormedOrChangedOn;
        r.FirstPublishAt = item.FirstPublishAt;
        r.UpdatedAt = now;
        r.EventCount = item.History.Count;
    }

    /// <summary>Writes new approved versions and updates the visibility window of the stored ones; returns the revisions added or dropped.</summary>
    private async Task<(List<ApprovedVersion> Added, List<int> Dropped)> SyncVersionsAsync(DisclosureItemRecord record, DisclosureItem item,
        CancellationToken cancellationToken)
    {
        var stored = await db.PublishedVersions().Where(v => v.ItemId == record.Id).ToDictionaryAsync(v => v.Revision, cancellationToken);
        var added = new List<ApprovedVersion>();
        var dropped = new List<int>();
        var versions = item.Versions;
        for (var i = 0; i < versions.Count; i++)
        {
            var v = versions[i];
            // Non-dropped versions are approved in time order, so a version is public until the next one's time (or the withdrawal).
            var next = versions.Skip(i + 1).FirstOrDefault(n => !n.Cancelled)?.PublishAt;
            var until = Min(next, item.WithdrawnAt);
            if (stored.TryGetValue(v.Revision, out var row))
            {
                if (v.Cancelled && !row.Cancelled) dropped.Add(v.Revision);
                row.Cancelled = v.Cancelled;
                row.VisibleUntil = until;
                continue;
            }
            var c = v.Content;
            var body = c.Body;
            db.PublishedVersions().Add(new PublishedVersionRecord
            {
                ItemId = record.Id, Revision = v.Revision, AgencyId = record.AgencyId, Title = c.Title, CategoryCode = c.CategoryCode,
                IssuingAgency = c.IssuingAgency, GeneratedOn = c.GeneratedOn, DocumentNumber = c.DocumentNumber, Summary = c.Summary,
                BodyHtml = body, BodyText = ItemBody.PlainText(body), PublishAt = v.PublishAt, FormedOrChangedOn = v.FormedOrChangedOn,
                PublishYear = ChinaStandardTime.DateOf(v.PublishAt).Year,
                VisibleUntil = until, Cancelled = v.Cancelled,
            });
            for (var ch = 0; ch < c.Channels.Count; ch++)
                db.PublishedVersionChannels().Add(new VersionChannelRecord { ItemId = record.Id, Revision = v.Revision, ChannelCode = c.Channels[ch].Code, Position = ch });
            for (var a = 0; a < c.Attachments.Count; a++)
            {
                var file = c.Attachments[a];
                db.PublishedVersionAttachments().Add(new VersionAttachmentRecord
                {
                    ItemId = record.Id, Revision = v.Revision, Position = a, Sha256 = file.Sha256, FileName = file.FileName,
                    MediaType = file.MediaType, Size = file.Size,
                });
            }
            if (!v.Cancelled) added.Add(v);
        }
        return (added, dropped);
    }

    private async Task SyncSearchAsync(DisclosureItemRecord record, DisclosureItem item, (List<ApprovedVersion> Added, List<int> Dropped) changed,
        CancellationToken cancellationToken)
    {
        if (item.Status == ItemStatus.Withdrawn)
        {
            await CatalogueSearchIndex.RemoveItemAsync(db, record.Id, cancellationToken);
            return;
        }
        foreach (var revision in changed.Dropped) await CatalogueSearchIndex.RemoveVersionAsync(db, record.Id, revision, cancellationToken);
        foreach (var v in changed.Added)
        {
            var c = v.Content;
            var hashes = c.Attachments.Select(a => a.Sha256).ToList();
            var attachmentTexts = hashes.Count == 0 ? [] :
                await db.StoredFiles().AsNoTracking().Where(f => hashes.Contains(f.Sha256)).Select(f => f.ExtractedText).ToListAsync(cancellationToken);
            var title = segmenter.IndexText(string.Join('\n', new[] { c.Title, c.DocumentNumber }.Where(s => !string.IsNullOrEmpty(s))));
            var body = segmenter.IndexText(string.Join('\n', new[] { c.Summary, ItemBody.PlainText(c.Body) }
                .Concat(attachmentTexts).Concat(c.Attachments.Select(a => Path.GetFileNameWithoutExtension(a.FileName)))
                .Where(s => !string.IsNullOrEmpty(s))));
            await CatalogueSearchIndex.IndexAsync(db, record.Id, v.Revision, record.AgencyId, title, body, cancellationToken);
        }
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
