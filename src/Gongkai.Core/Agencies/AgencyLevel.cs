namespace Gongkai.Core.Agencies;

/// <summary>
/// 机关层级: what kind of node an agency is in the region's tree. A region (区域) is the supervising scope (e.g. a district's
/// 集约化平台) and holds agencies; the others are 行政机关 and 公共企事业单位 that handle requests themselves.
/// </summary>
public enum AgencyLevel
{
    /// <summary>区域: a supervising scope (region, district); it handles no requests and needs no credit code.</summary>
    Region,
    /// <summary>人民政府: a people's government (区政府, 县政府).</summary>
    Government,
    /// <summary>政府部门: a working department of a government (局, 委, 办).</summary>
    Department,
    /// <summary>乡镇（街道）: a township government or sub-district office.</summary>
    Township,
    /// <summary>公共企事业单位: a public institution or enterprise disclosing under 条例第五十五条.</summary>
    PublicInstitution,
}

public static class AgencyLevels
{
    private static readonly (AgencyLevel Level, string Key, string Zh)[] Names =
    [
        (AgencyLevel.Region, "region", "区域"),
        (AgencyLevel.Government, "government", "人民政府"),
        (AgencyLevel.Department, "department", "政府部门"),
        (AgencyLevel.Township, "township", "乡镇（街道）"),
        (AgencyLevel.PublicInstitution, "institution", "公共企事业单位"),
    ];

    /// <summary>The stable English keyword used in files, the CLI and the API.</summary>
    public static string Key(this AgencyLevel level) => Names.Single(n => n.Level == level).Key;

    /// <summary>The Chinese name shown to people.</summary>
    public static string NameZh(this AgencyLevel level) => Names.Single(n => n.Level == level).Zh;

    /// <summary>All keywords, for messages naming what is accepted.</summary>
    public static IReadOnlyList<string> Keys => Names.Select(n => n.Key).ToList();

    /// <summary>Reads a level from its keyword or its Chinese name (乡镇 and 街道 alone are accepted too).</summary>
    public static AgencyLevel? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t is "乡镇" or "街道") return AgencyLevel.Township;
        foreach (var n in Names)
            if (string.Equals(n.Key, t, StringComparison.OrdinalIgnoreCase) || n.Zh == t)
                return n.Level;
        return null;
    }
}
