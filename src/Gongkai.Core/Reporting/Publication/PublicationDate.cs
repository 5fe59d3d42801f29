using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Publication;

/// <summary>Where a report's publication date was taken from, from the most to the least reliable.</summary>
public enum PublicationDateSource
{
    /// <summary>Given by the person auditing (<c>--published</c>, a form field) or recorded on publication in Gongkai.</summary>
    Stated,
    /// <summary>A page's publication meta tag (<c>&lt;meta name="PubDate"&gt;</c>, <c>article:published_time</c>).</summary>
    PageMeta,
    /// <summary>The portal's date line around the report (“发布时间：2024-01-09 19:36”).</summary>
    PageDateLine,
    /// <summary>The HTTP Last-Modified of the downloaded file (<c>report fetch</c>): when the server last changed it, at best a bound.</summary>
    LastModified,
    /// <summary>The date closing the report under the agency's name (落款日期): when it was signed, not necessarily when published.</summary>
    ClosingDate,
}

/// <summary>A publication date and where it came from.</summary>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source)
{
    public string SourceZh => Source switch
    {
        PublicationDateSource.Stated => "人工填写",
        PublicationDateSource.PageMeta => "网页发布时间标记",
        PublicationDateSource.PageDateLine => "网页“发布时间”",
        PublicationDateSource.LastModified => "下载时服务器的最后修改时间",
        _ => "报告落款日期",
    };
}

/// <summary>
/// 公布日期识别: finds when a published report was put online from the text or HTML it came in — the page's meta tag, the
/// portal's 发布时间 line, or the date under the agency's name at the end. Dates before the reported year ended cannot be
/// the publication of that year's report (a template date, a date quoted in the text) and are ignored.
/// </summary>
public static partial class PublicationDateFinder
{
    public static PublicationDate? Find(string? source, int? reportYear)
    {
        if (string.IsNullOrEmpty(source)) return null;
        foreach (Match m in MetaTag().Matches(source))
            if (Plausible(ParseDate(m.Groups["date"].Value), reportYear) is { } date) return new PublicationDate(date, PublicationDateSource.PageMeta);
        foreach (Match m in DateLine().Matches(source))
            if (Plausible(ParseDate(m.Groups["date"].Value), reportYear) is { } date) return new PublicationDate(date, PublicationDateSource.PageDateLine);
        if (ClosingDate().Match(source) is { Success: true } closing && Plausible(ParseDate(closing.Groups["date"].Value), reportYear) is { } signed)
            return new PublicationDate(signed, PublicationDateSource.ClosingDate);
        return null;
    }

    /// <summary>A date written 2024-01-09, 2024/1/9, 2024.01.09 or 2024年1月9日 (ASCII or full-width digits).</summary>
    public static DateOnly? ParseDate(string text)
    {
        var m = DatePattern().Match(Ascii(text));
        if (!m.Success) return null;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static DateOnly? Plausible(DateOnly? date, int? reportYear) =>
        date is { } d && (reportYear is not { } y || (d.Year >= y + 1 && d.Year <= y + 2)) ? d : null;

    private static string Ascii(string text) => new([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);

    private const string Date = @"(?<date>[0-9０-９]{4}\s*(?:[-/.]|年)\s*[0-9０-９]{1,2}\s*(?:[-/.]|月)\s*[0-9０-９]{1,2}日?)";

    [GeneratedRegex(@"(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"<meta\s[^>]*(?:name|property)\s*=\s*[""']?(?:PubDate|pubdate|publishdate|PublishDate|firstpublishedtime|article:published_time|dc\.date\.issued|DC\.Date)[""']?[^>]*content\s*=\s*[""']?\s*" + Date,
        RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"(?:发布时间|发布日期|公开时间|公开日期|发文日期|发稿时间|更新时间|时间)\s*[:：]\s*" + Date)]
    private static partial Regex DateLine();

    /// <summary>A date in the last characters of the text, after which only a few characters of page chrome follow.</summary>
    [GeneratedRegex(Date + @"[^0-9０-９年月日]{0,40}\z")]
    private static partial Regex ClosingDate();
}
