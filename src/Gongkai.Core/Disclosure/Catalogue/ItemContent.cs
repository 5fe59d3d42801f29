using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Core.Disclosure;

/// <summary>
/// 信息内容: what a disclosure item says and where it goes — one revision's worth. The catalogue metadata follow what catalogues
/// show (document-format.md §2: 索引号, 信息分类, 发布机构, 生成日期, 文号, 名称, 内容概述) and 条例第十二条 (索引、名称、内容概述、生成日期);
/// the 索引号 and 有效性 belong to the item, not to a revision.
/// </summary>
/// <param name="Title">名称.</param>
/// <param name="CategoryCode">信息分类: a code of the agency's <see cref="CategoryTree"/>.</param>
/// <param name="IssuingAgency">发布机构 / 发文机关, as printed.</param>
/// <param name="GeneratedOn">生成日期 (成文日期): the day the information was formed — the start of 条例第二十六条's 20 working days.</param>
/// <param name="DocumentNumber">文号 (e.g. 红科发〔2023〕5号), when the item is a document that has one.</param>
/// <param name="Summary">内容概述.</param>
/// <param name="Body">正文 as rich text (HTML); the host sanitises it before it reaches a page.</param>
public sealed record ItemContent(
    string Title,
    string CategoryCode,
    string IssuingAgency,
    DateOnly GeneratedOn,
    string? DocumentNumber,
    string? Summary,
    string Body,
    IReadOnlyList<AttachmentReference> Attachments,
    IReadOnlyList<PublicationChannel> Channels)
{
    public const int MaxTitleLength = 300;

    /// <summary>The keys of the fields that differ from <paramref name="before"/>, in declaration order (see <see cref="FieldLabelZh"/>).</summary>
    public IReadOnlyList<string> ChangedFrom(ItemContent before)
    {
        var changed = new List<string>();
        if (Title != before.Title) changed.Add(Fields.Title);
        if (CategoryCode != before.CategoryCode) changed.Add(Fields.Category);
        if (IssuingAgency != before.IssuingAgency) changed.Add(Fields.IssuingAgency);
        if (GeneratedOn != before.GeneratedOn) changed.Add(Fields.GeneratedOn);
        if (DocumentNumber != before.DocumentNumber) changed.Add(Fields.DocumentNumber);
        if (Summary != before.Summary) changed.Add(Fields.Summary);
        if (Body != before.Body) changed.Add(Fields.Body);
        if (!Attachments.SequenceEqual(before.Attachments)) changed.Add(Fields.Attachments);
        if (!Channels.SequenceEqual(before.Channels)) changed.Add(Fields.Channels);
        return changed;
    }

    /// <summary>Every problem of the content (a form shows them all at once). <paramref name="today"/> is China's date.</summary>
    public IReadOnlyList<DomainError> Validate(CategoryTree tree, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(Title)) errors.Add(new ItemTitleRequiredError());
        else if (Title.Length > MaxTitleLength) errors.Add(new ItemTitleTooLongError(Title.Length));
        if (tree.CheckAcceptsItems(CategoryCode) is { } category) errors.Add(category);
        if (string.IsNullOrWhiteSpace(IssuingAgency)) errors.Add(new ItemIssuingAgencyRequiredError());
        if (GeneratedOn > today) errors.Add(new ItemGeneratedDateInFutureError(GeneratedOn, today));
        if (string.IsNullOrWhiteSpace(Body) && Attachments.Count == 0) errors.Add(new ItemContentEmptyError());
        if (Channels.Count == 0) errors.Add(new ItemChannelRequiredError());
        foreach (var code in Channels.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add(new ItemChannelListedTwiceError(code));
        foreach (var a in Attachments.GroupBy(a => a.Sha256).Where(g => g.Count() > 1).Select(g => g.First()))
            errors.Add(new ItemAttachmentListedTwiceError(a.FileName));
        return errors;
    }

    public bool GoesTo(string channelCode) => Channels.Any(c => c.Code == channelCode);

    /// <summary>The Chinese label of a field key, for revision histories.</summary>
    public static string FieldLabelZh(string key) => key switch
    {
        Fields.Title => "名称",
        Fields.Category => "信息分类",
        Fields.IssuingAgency => "发布机构",
        Fields.GeneratedOn => "生成日期",
        Fields.DocumentNumber => "文号",
        Fields.Summary => "内容概述",
        Fields.Body => "正文",
        Fields.Attachments => "附件",
        Fields.Channels => "发布渠道",
        _ => key,
    };

    /// <summary>Field keys used in revision records and events.</summary>
    public static class Fields
    {
        public const string Title = "title";
        public const string Category = "category";
        public const string IssuingAgency = "issuing_agency";
        public const string GeneratedOn = "generated_on";
        public const string DocumentNumber = "document_number";
        public const string Summary = "summary";
        public const string Body = "body";
        public const string Attachments = "attachments";
        public const string Channels = "channels";

        public static IReadOnlyList<string> All { get; } = [Title, Category, IssuingAgency, GeneratedOn, DocumentNumber, Summary, Body, Attachments, Channels];
    }
}

public sealed record ItemTitleRequiredError() : DomainError("item-title-required", "请填写信息名称", "an item needs a title");

public sealed record ItemTitleTooLongError(int Length) : DomainError("item-title-too-long",
    $"信息名称过长（{Length}字，至多{ItemContent.MaxTitleLength}字）", $"the title has {Length} characters; at most {ItemContent.MaxTitleLength}");

public sealed record ItemIssuingAgencyRequiredError() : DomainError("item-issuing-agency-required", "请填写发布机构", "an item needs an issuing agency");

public sealed record ItemGeneratedDateInFutureError(DateOnly GeneratedOn, DateOnly Today) : DomainError("item-generated-date-in-future",
    $"生成日期{ChineseDates.Format(GeneratedOn)}晚于今天", $"the generated date {ChineseDates.Iso(GeneratedOn)} is after today {ChineseDates.Iso(Today)}");

public sealed record ItemContentEmptyError() : DomainError("item-content-empty", "正文和附件不能都为空", "an item needs a body or an attachment");

public sealed record ItemChannelRequiredError() : DomainError("item-channel-required",
    "请至少选择一个发布渠道", "an item needs at least one publication channel");

public sealed record ItemChannelListedTwiceError(string Code) : DomainError("item-channel-listed-twice",
    $"发布渠道“{Code}”重复", $"channel '{Code}' is listed twice");

public sealed record ItemAttachmentListedTwiceError(string FileName) : DomainError("item-attachment-listed-twice",
    $"附件“{FileName}”重复（内容相同）", $"attachment '{FileName}' is attached twice (same content)");
