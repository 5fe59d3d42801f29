namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>What kind of outlet a channel is (条例第二十三条: 政府网站或者其他互联网政务媒体、政府公报、新闻发布会、报刊、广播、电视).</summary>
public enum ChannelKind
{
    /// <summary>政府门户网站 (and its 政府信息公开平台, 条例第二十四条): the catalogue itself.</summary>
    Portal,
    /// <summary>微信公众号.</summary>
    WeChatOfficialAccount,
    /// <summary>Any other outlet an agency configures (政务微博, 政府公报, 报刊, a 政务服务 app …).</summary>
    Other,
}

/// <summary>
/// 发布渠道: an outlet an item went out on, so that section 一 of the annual report can count items per channel from the records.
/// Identified by <see cref="Code"/>; <see cref="NameZh"/> is the kind of outlet (“微信公众号”) and <see cref="AccountName"/> the
/// account's own name where it has one (“红寺堡科技”).
/// </summary>
public sealed record PublicationChannel(string Code, ChannelKind Kind, string NameZh, string? AccountName = null)
{
    public const string PortalCode = "portal";
    public const string WeChatCode = "wechat";

    /// <summary>The agency's page on the government portal.</summary>
    public static PublicationChannel Portal { get; } = new(PortalCode, ChannelKind.Portal, "政府门户网站");

    /// <summary>A 微信公众号, e.g. <c>WeChat("红寺堡科技")</c>.</summary>
    public static PublicationChannel WeChat(string? accountName = null) => new(WeChatCode, ChannelKind.WeChatOfficialAccount, "微信公众号", accountName);

    /// <summary>An agency's own outlet; <paramref name="code"/> follows the rules of category codes.</summary>
    public static DomainResult<PublicationChannel> Other(string code, string nameZh, string? accountName = null)
    {
        if (!CategoryTree.IsValidCode(code) || code is PortalCode or WeChatCode) return new ChannelCodeInvalidError(code);
        var name = (nameZh ?? "").Trim();
        if (name.Length == 0) return new ChannelNameRequiredError();
        return new PublicationChannel(code, ChannelKind.Other, name, string.IsNullOrWhiteSpace(accountName) ? null : accountName.Trim());
    }
}

public sealed record ChannelCodeInvalidError(string Code) : DomainError("channel-code-invalid",
    $"发布渠道代码“{Code}”无效或已被内置渠道使用", $"channel code '{Code}' is invalid or reserved");

public sealed record ChannelNameRequiredError() : DomainError("channel-name-required",
    "请填写发布渠道名称", "a channel needs a name");
