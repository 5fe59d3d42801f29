using Gongkai.Data.Persistence;
using Gongkai.Services.LegalTime;
using Gongkai.Services.Requests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests.LegalTime;

/// <summary>The host's calendar follows the files <c>gongkai calendar import</c> writes, without a restart.</summary>
public sealed class OperatorCalendarTests : IDisposable
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "gongkai-calendar-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    // A Tuesday that is an ordinary working day in the shipped schedule.
    private static readonly DateOnly LocalDayOff = new(2024, 3, 12);

    private OperatorCalendar Calendar(string? region = null) => new(
        Options.Create(new GongkaiDataOptions { DataDirectory = dataDir }),
        Options.Create(new OperatorCalendarOptions { RefreshSeconds = 60, Region = region }), clock, NullLogger<OperatorCalendar>.Instance);

    private void Import(string name, string csv)
    {
        Directory.CreateDirectory(OperatorCalendarFiles.Folder(dataDir));
        File.WriteAllText(Path.Combine(OperatorCalendarFiles.Folder(dataDir), name), csv);
    }

    [Fact]
    public void AnImportedLocalDayOff_CountsAfterTheRefreshInterval_WithoutARestart()
    {
        var calendar = Calendar();
        var rules = new RequestRulesProvider(calendar);
        Assert.True(rules.Rules.Calendar.IsWorkingDay(LocalDayOff));

        Import("2024-local.csv", "date,kind,name,region\n2024-03-12,holiday,地方纪念日,测试区\n");
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(rules.Rules.Calendar.IsWorkingDay(LocalDayOff));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.False(rules.Rules.Calendar.IsWorkingDay(LocalDayOff));
        Assert.Same(calendar.Current, rules.Rules.Calendar);
    }

    [Fact]
    public void AFileThatBecameInvalid_KeepsTheLastGoodCalendar()
    {
        Import("2024-local.csv", "date,kind,name,region\n2024-03-12,holiday,地方纪念日,测试区\n");
        var calendar = Calendar();
        Assert.False(calendar.Current.IsWorkingDay(LocalDayOff));

        Import("2025-broken.csv", "this is not a calendar\n");
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(calendar.Current.IsWorkingDay(LocalDayOff));
        Assert.False(OperatorCalendarFiles.Load(dataDir).IsValid);
    }

    [Fact]
    public void AConfiguredRegion_AppliesOnlyItsOwnLocalDays()
    {
        Import("2024-local.csv", "date,kind,name,region\n2024-03-12,holiday,地方纪念日,测试区\n");
        Assert.True(Calendar("另一区").Current.IsWorkingDay(LocalDayOff));
        Assert.False(Calendar("测试区").Current.IsWorkingDay(LocalDayOff));
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
    }
}
