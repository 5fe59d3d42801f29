using System.Globalization;
using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Core.Disclosure.Summary;

/// <summary>A count under a label (a category or a channel).</summary>
public sealed record SummaryCount(string Code, string LabelZh, int Count);

/// <summary>
/// A part of section 一's breakdown: the items that went to the portal by category, then the items that went only elsewhere by
/// channel. The parts are disjoint and add up to <see cref="ProactiveSummary.Total"/>.
/// </summary>
public sealed record SummaryPart(SummaryPartKind Kind, string Code, string LabelZh, int Count, PublicationChannel? Channel);

public enum SummaryPartKind
{
    Category,
    Channel,
}

/// <summary>
/// 信息主动公开情况: section 一（一）'s numbers for a year, from the records — items first published in the year and still public at
/// its end (<see cref="ProactiveItemFacts.Of"/>), counted per category and per channel, and the sentence that states them.
/// </summary>
public sealed class ProactiveSummary
{
    private ProactiveSummary(int year, int total, IReadOnlyList<SummaryCount> byCategory, IReadOnlyList<SummaryCount> byChannel,
        IReadOnlyList<SummaryPart> parts, IReadOnlyList<PublicationChannel> channels)
    {
        Year = year;
        Total = total;
        ByCategory = byCategory;
        ByChannel = byChannel;
        Parts = parts;
        ChannelsUsed = channels;
    }

    public int Year { get; }

    /// <summary>Items disclosed in the year (each once, whatever its channels).</summary>
    public int Total { get; }

    /// <summary>Every item by category (all channels), in the category tree's order; categories without items are left out.</summary>
    public IReadOnlyList<SummaryCount> ByCategory { get; }

    /// <summary>Items per channel; an item that went out on two channels counts in both.</summary>
    public IReadOnlyList<SummaryCount> ByChannel { get; }

    /// <summary>The disjoint breakdown the sentence states (portal items by category, then other items by their first channel).</summary>
    public IReadOnlyList<SummaryPart> Parts { get; }

    /// <summary>The channels the year's items went out on, portal first, then in order of first use.</summary>
    public IReadOnlyList<PublicationChannel> ChannelsUsed { get; }

    public static ProactiveSummary Count(IEnumerable<DisclosureItem> items, int year, CategoryTree tree) =>
        Count(items.Select(i => ProactiveItemFacts.Of(i, year)).OfType<ProactiveItemFacts>(), year, tree);

    public static ProactiveSummary Count(IEnumerable<ProactiveItemFacts> facts, int year, CategoryTree tree)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.Where(f => f.FirstPublishedOn.Year == year).DistinctBy(f => f.ItemId).ToList();
        var order = tree.All.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        string CategoryLabel(string code) => tree.Find(code)?.NameZh ?? code;
        int CategoryOrder(string code) => order.GetValueOrDefault(code, int.MaxValue);

        var byCategory = list.GroupBy(f => f.CategoryCode)
            .OrderBy(g => CategoryOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SummaryCount(g.Key, CategoryLabel(g.Key), g.Count())).ToList();

        var channels = list.SelectMany(f => f.Channels).DistinctBy(c => c.Code)
            .OrderBy(c => c.Kind == ChannelKind.Portal ? 0 : 1).ToList();
        var byChannel = channels.Select(c => new SummaryCount(c.Code, ChannelLabel(c), list.Count(f => f.Channels.Any(x => x.Code == c.Code)))).ToList();

        var onPortal = list.Where(f => f.Channels.Any(c => c.Kind == ChannelKind.Portal)).ToList();
        var parts = onPortal.GroupBy(f => f.CategoryCode)
            .OrderBy(g => CategoryOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SummaryPart(SummaryPartKind.Category, g.Key, CategoryLabel(g.Key), g.Count(), null)).ToList();
        parts.AddRange(list.Except(onPortal)
            .GroupBy(f => f.Channels[0].Code)
            .Select(g => (Channel: channels.First(c => c.Code == g.Key), Count: g.Count()))
            .OrderBy(x => channels.IndexOf(x.Channel))
            .Select(x => new SummaryPart(SummaryPartKind.Channel, x.Channel.Code, ChannelLabel(x.Channel), x.Count, x.Channel)));

        return new ProactiveSummary(year, list.Count, byCategory, byChannel, parts, channels);
    }

    /// <summary>The sentence of section 一（一） in <paramref name="template"/>'s wording (default: the seed's).</summary>
    public DomainResult<string> Sentence(ProactiveSentenceTemplate? template = null)
    {
        var t = template ?? ProactiveSentenceTemplate.Default;
        // The default wording is valid (a test holds it); only a reworded template is checked on each use.
        var problems = ReferenceEquals(t, ProactiveSentenceTemplate.Default) ? [] : t.Validate();
        if (problems.Count > 0) return DomainResult<string>.Failure(problems);
        string year = Year.ToString(CultureInfo.InvariantCulture);
        if (Total == 0) return ProactiveSentenceTemplate.Fill(t.None, ("year", year), ("self", t.Self));

        string channelNames = string.Join("、", ChannelsUsed.Select(c => c.NameZh).Distinct());
        var lead = ProactiveSentenceTemplate.Fill(t.Lead, ("year", year), ("self", t.Self), ("channels", channelNames),
            ("total", Total.ToString(CultureInfo.InvariantCulture)));
        var parts = Parts.Select(p =>
        {
            string count = p.Count.ToString(CultureInfo.InvariantCulture);
            if (p.Kind == SummaryPartKind.Category) return ProactiveSentenceTemplate.Fill(t.CategoryPart, ("category", p.LabelZh), ("count", count));
            var c = p.Channel!;
            string outlet = c.AccountName is { } account
                ? ProactiveSentenceTemplate.Fill(t.OutletWithAccount, ("account", account), ("channel", c.NameZh))
                : ProactiveSentenceTemplate.Fill(t.Outlet, ("channel", c.NameZh));
            return ProactiveSentenceTemplate.Fill(t.ChannelPart, ("outlet", outlet),
                ("description", t.ChannelDescriptions.GetValueOrDefault(c.Code, "")), ("count", count));
        });
        return lead + string.Join(t.Separator, parts) + t.End;
    }

    private static string ChannelLabel(PublicationChannel c) => c.AccountName is { } a ? $"{c.NameZh}（{a}）" : c.NameZh;
}
