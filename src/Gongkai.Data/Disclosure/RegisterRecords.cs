using Gongkai.Core.Disclosure.Registers;

namespace Gongkai.Data.Disclosure;

/// <summary>规章和行政规范性文件登记, one entry (table 二 第二十条第（一）项 is counted from these).</summary>
public sealed class NormativeDocumentRecord
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public NormativeDocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? RepealedOn { get; set; }
    public DateOnly? SupersededOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>年度执法统计 of one agency and year (table 二 第二十条第（五）（六）（八）项); the fee in 分.</summary>
public sealed class EnforcementStatisticsRecord
{
    public Guid AgencyId { get; set; }
    public int Year { get; set; }
    public long LicensingDecisions { get; set; }
    public long PenaltyDecisions { get; set; }
    public long EnforcementDecisions { get; set; }
    public long FeeIncomeFen { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
