using Gongkai.Data.Auditing;

namespace Gongkai.Services.Demo;

/// <summary>
/// Who the audit log names for the demo's current step: the demo account acting (its id, as a signed-in account is named), or
/// <c>demo</c> for the set-up itself. One per demo run; each step's unit of work reads it.
/// </summary>
public sealed class DemoActing : IAuditActor
{
    public string Actor { get; private set; } = "demo";

    public Guid? AgencyId { get; private set; }

    public string? RemoteAddress => null;

    public void Become(string actor, Guid? agencyId)
    {
        Actor = actor;
        AgencyId = agencyId;
    }
}
