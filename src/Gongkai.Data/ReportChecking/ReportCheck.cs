using Gongkai.Core.Reporting;

namespace Gongkai.Data.ReportChecking;

/// <summary>
/// 年度报告检查记录: one stored check of a published annual report — the file as received (its hash, size and text), the
/// reader and rule-set versions that produced the result, and the result itself (the cells read, the reading problems and
/// the findings, as JSON), so a check can be reopened exactly as it was made even after the reader or the rules change.
/// </summary>
public sealed class ReportCheck
{
    /// <summary>Longest report text kept, in characters. Published reports are some ten thousand characters.</summary>
    public const int MaxTextLength = 2_000_000;
    public const int MaxFileNameLength = 255;
    public const int MaxVersionLength = 64;
    public const int MaxAgencyNameLength = 200;

    private ReportCheck()
    {
    }

    public ReportCheck(
        Guid id, DateTimeOffset createdAt, string fileName, string sha256, long sizeBytes, string textEncoding,
        string readerVersion, string ruleSetVersion, string reportText, ReportCheckResultJson result, ReportCheckSummary summary)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fileName.Length, MaxFileNameLength, nameof(fileName));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reportText.Length, MaxTextLength, nameof(reportText));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(summary.AgencyName?.Length ?? 0, MaxAgencyNameLength, nameof(summary));
        if (sha256.Length != 64) throw new ArgumentException("A SHA-256 is 64 hex digits.", nameof(sha256));

        Id = id;
        CreatedAt = createdAt;
        FileName = fileName;
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        TextEncoding = textEncoding;
        ReaderVersion = readerVersion;
        RuleSetVersion = ruleSetVersion;
        ReportText = reportText;
        ReportJson = result.Report;
        ProblemsJson = result.Problems;
        FindingsJson = result.Findings;
        AgencyName = summary.AgencyName;
        Year = summary.Year;
        Format = summary.Format;
        ProblemCount = summary.Problems;
        ErrorCount = summary.Errors;
        WarningCount = summary.Warnings;
    }

    public Guid Id { get; private set; }

    /// <summary>When the check was made (from the injected TimeProvider).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The uploaded file's name, or a generated one for pasted text.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>SHA-256 of the bytes received, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>The encoding the bytes were decoded with (UTF-8 or GB18030).</summary>
    public string TextEncoding { get; private set; } = "";

    public string ReaderVersion { get; private set; } = "";
    public string RuleSetVersion { get; private set; } = "";

    /// <summary>The agency the reader found in the report, when it found one.</summary>
    public string? AgencyName { get; private set; }

    /// <summary>The reported year the reader found, when it found one.</summary>
    public int? Year { get; private set; }

    /// <summary>The national format the report follows, when recognised.</summary>
    public ReportFormat? Format { get; private set; }

    /// <summary>The decoded text that was read.</summary>
    public string ReportText { get; private set; } = "";

    /// <summary>The report as read, with its findings, in the project's report JSON (docs/report-json.md).</summary>
    public string ReportJson { get; private set; } = "";

    /// <summary>What the reader could not read.</summary>
    public string ProblemsJson { get; private set; } = "";

    /// <summary>The consistency findings, with their kind, as the service layer lists them.</summary>
    public string FindingsJson { get; private set; } = "";

    public int ProblemCount { get; private set; }
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
}

/// <summary>The three JSON documents of a check's result, as produced by the service layer's serializer.</summary>
public sealed record ReportCheckResultJson(string Report, string Problems, string Findings);

/// <summary>The queryable part of a check's result: which report it is and how many problems and findings it has.</summary>
public sealed record ReportCheckSummary(string? AgencyName, int? Year, ReportFormat? Format, int Problems, int Errors, int Warnings);
