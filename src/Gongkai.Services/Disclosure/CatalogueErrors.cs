using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// No such item for this caller: it does not exist, or it belongs to an agency the caller may not read (the two are not told
/// apart, so another agency's drafts stay invisible).
/// </summary>
public sealed record CatalogueItemNotFoundError() : DomainError("catalogue-item-not-found",
    "未找到该信息", "no such item"), INotFoundError;

public sealed record CatalogueAgencyNotFoundError() : DomainError("catalogue-agency-not-found",
    "未找到该机关", "no such agency"), INotFoundError;

/// <summary>The caller may read the agency's records but not do this step (e.g. a supervisor, or a reviewer drafting).</summary>
public sealed record CatalogueRoleRequiredError(string RoleZh) : DomainError("catalogue-role-required",
    $"此操作须由{RoleZh}办理", $"this step needs the role {RoleZh}"), IForbiddenError;

/// <summary>Someone else changed the item between loading and saving; reload and try again.</summary>
public sealed record ItemChangedMeanwhileError() : DomainError("item-changed-meanwhile",
    "该信息已被他人修改，请刷新后重试", "the item was changed by someone else; reload and retry");

/// <summary>The agency has neither an 索引号 prefix nor a credit code, so no number can be made by its rule.</summary>
public sealed record IndexRuleMissingError() : DomainError("index-rule-missing",
    "本机关未设置索引号前缀或统一社会信用代码，无法编制索引号", "the agency has no index prefix or credit code to number items with");

public sealed record IndexRuleInvalidError(DomainError Inner) : DomainError("index-rule-invalid",
    $"本机关的索引号规则无效：{Inner.MessageZh}", $"the agency's index number rule is invalid: {Inner.MessageEn}");

public sealed record ChannelNotConfiguredError(string Code) : DomainError("channel-not-configured",
    $"本机关未设置发布渠道“{Code}”", $"the agency has no channel '{Code}'"), IInvalidInputError;

public sealed record AttachmentNotStoredError(string Sha256) : DomainError("attachment-not-stored",
    "附件文件不存在，请重新上传", $"no stored file {Sha256}"), IInvalidInputError;

public sealed record AttachmentTooLargeError(long Size, long Max) : DomainError("attachment-too-large",
    $"附件过大（{Size / 1024 / 1024} MB，至多 {Max / 1024 / 1024} MB）", $"the attachment has {Size} bytes; at most {Max}"), IInputTooLargeError;
