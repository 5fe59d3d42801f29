using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.ProseCopy;
using Gongkai.Core.Reporting.Publication;
using Gongkai.Documents.Reading;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>
/// One file of a batch audit: what was read from it and what the checks found, or why it could not be read; when was it
/// published against its deadline, and which of its prose sections look copied and from where.
/// </summary>
internal sealed record AuditedReport(string Path, string Sha256, ReportDocument Document, IReadOnlyList<ReportFinding> Findings, string? PairedWith,
    PublicationTimeliness? Timeliness, IReadOnlyList<ProseCopyFinding> Copies)
{
    public AnnualReport? Report => Document.Reading?.Report;
    public bool Readable => Document.Succeeded;
    public int Blocking => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Advisory => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    /// <summary>Cells of the format not read (absent and not ambiguous).</summary>
    public IEnumerable<string> MissingCells => Report is { } r
        ? r.Layout.Cells.Select(c => c.Id).Where(id => !r.Cells.ContainsKey(id) && !r.AmbiguousCells.ContainsKey(id))
        : [];
}
