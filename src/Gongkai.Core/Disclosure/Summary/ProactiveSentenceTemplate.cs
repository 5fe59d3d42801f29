using System.Text.RegularExpressions;

namespace Gongkai.Core.Disclosure.Summary;

/// <summary>
/// The wording of section 一（一）'s sentence on proactive disclosure, as data (an agency may reword it). Placeholders in braces;
/// the defaults reproduce the seed report (红寺堡区科学技术局 2023):
/// “2023年，我局通过政府门户网站、微信公众号等平台主动公开信息 225 条，其中：政府信息公开年报 1 件，…，部门动态 30 件，
/// 通过“红寺堡科技”官方微信公众号转载、发布日常科技服务、技术培训等各类信息 183 条。”
/// </summary>
public sealed partial record ProactiveSentenceTemplate
{
    public static ProactiveSentenceTemplate Default { get; } = new();

    /// <summary>How the agency calls itself in its report.</summary>
    public string Self { get; init; } = "我局";

    /// <summary>Placeholders {year}, {self}, {channels} (channel names joined with 、), {total}.</summary>
    public string Lead { get; init; } = "{year}年，{self}通过{channels}等平台主动公开信息 {total} 条，其中：";

    /// <summary>The sentence when nothing was disclosed: {year}, {self}.</summary>
    public string None { get; init; } = "{year}年，{self}未主动公开信息。";

    /// <summary>A category's part: {category}, {count}.</summary>
    public string CategoryPart { get; init; } = "{category} {count} 件";

    /// <summary>A channel's part (items that did not go to the portal): {outlet}, {description}, {count}.</summary>
    public string ChannelPart { get; init; } = "通过{outlet}转载、发布{description}各类信息 {count} 条";

    /// <summary>{outlet} for a channel with an account name: {account}, {channel}.</summary>
    public string OutletWithAccount { get; init; } = "“{account}”官方{channel}";

    /// <summary>{outlet} for a channel without one: {channel}.</summary>
    public string Outlet { get; init; } = "{channel}";

    /// <summary>What a channel mostly carried (per channel code), e.g. “日常科技服务、技术培训等”; empty when not given.</summary>
    public IReadOnlyDictionary<string, string> ChannelDescriptions { get; init; } = new Dictionary<string, string>();

    public string Separator { get; init; } = "，";
    public string End { get; init; } = "。";

    /// <summary>The placeholders each template may use; any other is refused before a sentence is made.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        void Check(string name, string text, params string[] allowed)
        {
            foreach (Match m in Placeholder().Matches(text))
                if (!allowed.Contains(m.Groups[1].Value)) errors.Add(new SentencePlaceholderUnknownError(name, m.Value));
        }
        Check(nameof(Lead), Lead, "year", "self", "channels", "total");
        Check(nameof(None), None, "year", "self");
        Check(nameof(CategoryPart), CategoryPart, "category", "count");
        Check(nameof(ChannelPart), ChannelPart, "outlet", "description", "count");
        Check(nameof(OutletWithAccount), OutletWithAccount, "account", "channel");
        Check(nameof(Outlet), Outlet, "channel");
        return errors;
    }

    /// <summary>
    /// The template with each placeholder (<c>{name}</c>, lowercase letters, as <see cref="Placeholder"/> matches) replaced by its
    /// value; written out rather than as a regex replacement: every live annual report fills several.
    /// </summary>
    internal static string Fill(string template, params (string Name, string Value)[] values)
    {
        var text = new System.Text.StringBuilder(template.Length + 32);
        int copied = 0;
        for (int open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            int end = open + 1;
            while (end < template.Length && char.IsAsciiLetterLower(template[end])) end++;
            if (end == open + 1 || end == template.Length || template[end] != '}') continue;
            text.Append(template, copied, open - copied).Append(ValueOf(template.AsSpan(open + 1, end - open - 1), values));
            copied = end + 1;
            open = end;
        }
        return text.Append(template, copied, template.Length - copied).ToString();
    }

    private static string ValueOf(ReadOnlySpan<char> name, (string Name, string Value)[] values)
    {
        foreach (var (n, value) in values)
            if (name.SequenceEqual(n)) return value;
        throw new InvalidOperationException($"No value for the placeholder {{{name}}}.");
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}

public sealed record SentencePlaceholderUnknownError(string Template, string Placeholder) : DomainError("sentence-placeholder-unknown",
    $"句式“{Template}”中的占位符{Placeholder}无法识别", $"template {Template} uses the unknown placeholder {Placeholder}");
