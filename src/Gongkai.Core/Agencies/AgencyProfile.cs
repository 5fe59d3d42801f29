using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Agencies;

/// <summary>
/// 政府信息公开工作机构联系方式: how applicants reach the agency's disclosure office, as printed in its 政府信息公开指南
/// (条例第十二条: the guide states the office's name, address, office hours, telephone and fax).
/// </summary>
public sealed record DisclosureOfficeContact(string? Office, string? Address, string? Phone, string? Hours)
{
    public static readonly DisclosureOfficeContact None = new(null, null, null, null);
}

/// <summary>What a person typed for an agency, before validation (form, CLI options or one line of an import file).</summary>
public sealed record AgencyInput(
    string? Name, string? CreditCode, string? Level, string? IndexPrefix, string? ShortName, DisclosureOfficeContact Contact);

/// <summary>
/// 机关: one node of the region's agency tree, validated. Its parent is kept by the store, which alone can check that the
/// parent exists; this type holds the rules about the agency's own fields.
/// </summary>
public sealed record AgencyProfile(
    string Name, UnifiedSocialCreditCode? CreditCode, AgencyLevel Level, string? IndexPrefix, string? ShortName, DisclosureOfficeContact Contact)
{
    public const int MaxNameLength = 100;
    public const int MaxIndexPrefixLength = 40;
    public const int MaxShortNameLength = 10;
    public const int MaxContactFieldLength = 200;

    /// <summary>Checks every field and reports every problem found, so a form or an import line is corrected in one go.</summary>
    public static DomainResult<AgencyProfile> Validate(AgencyInput input)
    {
        var errors = new List<DomainError>();
        var name = Clean(input.Name);
        if (name is null) errors.Add(new AgencyNameRequiredError());
        else if (name.Length > MaxNameLength) errors.Add(new AgencyFieldTooLongError("名称", "name", MaxNameLength));

        var level = AgencyLevels.Parse(input.Level);
        if (level is null) errors.Add(new AgencyLevelUnknownError(input.Level ?? ""));

        // A region is a supervising scope, not an organisation; every agency that handles requests is a registered organ
        // and carries its 统一社会信用代码 (GB 32100-2015), which makes it unique across the installation.
        UnifiedSocialCreditCode? code = null;
        var codeText = Clean(input.CreditCode);
        if (codeText is not null || (level is not null && level != AgencyLevel.Region))
        {
            var check = UnifiedSocialCreditCode.Validate(codeText);
            if (check.Value is null) errors.Add(new AgencyCreditCodeInvalidError(check.Error!.MessageZh, check.Error.MessageEn));
            code = check.Value;
        }

        // 索引号 prefix: the agency's part of every index number (often its organisation code), so only characters that
        // are safe in an index number are allowed.
        var prefix = Clean(input.IndexPrefix);
        if (prefix is not null && (prefix.Length > MaxIndexPrefixLength || !prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/')))
            errors.Add(new AgencyIndexPrefixInvalidError(prefix));

        // 机关代字 (e.g. 浦府): the short name opening a document number such as 浦府依复〔2024〕3号.
        var shortName = Clean(input.ShortName);
        if (shortName is not null && (shortName.Length > MaxShortNameLength || shortName.Any(char.IsWhiteSpace)))
            errors.Add(new AgencyShortNameInvalidError(shortName));

        var c = input.Contact;
        var contact = new DisclosureOfficeContact(Clean(c.Office), Clean(c.Address), Clean(c.Phone), Clean(c.Hours));
        foreach (var (value, zh, en) in new[] { (contact.Office, "公开工作机构", "office"), (contact.Address, "地址", "address"), (contact.Phone, "电话", "phone"), (contact.Hours, "办公时间", "hours") })
            if (value is { Length: > MaxContactFieldLength })
                errors.Add(new AgencyFieldTooLongError(zh, en, MaxContactFieldLength));

        return errors.Count > 0
            ? DomainResult<AgencyProfile>.Failure(errors)
            : new AgencyProfile(name!, code, level!.Value, prefix, shortName, contact);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
