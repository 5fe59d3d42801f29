using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium driven by Playwright, launched the one way that works offline on this machine. Every browser
/// fixture owns one and disposes it with the app.
/// </summary>
public sealed class ChromiumLauncher : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ChromiumLauncher(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumLauncher> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                // Playwright .NET ignores PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH and would otherwise look for a downloaded browser.
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                // The network is closed: background fetches and QUIC probes only slow the start and add noise.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic",
                ],
            });
            return new ChromiumLauncher(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
