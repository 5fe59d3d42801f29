using Gongkai.Core.Agencies;

namespace Gongkai.Data.Agencies;

/// <summary>
/// 机关: one node of the installation's agency tree (region → agencies, any depth). Accounts, requests and documents
/// belong to an agency; a region's supervisor sees everything beneath it.
/// </summary>
public sealed class Agency
{
    private Agency()
    {
    }

    public Agency(Guid id, Guid? parentId, AgencyProfile profile, DateTimeOffset createdAt)
    {
        Id = id;
        ParentId = parentId;
        CreatedAt = createdAt;
        Name = profile.Name;
        CreditCode = profile.CreditCode?.Value;
        Level = profile.Level;
        IndexPrefix = profile.IndexPrefix;
        ShortName = profile.ShortName;
        ContactOffice = profile.Contact.Office;
        ContactAddress = profile.Contact.Address;
        ContactPhone = profile.Contact.Phone;
        ContactHours = profile.Contact.Hours;
    }

    /// <summary>
    /// An agency as stored, from a row a written statement read (the annual report's one-command batch of reads); like EF
    /// Core's own materialisation it checks nothing, as the row was checked when it was written.
    /// </summary>
    public static Agency FromStored(Guid id, Guid? parentId, string name, string? creditCode, AgencyLevel level, string? indexPrefix,
        string? shortName, DisclosureOfficeContact contact, DateTimeOffset createdAt) => new()
    {
        Id = id,
        ParentId = parentId,
        Name = name,
        CreditCode = creditCode,
        Level = level,
        IndexPrefix = indexPrefix,
        ShortName = shortName,
        ContactOffice = contact.Office,
        ContactAddress = contact.Address,
        ContactPhone = contact.Phone,
        ContactHours = contact.Hours,
        CreatedAt = createdAt,
    };

    /// <summary>Replaces every field and the place in the tree; the store has checked the profile and the parent.</summary>
    public void Update(Guid? parentId, AgencyProfile profile)
    {
        ParentId = parentId;
        Name = profile.Name;
        CreditCode = profile.CreditCode?.Value;
        Level = profile.Level;
        IndexPrefix = profile.IndexPrefix;
        ShortName = profile.ShortName;
        ContactOffice = profile.Contact.Office;
        ContactAddress = profile.Contact.Address;
        ContactPhone = profile.Contact.Phone;
        ContactHours = profile.Contact.Hours;
    }

    public Guid Id { get; private set; }

    /// <summary>The region or agency above this one; null only for a top-level region.</summary>
    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>统一社会信用代码 (validated, upper case); null for a region.</summary>
    public string? CreditCode { get; private set; }

    public AgencyLevel Level { get; private set; }

    /// <summary>索引号 prefix of the agency's published documents.</summary>
    public string? IndexPrefix { get; private set; }

    /// <summary>机关代字 opening its document numbers.</summary>
    public string? ShortName { get; private set; }

    public string? ContactOffice { get; private set; }
    public string? ContactAddress { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? ContactHours { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DisclosureOfficeContact Contact => new(ContactOffice, ContactAddress, ContactPhone, ContactHours);
}
