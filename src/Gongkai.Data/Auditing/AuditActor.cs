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

/// <summary>
/// An actor's values read once: for changes saved later by another unit of work (a group commit writes several web requests'
/// submissions in one transaction), when the request that made them may no longer be the current one.
/// </summary>
public sealed record AuditActorSnapshot(string Actor, Guid? AgencyId, string? RemoteAddress) : IAuditActor
{
    public static AuditActorSnapshot Of(IAuditActor actor) => new(actor.Actor, actor.AgencyId, actor.RemoteAddress);
}
