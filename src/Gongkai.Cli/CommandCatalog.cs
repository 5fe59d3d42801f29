using System.CommandLine;

namespace Gongkai.Cli;

/// <summary>The top-level command groups. Each feature keeps its commands in its own folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
