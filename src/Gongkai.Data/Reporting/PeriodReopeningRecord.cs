namespace Gongkai.Data.Reporting;

/// <summary>
/// 重新开放报告期: an explicit, audited permission to change records dated in a year whose report is published (e.g. to record
/// a late decision). Open until <see cref="ClosedAt"/>; the published report itself stays frozen.
/// </summary>
public sealed class PeriodReopeningRecord
{
    public const int MaxReasonLength = 1000;
    public const int MaxActorLength = 200;

    private PeriodReopeningRecord()
    {
    }

    public PeriodReopeningRecord(Guid id, Guid agencyId, int year, string reason, DateTimeOffset openedAt, string openedBy)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        Reason = reason;
        OpenedAt = openedAt;
        OpenedBy = openedBy;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public void Close(DateTimeOffset at, string by)
    {
        ClosedAt = at;
        ClosedBy = by;
    }
}
