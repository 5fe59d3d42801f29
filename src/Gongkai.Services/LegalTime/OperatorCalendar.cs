using Gongkai.Core.Calendar;
using Gongkai.Data.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.LegalTime;

/// <summary>Settings of section <c>Calendar</c>.</summary>
public sealed class OperatorCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>How often a host looks for changed calendar files (seconds; default 60). Nodes agree within this interval.</summary>
    public int RefreshSeconds { get; set; } = 60;

    /// <summary>Apply only this region's local days (default: every imported local day, as the CLI does).</summary>
    public string? Region { get; set; }
}

/// <summary>
/// The working-day calendar a long-running host computes with: the shipped schedule plus the operator's files in the shared
/// data directory (<see cref="OperatorCalendarFiles"/>), re-read when the files change, checked at most every
/// <see cref="OperatorCalendarOptions.RefreshSeconds"/>. No restart is needed after <c>gongkai calendar import</c>. Every node
/// reads the same files, so two nodes can disagree only until their next check. A file that became invalid is logged and the
/// last good calendar kept (a half-written file must not stop intake).
/// </summary>
public sealed class OperatorCalendar
{
    private readonly string _dataDir;
    private readonly OperatorCalendarOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OperatorCalendar> _logger;
    private readonly Lock _gate = new();
    private WorkingDayCalendar _current = WorkingDayCalendar.Default;
    private string? _fingerprint;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public OperatorCalendar(IOptions<GongkaiDataOptions> data, IOptions<OperatorCalendarOptions> options, TimeProvider clock, ILogger<OperatorCalendar> logger)
    {
        _dataDir = data.Value.DataDirectory;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The calendar now in force (re-read first when the refresh interval has passed and the files changed).</summary>
    public WorkingDayCalendar Current
    {
        get
        {
            var now = _clock.GetUtcNow();
            lock (_gate)
            {
                if (_fingerprint is not null && now - _checkedAt < TimeSpan.FromSeconds(_options.RefreshSeconds)) return _current;
                _checkedAt = now;
                var fingerprint = OperatorCalendarFiles.Fingerprint(_dataDir);
                if (fingerprint == _fingerprint) return _current;
                var load = OperatorCalendarFiles.Load(_dataDir);
                if (!load.IsValid)
                {
                    _logger.LogError("Calendar files not applied, keeping calendar {Version}: {Error}", _current.Version, load.ErrorEn);
                    _fingerprint = fingerprint;
                    return _current;
                }
                var calendar = _options.Region is { Length: > 0 } region ? load.Calendar.ForRegion(region) : load.Calendar;
                if (_fingerprint is not null || load.Files.Count > 0)
                    _logger.LogInformation("Calendar {Version} loaded from {Count} operator file(s)", calendar.Version, load.Files.Count);
                _current = calendar;
                _fingerprint = fingerprint;
                return _current;
            }
        }
    }
}
