namespace Gongkai.Data.ReportAudit;

/// <summary>
/// 年报审查批次: one audit run — a batch of published report files uploaded together by a member of staff (typically a
/// supervising office in February), owned by the uploader's agency or region so that access follows the agency tree.
/// </summary>
public sealed class ReportAuditRunRecord
{
    public const int MaxTitleLength = 200;
    public const int MaxActorLength = 200;

    private ReportAuditRunRecord()
    {
    }

    public ReportAuditRunRecord(Guid id, Guid ownerAgencyId, string title, DateTimeOffset createdAt, string createdBy, string readerVersion, string ruleSetVersion)
    {
        Id = id;
        OwnerAgencyId = ownerAgencyId;
        Title = title;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        ReaderVersion = readerVersion;
        RuleSetVersion = ruleSetVersion;
    }

    public Guid Id { get; private set; }

    /// <summary>The uploader's home agency (or region, for a supervisor): who may see the run.</summary>
    public Guid OwnerAgencyId { get; private set; }

    public string Title { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>Reader version of the run's readings (all files of a run are read by the same build).</summary>
    public string ReaderVersion { get; private set; } = "";

    /// <summary>Rule-set version of the consistency rules plus the audit rules (C1, C2, L1).</summary>
    public string RuleSetVersion { get; private set; } = "";
}

/// <summary>
/// One file of an audit run: which bytes (by SHA-256, the content in <see cref="ReportAuditContentRecord"/>), what was read
/// from them (the report JSON, or why nothing was), the publication date used and the summary counts shown in the run's table.
/// </summary>
public sealed class ReportAuditFileRecord
{
    public const int MaxFileNameLength = 255;
    public const int MaxAgencyNameLength = 200;
    public const int MaxReportKeyLength = 260;

    private ReportAuditFileRecord()
    {
    }

    public ReportAuditFileRecord(Guid id, Guid runId, int position, string fileName, string sha256, long sizeBytes, string fileKind, string reportKey)
    {
        Id = id;
        RunId = runId;
        Position = position;
        FileName = fileName;
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        FileKind = fileKind;
        ReportKey = reportKey;
    }

    public Guid Id { get; private set; }
    public Guid RunId { get; private set; }
    public int Position { get; private set; }
    public string FileName { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string FileKind { get; private set; } = "";

    /// <summary>The reader (and its version) that read the file: a re-read after an upgrade shows a different one.</summary>
    public string ReaderVersion { get; set; } = "";

    /// <summary>
    /// What identifies the report across reads: the agency (normalised) and year when recognised, else the file's hash. Decisions
    /// on findings are kept per owner, report key and finding fingerprint, so a re-read of the same report keeps them.
    /// </summary>
    public string ReportKey { get; private set; } = "";

    /// <summary>Why the file could not be read (null when a report was read).</summary>
    public string? RefusalZh { get; set; }

    public string? AgencyName { get; set; }
    public int? Year { get; set; }
    public string? Format { get; set; }

    /// <summary>The report as read, in the project's report JSON (docs/report-json.md); null when unreadable.</summary>
    public string? ReportJson { get; set; }

    /// <summary>The reading problems, as JSON.</summary>
    public string? ProblemsJson { get; set; }

    public int CellsRead { get; set; }
    public int CellsMissing { get; set; }
    public int CellsAmbiguous { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int CopiedSections { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublishedSource { get; set; }
    public DateOnly? Due { get; set; }
    public bool? Late { get; set; }
}

/// <summary>
/// One finding of a file of a run. <see cref="Fingerprint"/> (SHA-256 of rule id, cells, expected and found) identifies the
/// same finding in another read of the same report.
/// </summary>
public sealed class ReportAuditFindingRecord
{
    private ReportAuditFindingRecord()
    {
    }

    public ReportAuditFindingRecord(Guid id, Guid fileId, int position, string fingerprint, string ruleId, string severity, string kind,
        string cellIds, string? expected, string? found, string messageZh, string messageEn, string? detailsJson)
    {
        Id = id;
        FileId = fileId;
        Position = position;
        Fingerprint = fingerprint;
        RuleId = ruleId;
        Severity = severity;
        Kind = kind;
        CellIds = cellIds;
        Expected = expected;
        Found = found;
        MessageZh = messageZh;
        MessageEn = messageEn;
        DetailsJson = detailsJson;
    }

    public Guid Id { get; private set; }
    public Guid FileId { get; private set; }
    public int Position { get; private set; }
    public string Fingerprint { get; private set; } = "";
    public string RuleId { get; private set; } = "";
    public string Severity { get; private set; } = "";
    public string Kind { get; private set; } = "";

    /// <summary>The cell ids the finding names, space-separated.</summary>
    public string CellIds { get; private set; } = "";
    public string? Expected { get; private set; }
    public string? Found { get; private set; }
    public string MessageZh { get; private set; } = "";
    public string MessageEn { get; private set; } = "";

    /// <summary>For copied prose: the source and the passages, as JSON.</summary>
    public string? DetailsJson { get; private set; }
}

/// <summary>
/// 审查结论: a person's decision on a finding — confirmed (the report is wrong) or dismissed (not a problem), with the reason.
/// Kept per owner, report key and fingerprint, so it holds for every read of the same report that yields the same finding.
/// Changes are audited by the hash-chained log like every record.
/// </summary>
public sealed class ReportAuditDecisionRecord
{
    public const int MaxCommentLength = 2000;

    private ReportAuditDecisionRecord()
    {
    }

    public ReportAuditDecisionRecord(Guid id, Guid ownerAgencyId, string reportKey, string fingerprint)
    {
        Id = id;
        OwnerAgencyId = ownerAgencyId;
        ReportKey = reportKey;
        Fingerprint = fingerprint;
    }

    public Guid Id { get; private set; }
    public Guid OwnerAgencyId { get; private set; }
    public string ReportKey { get; private set; } = "";
    public string Fingerprint { get; private set; } = "";

    /// <summary>"confirmed" or "dismissed".</summary>
    public string Decision { get; private set; } = "";
    public string Comment { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
    public string DecidedBy { get; private set; } = "";

    public void Decide(string decision, string comment, DateTimeOffset at, string by)
    {
        Decision = decision;
        Comment = comment;
        DecidedAt = at;
        DecidedBy = by;
    }
}

/// <summary>An uploaded report file, kept once per SHA-256 of its bytes (content-addressed), so a run can be re-read later.</summary>
public sealed class ReportAuditContentRecord
{
    private ReportAuditContentRecord()
    {
    }

    public ReportAuditContentRecord(string sha256, byte[] content, DateTimeOffset storedAt)
    {
        Sha256 = sha256;
        Content = content;
        Size = content.LongLength;
        StoredAt = storedAt;
    }

    public string Sha256 { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset StoredAt { get; private set; }
}
