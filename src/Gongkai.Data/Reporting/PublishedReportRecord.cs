namespace Gongkai.Data.Reporting;

/// <summary>
/// 已公布的年度报告: the frozen report of one agency for one year — its JSON (docs/report-json.md), the SHA-256 of that JSON, the
/// rule-set version it was checked with, and who published it when. Never changed after publication: a correction is made in the
/// records of a reopened period and shows in the next year's figures, while this copy stays what the public saw.
/// </summary>
public sealed class PublishedReportRecord
{
    public const int MaxActorLength = 200;

    private PublishedReportRecord()
    {
    }

    public PublishedReportRecord(Guid id, Guid agencyId, int year, string agencyName, string reportJson, string contentSha256,
        string ruleSetVersion, int warningCount, DateOnly publishedOn, DateTimeOffset publishedAt, string publishedBy)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        AgencyName = agencyName;
        ReportJson = reportJson;
        ContentSha256 = contentSha256;
        RuleSetVersion = ruleSetVersion;
        WarningCount = warningCount;
        PublishedOn = publishedOn;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The agency's name as printed in the report when it was published.</summary>
    public string AgencyName { get; private set; } = "";

    public string ReportJson { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="ReportJson"/>.</summary>
    public string ContentSha256 { get; private set; } = "";

    public string RuleSetVersion { get; private set; } = "";

    /// <summary>Warnings (non-blocking findings) the report had when it was published.</summary>
    public int WarningCount { get; private set; }

    /// <summary>The China date of publication (the date 条例第四十九条's deadline is measured against).</summary>
    public DateOnly PublishedOn { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
}
