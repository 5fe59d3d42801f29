using Gongkai.Data.Auditing;

namespace Gongkai.Cli.Hosting;

/// <summary>Changes made with the command line are audited as <c>cli:USER</c>, the operating-system account that ran it.</summary>
internal sealed class CliAuditActor : IAuditActor
{
    public string Actor { get; } = "cli:" + Environment.UserName;

    public Guid? AgencyId => null;

    public string? RemoteAddress => null;
}
