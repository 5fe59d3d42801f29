using Gongkai.Core.Agencies;
using Gongkai.Services.Agencies;

namespace Gongkai.Web.Agencies;

/// <summary>The fields of the add and edit forms, as posted.</summary>
public sealed class AgencyForm
{
    public Guid? ParentId { get; set; }
    public string? Name { get; set; }
    public string? CreditCode { get; set; }
    public string? Level { get; set; }
    public string? IndexPrefix { get; set; }
    public string? ShortName { get; set; }
    public string? Office { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Hours { get; set; }

    public AgencyInput ToInput() => new(Name, CreditCode, Level, IndexPrefix, ShortName, Contact);

    public DisclosureOfficeContact Contact => new(Office, Address, Phone, Hours);

    public static AgencyForm From(AgencyNode a) => new()
    {
        ParentId = a.ParentId, Name = a.Name, CreditCode = a.CreditCode, Level = a.Level.Key(), IndexPrefix = a.IndexPrefix,
        ShortName = a.ShortName, Office = a.Contact.Office, Address = a.Contact.Address, Phone = a.Contact.Phone, Hours = a.Contact.Hours,
    };

    /// <summary>The levels offered in the form, keyword and Chinese name.</summary>
    public static IReadOnlyList<(string Key, string Name)> Levels { get; } =
        Enum.GetValues<AgencyLevel>().Select(l => (l.Key(), l.NameZh())).ToList();
}
