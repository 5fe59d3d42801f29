using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Requests;

/// <summary>
/// The real app on loopback Kestrel with a temporary SQLite data directory and a <see cref="TestClock"/> pinned to a working
/// Tuesday, so the received date, the due dates and the report year of a request do not depend on the day the test runs.
/// One agency (a district bureau) with a clerk, a confidentiality reviewer, an approving leader and the head of the
/// disclosure office, each a real account signing in with a password.
/// </summary>
public sealed class RequestsBrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Requests-Browser-2024";

    /// <summary>Tuesday 3 March 2026, 09:00 China Standard Time: a working day far from holidays.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    private ChromiumLauncher? _chromium;

    public string BaseAddress { get; private set; } = "";

    public Guid AgencyId { get; private set; }

    public string AgencyName { get; } = "红寺堡区自然资源局";

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The user name of the agency's account holding <paramref name="role"/>.</summary>
    public static string UserName(AccountRole role) => "req-" + role.ToString().ToLowerInvariant();

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await SeedAsync();
        _chromium = await ChromiumLauncher.LaunchAsync();
    }

    /// <summary>A page in a fresh browser context (own cookies, downloads accepted), sized like a phone when asked.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress,
            Locale = "zh-CN",
            AcceptDownloads = true,
            JavaScriptEnabled = !phone,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : null,
            IsMobile = phone,
        });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Accounts:Bootstrap:UserName", "admin");
        builder.UseSetting("Accounts:Bootstrap:Password", Password);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var region = await directory.AddAsync(new NewAgency(null, new AgencyInput("红寺堡区", null, "region", null, null, DisclosureOfficeContact.None)));
        if (!region.Succeeded) throw new InvalidOperationException(region.Error!.MessageEn);
        const string org8 = "MB123456";
        var body = "11640300" + org8 + UnifiedSocialCreditCode.OrganizationCheckCharacter(org8);
        var agency = await directory.AddAsync(new NewAgency(region.Value.Name, new AgencyInput(AgencyName, body + UnifiedSocialCreditCode.CheckCharacter(body),
            "department", null, "红自然", new DisclosureOfficeContact("办公室", "红寺堡区政务服务中心三楼", "0953-5000000", "工作日 8:30-12:00"))));
        if (!agency.Succeeded) throw new InvalidOperationException(agency.Error!.MessageEn);
        AgencyId = agency.Value.Id;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        foreach (var (role, name) in new[]
                 {
                     (AccountRole.Clerk, "李经办"), (AccountRole.ConfidentialityReviewer, "王保密"),
                     (AccountRole.ApprovingLeader, "赵分管"), (AccountRole.DisclosureOfficeHead, "钱主任"),
                 })
        {
            var account = new StaffAccount { Id = Guid.NewGuid(), UserName = UserName(role), DisplayName = name, AgencyId = AgencyId, CreatedAt = Clock.GetUtcNow() };
            Check(await users.CreateAsync(account, Password));
            Check(await users.AddToRoleAsync(account, role.ToString()));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}
