using Gongkai.Core.Reporting;

namespace Gongkai.Services.ReportChecking;

/// <summary>Confirmed: the report is wrong as the finding says. Dismissed: not a problem (with the reason why).</summary>
public enum FindingDecision
{
    Confirmed,
    Dismissed,
}

/// <summary>A person's decision on a finding, kept across re-reads of the same report.</summary>
public sealed record FindingDecisionView(FindingDecision Decision, string Comment, DateTimeOffset DecidedAt, string DecidedBy)
{
    public string DecisionZh => Decision == FindingDecision.Confirmed ? "已确认" : "已排除";
}

/// <summary>Where a copied section's text also stands, with the passages in common.</summary>
public sealed record CopyDetails(int Section, string Relation, string? SourceAgency, int? SourceYear, string? SourceFile, int Percent, IReadOnlyList<string> Passages);

/// <summary>One finding of an audited file, with its stable fingerprint and the decision on it, if any.</summary>
public sealed record AuditFindingView(
    Guid? Id, string Fingerprint, string RuleId, FindingSeverity Severity, string Kind, IReadOnlyList<string> CellIds, string? Expected, string? Found,
    string MessageZh, string MessageEn, CopyDetails? Copy, FindingDecisionView? Decision);

/// <summary>A cell read differently by two reads of the same report (null = not read).</summary>
public sealed record CellChange(string CellId, string? Before, string? After);

/// <summary>What changed since the previous read of the same report by the same office: cells, findings, reader.</summary>
public sealed record ReadDiff(
    Guid PreviousRunId, DateTimeOffset PreviousReadAt, string PreviousFileName, string PreviousReaderVersion, bool SameFile,
    IReadOnlyList<CellChange> Cells, IReadOnlyList<AuditFindingView> NewFindings, IReadOnlyList<AuditFindingView> GoneFindings)
{
    public bool Unchanged => Cells.Count == 0 && NewFindings.Count == 0 && GoneFindings.Count == 0;
}

/// <summary>One file of an audit: the summary line of the result table and the details behind it.</summary>
public sealed record AuditFileView(
    Guid? Id, int Position, string FileName, string Sha256, long SizeBytes, string FileKind, string ReaderVersion, string? RefusalZh,
    string? AgencyName, int? Year, ReportFormat? Format, int CellsRead, int CellsMissing, int CellsAmbiguous,
    DateOnly? PublishedOn, string? PublishedSourceZh, DateOnly? Due, bool? Late,
    IReadOnlyList<AuditFindingView> Findings, ReadDiff? Diff)
{
    public bool Readable => RefusalZh is null;
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
    public int CopiedSections => Findings.Count(f => f.Copy is not null);
    public int Undecided => Findings.Count(f => f.Decision is null);
}

/// <summary>An audit run as shown: who made it when, whether the caller may decide on its findings, and its files.</summary>
public sealed record AuditRunView(Guid? Id, string Title, DateTimeOffset CreatedAt, string CreatedBy, bool CanDecide, IReadOnlyList<AuditFileView> Files);

/// <summary>One line of the list of runs.</summary>
public sealed record AuditRunListItem(Guid Id, string Title, DateTimeOffset CreatedAt, string CreatedBy, int Files);

/// <summary>A stored file of an audit run as it was uploaded, with the media type of the kind its bytes were read as.</summary>
public sealed record AuditStoredFile(string FileName, string MediaType, byte[] Content)
{
    /// <summary>
    /// The media type of a stored file's kind (<see cref="AuditFileView.FileKind"/>, told by the bytes, not the name).
    /// Text and HTML carry no charset: the reader detects UTF-8/UTF-16/GB18030 and a stated charset could be wrong.
    /// </summary>
    public static string MediaTypeOf(string fileKind) => fileKind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html" => "text/html",
        "json" => "application/json",
        "text" => "text/plain",
        _ => "application/octet-stream",
    };
}
