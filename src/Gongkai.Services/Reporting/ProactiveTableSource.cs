using Gongkai.Core.Reporting;
using Gongkai.Services.Disclosure;

namespace Gongkai.Services.Reporting;

/// <summary>Table 二 from the registers and section 一（一）'s sentence from the catalogue (report-format.md §3).</summary>
public sealed class ProactiveTableSource(ProactiveStatistics statistics) : IReportTableSource
{
    /// <summary>Sub-head of section 一 under which the proactive-disclosure sentence stands.</summary>
    public const string Subheading = "（一）主动公开情况";

    public string NameZh => "主动公开目录和登记簿";

    public IReadOnlySet<string> CellIds(ReportLayout layout) =>
        layout.Cells.Where(c => c.Table == ReportTable.Proactive).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public async Task<TableContribution> ContributeAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var format = ReportLayout.FormatForYear(year);
        var computed = await statistics.ComputeForAgencyAsync(agencyId, year, format, cancellationToken);
        // An agency whose catalogue was never opened has no records to count: its cells stay not computed, never zero.
        if (!computed.Succeeded) return new TableContribution(new Dictionary<string, CellValue>(), []);

        var report = AnnualReport.Empty(format);
        computed.Value.Table.ApplyTo(report);
        var ids = CellIds(ReportLayout.For(format));
        var cells = report.Cells.Where(kv => ids.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var sentence = computed.Value.Summary.Sentence(null);
        IReadOnlyList<ProseStatement> statements = sentence.Succeeded
            ? [new ProseStatement(SectionId.Overview, Subheading, sentence.Value)]
            : [];
        return new TableContribution(cells, statements);
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        cellId.StartsWith("t2.", StringComparison.Ordinal) ? "/staff/registers" : null;
}
