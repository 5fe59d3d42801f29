using Gongkai.Core.Reporting;

namespace Gongkai.Data.Reporting;

/// <summary>年度报告文字部分: the text of one prose section of an agency's report for a year, as the clerk last saved it.</summary>
public sealed class ReportProseRecord
{
    public const int MaxBodyLength = 20_000;

    private ReportProseRecord()
    {
    }

    public ReportProseRecord(Guid agencyId, int year, SectionId section, string body, DateTimeOffset updatedAt, string updatedBy)
    {
        AgencyId = agencyId;
        Year = year;
        Section = section;
        Update(body, updatedAt, updatedBy);
    }

    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public SectionId Section { get; private set; }
    public string Body { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public void Update(string body, DateTimeOffset updatedAt, string updatedBy)
    {
        Body = body;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
    }
}
