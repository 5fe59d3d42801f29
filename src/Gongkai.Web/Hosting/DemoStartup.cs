using Gongkai.Services.Demo;

namespace Gongkai.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/Gongkai.Web -- --demo</c> (or the setting <c>Demo=true</c>): on a database without agencies and
/// accounts, loads the demo records on start (<see cref="DemoDatabase"/>) and prints the demo accounts; on any other database it
/// changes nothing. The demo password is public: never start a server holding real records with it.
/// </summary>
public static class DemoStartup
{
    public const string Switch = "--demo";

    public static bool Requested(string[] args, IConfiguration configuration) =>
        args.Contains(Switch, StringComparer.Ordinal) || configuration.GetValue<bool>("Demo");

    /// <summary>The arguments without the switch, which the command-line configuration would otherwise pair with the next argument.</summary>
    public static string[] Without(string[] args) => args.Where(a => a != Switch).ToArray();

    public static async Task SeedAsync(WebApplication app)
    {
        var summary = await DemoDatabase.SeedIfEmptyAsync(app.Configuration, app.Lifetime.ApplicationStopping);
        if (summary is null)
        {
            Console.Out.WriteLine("数据库中已有机关或账户，未载入演示数据。");
            return;
        }
        foreach (var line in summary.Lines()) Console.Out.WriteLine(line);
        await Console.Out.FlushAsync();
    }
}
