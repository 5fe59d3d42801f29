using Gongkai.Core.Agencies;
using Gongkai.Services.Agencies;

namespace Gongkai.Web.Agencies;

/// <summary>政府信息公开工作机构联系方式 as the API reads and writes it.</summary>
public sealed record AgencyContactDocument(string? Office, string? Address, string? Phone, string? Hours)
{
    public static AgencyContactDocument From(DisclosureOfficeContact c) => new(c.Office, c.Address, c.Phone, c.Hours);

    public DisclosureOfficeContact ToContact() => new(Office, Address, Phone, Hours);
}

/// <summary>An agency as the API returns it.</summary>
/// <param name="Depth">0 for a top-level region; each level below adds one.</param>
/// <param name="Level">The level's keyword: region, government, department, township, institution.</param>
/// <param name="LevelName">The level's Chinese name (区域, 人民政府 …).</param>
public sealed record AgencyDocument(
    Guid Id, Guid? ParentId, int Depth, string Name, string? CreditCode, string Level, string LevelName, string? IndexPrefix,
    string? ShortName, AgencyContactDocument Contact)
{
    public static AgencyDocument From(AgencyNode a) => new(a.Id, a.ParentId, a.Depth, a.Name, a.CreditCode, a.Level.Key(),
        a.Level.NameZh(), a.IndexPrefix, a.ShortName, AgencyContactDocument.From(a.Contact));
}

/// <summary>An agency with the agencies beneath it.</summary>
public sealed record AgencyTreeDocument(AgencyDocument Agency, IReadOnlyList<AgencyTreeDocument> Children)
{
    /// <summary>Nests a list in tree order; an agency whose parent is not in the list becomes a root.</summary>
    public static IReadOnlyList<AgencyTreeDocument> Nest(IReadOnlyList<AgencyNode> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var children = nodes.ToLookup(n => n.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        IReadOnlyList<AgencyTreeDocument> Under(Guid? parent) =>
            children[parent].Select(n => new AgencyTreeDocument(AgencyDocument.From(n), Under(n.Id))).ToList();
        return Under(null);
    }
}

/// <summary>The body of <c>POST /api/v1/agencies</c> and <c>PUT /api/v1/agencies/{id}</c>.</summary>
/// <param name="ParentId">The region or agency above; null only for a top-level region.</param>
/// <param name="Level">region, government, department, township, institution (or the Chinese name).</param>
/// <param name="CreditCode">统一社会信用代码 (18 characters, checked); optional for a region.</param>
public sealed record AgencyRequest(
    Guid? ParentId, string? Name, string? CreditCode, string? Level, string? IndexPrefix, string? ShortName, AgencyContactDocument? Contact)
{
    public AgencyInput ToInput() => new(Name, CreditCode, Level, IndexPrefix, ShortName,
        Contact?.ToContact() ?? DisclosureOfficeContact.None);
}
