using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// The whole web app in memory on one database provider. Each fixture gets a database of its own, created before the
/// app starts (the app then migrates it, as in production) and removed afterwards. "Now" is a fake clock the tests move.
/// </summary>
public abstract class GongkaiAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Starts on a date inside a reporting period so stored instants are easy to recognise.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 1, 30, 1, 2, 3, TimeSpan.Zero));

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Creates the database the app will use and returns the settings that point the app at it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    /// <summary>True when this run skips the provider on request; the app is then never started.</summary>
    public virtual bool Skipped => false;

    public async Task InitializeAsync()
    {
        if (Skipped) return;
        _settings = await CreateDatabaseAsync();
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Many tests send hundreds of requests from one address; the rate-limit tests switch the limiter back on.
        builder.UseSetting("RateLimits:Disabled", "true");
        // The reminder job would race the reminder tests' own nodes; they run ReminderDesk themselves.
        builder.UseSetting("Reminders:Enabled", "false");
        // The first-start system admin, with a known password (see StaffSignIn).
        builder.UseSetting("Accounts:Bootstrap:UserName", StaffSignIn.AdminUserName);
        builder.UseSetting("Accounts:Bootstrap:Password", StaffSignIn.AdminPassword);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            TestStaffAuthentication.AddTo(services);
        });
    }

    /// <summary>A client signed in as a new staff account of <paramref name="agencyId"/> holding <paramref name="roles"/>.</summary>
    public HttpClient CreateStaffClient(Guid agencyId, params Gongkai.Services.Access.AccountRole[] roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestStaffAuthentication.Header, TestStaffAuthentication.Value(Guid.NewGuid(), agencyId, roles));
        return client;
    }

    /// <summary>A scope on the app's services, for looking into the database the way the app sees it.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();
}
