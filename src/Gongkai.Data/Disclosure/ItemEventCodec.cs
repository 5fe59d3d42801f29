using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.IndexNumbers;

namespace Gongkai.Data.Disclosure;

/// <summary>
/// Stores Core's <see cref="ItemEvent"/>s as rows and reads them back. The JSON shape is Gongkai's own (Core carries no
/// serialisation attributes); field names are stable because stored events are never rewritten.
/// </summary>
public static class ItemEventCodec
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static ItemEventRecord ToRecord(ItemEvent e, int sequence)
    {
        var payload = e switch
        {
            ItemDrafted d => new Payload { Content = ContentDto.From(d.Content), Other = d.RevisionOf?.Value },
            ItemEdited ed => new Payload
            {
                Revision = ed.Revision, Content = ContentDto.From(ed.Content), ChangedFields = [.. ed.ChangedFields],
                On = ed.FormedOrChangedOn, CancelledSchedule = ed.CancelledSchedule, From = ed.From.ToString(),
            },
            ItemSubmittedForReview s => new Payload { Revision = s.Revision },
            ConfidentialityReviewPassed c => new Payload { Revision = c.Revision, Comment = c.Comment },
            ItemSentBack b => new Payload { Revision = b.Revision, From = b.From.ToString(), Comment = b.Comment },
            ItemApproved a => new Payload { Revision = a.Revision, Comment = a.Comment, PublishAt = a.PublishAt },
            ScheduledItemPublished p => new Payload { Revision = p.Revision },
            ItemWithdrawn w => new Payload { Comment = w.Reason, From = w.From.ToString() },
            IndexNumberAssigned n => new Payload { IndexNumber = n.Number.Text },
            ItemAmended am => new Payload { Other = am.NewerId.Value, On = am.On },
            ItemSupersedes su => new Payload { Other = su.OlderId.Value },
            ItemRepealed r => new Payload { On = r.On, Other = r.RepealedBy?.Value },
            _ => throw new ArgumentException($"Unknown item event {e.GetType().Name}.", nameof(e)),
        };
        return new ItemEventRecord
        {
            ItemId = e.ItemId.Value,
            Sequence = sequence,
            Kind = e.GetType().Name,
            ActorId = e.ActorId,
            At = e.At,
            Summary = e.SummaryZh.Length > 2000 ? e.SummaryZh[..2000] : e.SummaryZh,
            Payload = JsonSerializer.Serialize(payload, Json),
        };
    }

    public static ItemEvent FromRecord(ItemEventRecord r)
    {
        var p = JsonSerializer.Deserialize<Payload>(r.Payload, Json) ?? throw new InvalidDataException($"Empty event payload {r.ItemId}/{r.Sequence}.");
        var id = new DisclosureItemId(r.ItemId);
        return r.Kind switch
        {
            nameof(ItemDrafted) => new ItemDrafted(id, r.ActorId, r.At, p.Content!.ToContent(), p.Other is { } o ? new DisclosureItemId(o) : null),
            nameof(ItemEdited) => new ItemEdited(id, r.ActorId, r.At, p.Revision!.Value, p.Content!.ToContent(), p.ChangedFields ?? [],
                p.On, p.CancelledSchedule ?? false, Enum.Parse<ItemStatus>(p.From!)),
            nameof(ItemSubmittedForReview) => new ItemSubmittedForReview(id, r.ActorId, r.At, p.Revision!.Value),
            nameof(ConfidentialityReviewPassed) => new ConfidentialityReviewPassed(id, r.ActorId, r.At, p.Revision!.Value, p.Comment),
            nameof(ItemSentBack) => new ItemSentBack(id, r.ActorId, r.At, p.Revision!.Value, Enum.Parse<ItemStatus>(p.From!), p.Comment!),
            nameof(ItemApproved) => new ItemApproved(id, r.ActorId, r.At, p.Revision!.Value, p.Comment, p.PublishAt!.Value),
            nameof(ScheduledItemPublished) => new ScheduledItemPublished(id, r.ActorId, r.At, p.Revision!.Value),
            nameof(ItemWithdrawn) => new ItemWithdrawn(id, r.ActorId, r.At, p.Comment!, Enum.Parse<ItemStatus>(p.From!)),
            nameof(IndexNumberAssigned) => new IndexNumberAssigned(id, r.ActorId, r.At, IndexNumber.Imported(p.IndexNumber).Value),
            nameof(ItemAmended) => new ItemAmended(id, r.ActorId, r.At, new DisclosureItemId(p.Other!.Value), p.On!.Value),
            nameof(ItemSupersedes) => new ItemSupersedes(id, r.ActorId, r.At, new DisclosureItemId(p.Other!.Value)),
            nameof(ItemRepealed) => new ItemRepealed(id, r.ActorId, r.At, p.On!.Value, p.Other is { } o ? new DisclosureItemId(o) : null),
            _ => throw new InvalidDataException($"Unknown stored item event kind '{r.Kind}'."),
        };
    }

    private sealed class Payload
    {
        public ContentDto? Content { get; set; }
        public int? Revision { get; set; }
        public string[]? ChangedFields { get; set; }
        public DateOnly? On { get; set; }
        public bool? CancelledSchedule { get; set; }
        public string? From { get; set; }
        public string? Comment { get; set; }
        public DateTimeOffset? PublishAt { get; set; }
        public string? IndexNumber { get; set; }
        public Guid? Other { get; set; }
    }

    private sealed class ContentDto
    {
        public string Title { get; set; } = "";
        public string Category { get; set; } = "";
        public string IssuingAgency { get; set; } = "";
        public DateOnly GeneratedOn { get; set; }
        public string? DocumentNumber { get; set; }
        public string? Summary { get; set; }
        public string Body { get; set; } = "";
        public AttachmentDto[] Attachments { get; set; } = [];
        public ChannelDto[] Channels { get; set; } = [];

        public static ContentDto From(ItemContent c) => new()
        {
            Title = c.Title, Category = c.CategoryCode, IssuingAgency = c.IssuingAgency, GeneratedOn = c.GeneratedOn,
            DocumentNumber = c.DocumentNumber, Summary = c.Summary, Body = c.Body,
            Attachments = [.. c.Attachments.Select(a => new AttachmentDto { Sha256 = a.Sha256, FileName = a.FileName, Type = a.Type.ToString(), Size = a.Size })],
            Channels = [.. c.Channels.Select(ch => new ChannelDto { Code = ch.Code, Kind = ch.Kind.ToString(), Name = ch.NameZh, Account = ch.AccountName })],
        };

        public ItemContent ToContent() => new(Title, Category, IssuingAgency, GeneratedOn, DocumentNumber, Summary, Body,
            [.. Attachments.Select(a => AttachmentReference.Create(a.FileName, Enum.Parse<AttachmentType>(a.Type), a.Sha256, a.Size).Value)],
            [.. Channels.Select(ch => new PublicationChannel(ch.Code, Enum.Parse<ChannelKind>(ch.Kind), ch.Name, ch.Account))]);
    }

    private sealed class AttachmentDto
    {
        public string Sha256 { get; set; } = "";
        public string FileName { get; set; } = "";
        public string Type { get; set; } = "";
        public long Size { get; set; }
    }

    private sealed class ChannelDto
    {
        public string Code { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Account { get; set; }
    }
}
