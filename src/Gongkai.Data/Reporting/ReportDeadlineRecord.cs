namespace Gongkai.Data.Reporting;

/// <summary>
/// 内部报送期限: a supervising office's own earlier due dates for the reports of the agencies below its region for one reported
/// year (local notices often ask for the report before the statutory 31 January / 31 March — report-format.md §1).
/// </summary>
public sealed class ReportDeadlineRecord
{
    private ReportDeadlineRecord()
    {
    }

    public ReportDeadlineRecord(Guid regionId, int year, DateOnly? departmentsDue, DateOnly? governmentsDue)
    {
        RegionId = regionId;
        Year = year;
        Set(departmentsDue, governmentsDue);
    }

    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public DateOnly? DepartmentsDue { get; private set; }
    public DateOnly? GovernmentsDue { get; private set; }

    public void Set(DateOnly? departmentsDue, DateOnly? governmentsDue)
    {
        DepartmentsDue = departmentsDue;
        GovernmentsDue = governmentsDue;
    }
}
