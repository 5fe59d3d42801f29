using System.Net;
using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// The app on SQLite with settings of its own on top of the defaults (limits, proxies, log levels) and, optionally,
/// extra services (a log sink). One fixture per configuration: the settings hold for the app's lifetime.
/// </summary>
public abstract class ConfiguredSqliteAppFixture : GongkaiAppFixture
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(ConfigureServices);
    }

    protected override Task<IReadOnlyDictionary<string, string>> CreateDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Database:Provider"] = "sqlite",
            ["DataDirectory"] = DataDirectory,
        });

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends a request as if from <paramref name="remoteAddress"/> (the TCP peer), with <paramref name="configure"/>
    /// setting method, path, headers and body.
    /// </summary>
    public Task<HttpContext> SendFromAsync(string remoteAddress, Action<HttpContext> configure) =>
        Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            configure(context);
        });
}
