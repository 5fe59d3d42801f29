namespace Gongkai.Data.DataProtection;

/// <summary>
/// One key of ASP.NET Core Data Protection (which signs antiforgery tokens and authentication cookies), as the XML the key
/// manager writes. Kept in the database so every web node uses the same key ring.
/// </summary>
public sealed class DataProtectionKeyRecord
{
    private DataProtectionKeyRecord()
    {
    }

    public DataProtectionKeyRecord(string? friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }

    /// <summary>The key manager's name for the key (key-{guid}).</summary>
    public string? FriendlyName { get; private set; }

    public string Xml { get; private set; } = "";
}
