using Gongkai.Core.Reporting;
using Gongkai.Data.Agencies;

namespace Gongkai.Services.Reporting;

/// <summary>
/// 报表数据来源: one kind of records that fills part of an agency's annual report — the catalogue and registers (table 二 and
/// section 一's item counts), the requests (table 三) or the appeal cases (table 四). Each source is registered in DI; the
/// <see cref="AnnualReportAssembler"/> asks every registered source and leaves the cells no source filled absent (never zero).
/// </summary>
public interface IReportTableSource
{
    /// <summary>What the records are, for the workspace ("复议、诉讼案件").</summary>
    string NameZh { get; }

    /// <summary>The cell ids this source fills for <paramref name="layout"/>; a source filling any other cell is a bug.</summary>
    IReadOnlySet<string> CellIds(ReportLayout layout);

    /// <summary>
    /// The cells of (agency, year) computed from the records, and sentences the prose template states. The assembler reads the
    /// agency once for the report and hands it to every source.
    /// </summary>
    Task<TableContribution> ContributeAsync(Agency agency, int year, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="ContributeAsync"/> for many agencies at once (the supervising office's region), in a fixed number of grouped
    /// queries whatever the number of agencies; the contribution of each agency equals what <see cref="ContributeAsync"/> returns.
    /// Every requested agency is a key of the result.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, TableContribution>> ContributeAllAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken);

    /// <summary>The workspace page listing the records behind <paramref name="cellId"/>, or null when it has none.</summary>
    string? DrillDownPath(Guid agencyId, int year, string cellId);
}

/// <summary>What one source computed: cells by id and the sentences about them for the prose template.</summary>
public sealed record TableContribution(IReadOnlyDictionary<string, CellValue> Cells, IReadOnlyList<ProseStatement> Statements);

/// <summary>
/// A sentence of the prose template stating computed numbers, placed in <see cref="Section"/> under the sub-head
/// <see cref="Subheading"/> (e.g. “（二）依申请公开情况”) when there is one.
/// </summary>
public sealed record ProseStatement(SectionId Section, string? Subheading, string Sentence);
