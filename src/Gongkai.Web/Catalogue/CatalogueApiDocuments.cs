using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Services.Disclosure;

namespace Gongkai.Web.Catalogue;

/// <summary>An item's fields as the API takes them (create and update); absent lists are empty.</summary>
/// <param name="Category">The category code (e.g. <c>news</c> for 部门动态).</param>
/// <param name="Channels">Channel codes (<c>portal</c>, <c>wechat</c>, or the agency's own); absent: the portal only.</param>
/// <param name="KeepAttachments">On update: SHA-256 of the stored attachments to keep; absent keeps them all.</param>
/// <param name="RevisionOf">On create: 起草修订版本 — the published item in force this one revises; it becomes 已修订 when this one goes public.</param>
public sealed record ItemRequest(
    string? Title,
    string? Category,
    string? IssuingAgency,
    DateOnly? GeneratedOn,
    string? DocumentNumber,
    string? Summary,
    string? Body,
    List<string>? Channels,
    List<AttachmentUpload>? Attachments,
    List<string>? KeepAttachments,
    Guid? RevisionOf = null);

/// <summary>A new attachment: its file name and bytes in base64 (PDF, DOCX, XLSX or an image; checked by content).</summary>
public sealed record AttachmentUpload(string? FileName, string? ContentBase64);

/// <summary>保密审查: <c>pass</c> or <c>send-back</c> (a comment is then required).</summary>
public sealed record ReviewRequest(string? Decision, string? Comment);

/// <summary>分管领导审批: <c>approve</c> (the default; <c>publishAt</c> schedules it) or <c>send-back</c>.</summary>
public sealed record ApprovalRequest(string? Decision, string? Comment, DateTimeOffset? PublishAt);

public sealed record WithdrawalRequest(string? Reason);

/// <summary>修订: the published item that replaces this one, from <c>on</c> (today when absent).</summary>
public sealed record SupersedeRequest(Guid? NewerId, DateOnly? On);

/// <summary>废止 from <c>on</c> (today when absent); <c>repealedBy</c> names the published item that repealed it.</summary>
public sealed record RepealRequest(DateOnly? On, Guid? RepealedBy);

public sealed record AttachmentDocument(string Sha256, string FileName, string MediaType, long Size);

public sealed record TimelinessDocument(string State, bool NeedsAttention, DateOnly? DueDate, string Explanation)
{
    public static TimelinessDocument From(Gongkai.Core.Disclosure.Timeliness.TimelinessAssessment t) =>
        new(t.State.ToString(), t.NeedsAttention, t.Deadline?.DueDate, t.ExplanationZh);
}

public sealed record ItemSummaryDocument(Guid Id, string Title, string Category, string Status, string StatusZh, string? IndexNumber, int Revision,
    DateTimeOffset UpdatedAt, TimelinessDocument Timeliness)
{
    public static ItemSummaryDocument From(ItemListEntry e) =>
        new(e.Id, e.Title, e.CategoryCode, e.Status.ToString(), StaffResults.StatusZh(e.Status), e.IndexNumber, e.Revision, e.UpdatedAt,
            TimelinessDocument.From(e.Timeliness));
}

public sealed record ItemEventDocument(int Sequence, string Kind, string ActorId, DateTimeOffset At, string Summary);

public sealed record ItemRevisionDocument(int Number, string ActorId, DateTimeOffset At, IReadOnlyList<string> ChangedFields, string ChangedFieldsZh);

