using System.CommandLine;
using Gongkai.Cli;

// `gongkai`: the command-line host. Exit codes: 0 success, 1 a finding or failed check, 2 bad input or arguments.
var root = new RootCommand("Gongkai (公开): government information disclosure — reports, deadlines, fees, identifiers.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
return CliRunner.Run(root, args);
