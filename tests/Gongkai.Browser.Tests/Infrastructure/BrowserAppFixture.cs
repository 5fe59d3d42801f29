using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free loopback port) with a temporary SQLite data directory, and one headless Debian
/// Chromium driven by Playwright. Reusable by every browser test (requests, catalogue …): take it as a class fixture,
/// open a fresh <see cref="NewPageAsync"/> per test (own cookies), seed through <see cref="WebApplicationFactory{T}.Services"/>.
/// </summary>
public sealed class BrowserAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Browser-Admin-2024";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    private ChromiumLauncher? _chromium;

    /// <summary>http://127.0.0.1:PORT, the address Kestrel bound.</summary>
    public string BaseAddress { get; private set; } = "";

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _chromium = await ChromiumLauncher.LaunchAsync();
    }

    /// <summary>A page in a fresh browser context (no cookies) whose relative URLs resolve against the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Accounts:Bootstrap:UserName", AdminUserName);
        builder.UseSetting("Accounts:Bootstrap:Password", AdminPassword);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}