/// <summary>An item for staff: the working revision's content, its state in the 三审, 有效性 with links, history and revisions.</summary>
public sealed record ItemDocument(
    Guid Id,
    Guid AgencyId,
    string Title,
    string Category,
    string IssuingAgency,
    DateOnly GeneratedOn,
    string? DocumentNumber,
    string? Summary,
    string Body,
    IReadOnlyList<string> Channels,
    IReadOnlyList<AttachmentDocument> Attachments,
    string Status,
    string StatusZh,
    int Revision,
    string? IndexNumber,
    string Validity,
    string ValidityZh,
    DateOnly? ValidityEndedOn,
    Guid? RevisionOfId,
    Guid? SupersedesId,
    Guid? SupersededById,
    Guid? RepealedById,
    DateTimeOffset? FirstPublishAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    TimelinessDocument Timeliness,
    string? PublicUrl,
    IReadOnlyList<ItemEventDocument> History,
    IReadOnlyList<ItemRevisionDocument> Revisions)
{
    public static ItemDocument From(ItemDetails d, DateTimeOffset now)
    {
        var item = d.Item;
        var c = item.Content;
        return new ItemDocument(item.Id.Value, d.Record.AgencyId, c.Title, c.CategoryCode, c.IssuingAgency, c.GeneratedOn, c.DocumentNumber, c.Summary, c.Body,
            c.Channels.Select(x => x.Code).ToList(), c.Attachments.Select(Attachment).ToList(), item.Status.ToString(), StaffResults.StatusZh(item.Status),
            item.Revision, item.IndexNumber?.Text, item.Validity.ToString(), PortalLinks.ValidityZh(item.Validity), item.ValidityEndedOn,
            item.RevisionOfId?.Value, item.SupersedesId?.Value, item.SupersededById?.Value, item.RepealedById?.Value, item.FirstPublishAt, item.WithdrawnAt, item.WithdrawalReason,
            TimelinessDocument.From(d.Timeliness), item.IsPublic(now) ? PortalLinks.Item(item.Id.Value) : null,
            d.History.Select(e => new ItemEventDocument(e.Sequence, e.Kind, e.ActorId, e.At, e.Summary)).ToList(),
            item.Revisions.Select(r => new ItemRevisionDocument(r.Number, r.ActorId, r.At, r.ChangedFields, r.ChangedFieldsZh)).ToList());
    }

    private static AttachmentDocument Attachment(AttachmentReference a) => new(a.Sha256, a.FileName, a.MediaType, a.Size);
}

/// <summary>The outcome of a step: the item's state after it.</summary>
public sealed record StepDocument(Guid Id, string Status, string StatusZh, int Revision, string? IndexNumber, string Validity);

public sealed record RegisterDocumentDocument(Guid Id, string Kind, string KindZh, string Title, string? DocumentNumber, DateOnly IssuedOn,
    DateOnly? RepealedOn, DateOnly? SupersededOn)
{
    public static RegisterDocumentDocument From(RegisterEntry r) => new(r.Id, r.Entry.Kind.ToString(), r.Entry.Kind.LabelZh(), r.Entry.Title,
        r.Entry.DocumentNumber, r.Entry.IssuedOn, r.Entry.RepealedOn, r.Entry.SupersededOn);
}

/// <summary>A year's licensing, penalty and enforcement decisions and fee income (万元, from the stored 分).</summary>
public sealed record EnforcementStatisticsDocument(int Year, long LicensingDecisions, long PenaltyDecisions, long EnforcementDecisions, decimal FeeIncomeWan)
{
    public static EnforcementStatisticsDocument From(EnforcementStatistics s) =>
        new(s.Year, s.LicensingDecisions, s.PenaltyDecisions, s.EnforcementDecisions, s.FeeIncomeWan);
}

public sealed record ImportDocument(int Imported);

/// <summary>A published item as the public sees it (the item page's metadata block and body).</summary>
public sealed record PublicItemDocument(Guid Id, Guid AgencyId, string AgencyName, string Title, string? IndexNumber, string Category, string? CategoryName,
    string IssuingAgency, DateOnly GeneratedOn, string? DocumentNumber, DateTimeOffset PublishedAt, string Validity, string ValidityZh,
    DateOnly? ValidityEndedOn, string? Summary, string BodyHtml, IReadOnlyList<string> Channels, IReadOnlyList<PublicAttachmentDocument> Attachments,
    Guid? SupersedesId, Guid? SupersededById, string Url)
{
    public static PublicItemDocument From(PublicItem i)
    {
        var v = i.Version;
        return new PublicItemDocument(v.ItemId, i.Agency.Id, i.Agency.Name, v.Title, i.Item.IndexNumber, v.CategoryCode, i.Category?.LabelZh,
            v.IssuingAgency, v.GeneratedOn, v.DocumentNumber, v.PublishAt, i.Item.Validity.ToString(), PortalLinks.ValidityZh(i.Item.Validity),
            i.Item.ValidityEndedOn, v.Summary, v.BodyHtml, i.ChannelNames,
            i.Attachments.Select(a => new PublicAttachmentDocument(a.FileName, a.MediaType, a.Size, PortalLinks.File(v.ItemId, a.Sha256))).ToList(),
            i.Supersedes?.ItemId, i.SupersededBy?.ItemId, PortalLinks.Item(v.ItemId));
    }
}

public sealed record PublicAttachmentDocument(string FileName, string MediaType, long Size, string Url);

/// <summary>One search hit: the highlights are HTML with the matches in &lt;mark&gt; (everything else encoded).</summary>
public sealed record SearchHitDocument(Guid Id, string Title, string AgencyName, string? IndexNumber, DateTimeOffset PublishedAt, string TitleHtml,
    string SnippetHtml, int MatchedTerms, string Url);

public sealed record SearchDocument(string Query, int Total, int Page, int PageCount, IReadOnlyList<SearchHitDocument> Results);
