using System.CommandLine;
using Gongkai.Cli.Accounts;
using Gongkai.Cli.Agencies;
using Gongkai.Cli.Auditing;
using Gongkai.Cli.Demo;
using Gongkai.Cli.LegalTime;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli;

/// <summary>The top-level command groups. Each feature keeps its commands in its own folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CalendarCommand.Build();
        yield return DeadlineCommand.Build();
        yield return FeeCommand.Build();
        yield return IdCommand.Build();
        yield return ReportCommands.Create();
        yield return AgencyCommand.Build();
        yield return AuditCommand.Build();
        yield return AccountCommand.Build();
        yield return Catalogue.CatalogueCommand.Build();
        yield return DemoCommand.Build();
    }
}
