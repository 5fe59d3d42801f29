namespace Gongkai.Data.Auditing;

/// <summary>Who is making the changes of the current unit of work, and from where; the hosts register their own.</summary>
public interface IAuditActor
{
    /// <summary>An account id, <c>cli:USER</c>, <c>anonymous</c> or <c>system</c>.</summary>
    string Actor { get; }

    Guid? AgencyId { get; }

    string? RemoteAddress { get; }
}

/// <summary>Changes made by the application itself (start-up, scheduled work) or by tools with no signed-in person.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();

    public string Actor => "system";

    public Guid? AgencyId => null;

    public string? RemoteAddress => null;
}
