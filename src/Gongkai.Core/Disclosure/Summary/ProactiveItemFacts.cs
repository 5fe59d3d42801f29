using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Core.Disclosure.Summary;

/// <summary>
/// What section 一 counts about one item in one year: its category and channels as public at the end of the year, and when it
/// first went public. The SQL statistics produce the same rows.
/// </summary>
public sealed record ProactiveItemFacts(DisclosureItemId ItemId, string CategoryCode, IReadOnlyList<PublicationChannel> Channels, DateOnly FirstPublishedOn)
{
    /// <summary>
    /// The facts of <paramref name="item"/> for <paramref name="year"/>, or null when it does not count: it counts when it first went
    /// public in the year (China time) and was still public at the year's last instant — so a report computed in January is the same
    /// as one computed in March.
    /// </summary>
    public static ProactiveItemFacts? Of(DisclosureItem item, int year)
    {
        ArgumentNullException.ThrowIfNull(item);
        var yearEnd = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, ChinaStandardTime.Offset).AddTicks(-1);
        if (item.FirstPublishAt is not { } first || item.PublicVersionAt(yearEnd) is not { } version) return null;
        var firstOn = ChinaStandardTime.DateOf(first);
        return firstOn.Year == year ? new ProactiveItemFacts(item.Id, version.Content.CategoryCode, version.Content.Channels, firstOn) : null;
    }
}
