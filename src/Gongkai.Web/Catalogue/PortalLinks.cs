using System.Globalization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;

namespace Gongkai.Web.Catalogue;

/// <summary>URLs and display strings of the public portal, in one place.</summary>
public static class PortalLinks
{
    public static string Agency(Guid agencyId) => $"/xxgk/{agencyId:N}";
    public static string Guide(Guid agencyId) => $"/xxgk/{agencyId:N}/guide";

    /// <summary>依申请公开: the online application form of the agency (条例第二十九条).</summary>
    public static string Apply(Guid agencyId) => $"/apply/{agencyId:N}";
    public static string Item(Guid itemId) => $"/xxgk/items/{itemId:N}";
    public static string File(Guid itemId, string sha256) => $"/xxgk/items/{itemId:N}/files/{sha256}";
    public static string Feed(Guid agencyId, string? category = null) => category is null ? $"/xxgk/{agencyId:N}/feed.atom" : $"/xxgk/{agencyId:N}/{category}/feed.atom";

    public static string List(Guid agencyId, string? category, int? year, int page = 1)
    {
        var query = new List<string>();
        if (category is not null) query.Add("category=" + Uri.EscapeDataString(category));
        if (year is { } y) query.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        if (page > 1) query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return Agency(agencyId) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToOffset(ChinaStandardTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ValidityZh(Validity validity) => validity switch
    {
        Validity.InForce => "有效",
        Validity.Amended => "已修订",
        _ => "已废止",
    };

    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.0} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
