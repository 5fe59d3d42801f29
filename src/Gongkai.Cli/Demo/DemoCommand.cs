using System.CommandLine;
using Gongkai.Cli.Hosting;
using Gongkai.Services.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Demo;

/// <summary>
/// <c>gongkai demo [--data DIR]</c>: loads the demo records (吴忠市红寺堡区, 红寺堡区科学技术局 reproducing the seed report,
/// the busy 红寺堡区自然资源局) into an empty database and prints the demo accounts. Exit 0 loaded, 1 the database is not empty.
/// </summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var command = new Command("demo", "Load the demo data (演示数据) into an empty database and print the demo accounts");
        var database = CliDatabase.AddOptions(command);
        database.DataDir.Aliases.Add("--data");
        command.SetAction(async (parse, ct) =>
        {
            IConfiguration configuration;
            await using (var session = await CliDatabase.OpenAsync(parse, database, ct))
                configuration = session.Services.GetRequiredService<IConfiguration>();
            var output = parse.InvocationConfiguration.Output;
            var summary = await DemoDatabase.SeedIfEmptyAsync(configuration, ct);
            if (summary is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("数据库中已有机关或账户，未载入演示数据（演示数据只载入空数据库）。");
                return CliRunner.Failed;
            }
            foreach (var line in summary.Lines()) output.WriteLine(line);
            return CliRunner.Ok;
        });
        return command;
    }
}
