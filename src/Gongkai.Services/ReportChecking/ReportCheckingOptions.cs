using Gongkai.Data.ReportChecking;

namespace Gongkai.Services.ReportChecking;

/// <summary>Limits of the report check, bound from the <c>ReportChecking</c> configuration section.</summary>
public sealed class ReportCheckingOptions
{
    public const string SectionName = "ReportChecking";

    /// <summary>Largest submission accepted, in bytes. Published reports are 5–50 KB of text; 1 MiB leaves room for long ones.</summary>
    public long MaxBytes { get; set; } = 1024 * 1024;

    /// <summary>How many recent checks the check page lists.</summary>
    public int RecentCount { get; set; } = 20;

    /// <summary>Most files one audit run takes: a supervising office checks some sixty reports at a time.</summary>
    public int MaxAuditFiles { get; set; } = 100;

    /// <summary>True when the limits fit what the database keeps (a decoded character takes at least one byte).</summary>
    public bool IsValid => MaxBytes is > 0 and <= ReportCheck.MaxTextLength && RecentCount is > 0 and <= 200 && MaxAuditFiles is > 0 and <= 1000;
}
