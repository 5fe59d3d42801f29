using System.CommandLine;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Hosting;

/// <summary>
/// The database a command works on, configured exactly like the web app: <c>Database__Provider</c>,
/// <c>ConnectionStrings__Gongkai</c> and <c>DataDirectory</c> from the environment, overridden by <c>--data-dir</c>,
/// <c>--database</c> and <c>--connection</c>. The schema is migrated before the command runs, as the web app does on start.
/// </summary>
internal static class CliDatabase
{
    public static Option<string?> DataDirOption() => new("--data-dir")
    {
        Description = $"Data directory holding the SQLite database (default: DataDirectory from the environment, else {GongkaiDataOptions.DefaultDataDirectory})",
        Recursive = true,
    };

    public static Option<string?> ProviderOption() => new("--database")
    {
        Description = "sqlite or postgres (default: Database__Provider from the environment, else sqlite)",
        Recursive = true,
    };

    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "Connection string (default: ConnectionStrings__Gongkai from the environment)",
        Recursive = true,
    };

    /// <summary>Adds the three database options to a command group; its subcommands see them too.</summary>
    public static (Option<string?> DataDir, Option<string?> Provider, Option<string?> Connection) AddOptions(Command group)
    {
        var options = (DataDirOption(), ProviderOption(), ConnectionOption());
        group.Options.Add(options.Item1);
        group.Options.Add(options.Item2);
        group.Options.Add(options.Item3);
        return options;
    }

    /// <summary>Builds the services, migrates the database, and returns a session to resolve use cases from.</summary>
    public static async Task<CliSession> OpenAsync(
        ParseResult parse, (Option<string?> DataDir, Option<string?> Provider, Option<string?> Connection) options, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(options.DataDir) is { } dir) overrides["DataDirectory"] = dir;
        if (parse.GetValue(options.Provider) is { } provider) overrides["Database:Provider"] = provider;
        if (parse.GetValue(options.Connection) is { } connection) overrides[$"ConnectionStrings:{GongkaiDataOptions.ConnectionStringName}"] = connection;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        if (GongkaiDataOptions.ParseProvider(configuration["Database:Provider"]) is null)
            throw new CliUsageException($"--database: '{configuration["Database:Provider"]}' is not sqlite or postgres");

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGongkaiServices();
        services.AddScoped<IAuditActor, CliAuditActor>();
        var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await root.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return new CliSession(root);
    }
}

/// <summary>One command's services: a scope on a root provider, both disposed together.</summary>
internal sealed class CliSession(ServiceProvider root) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = root.CreateAsyncScope();

    public IServiceProvider Services => _scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
