using Gongkai.Core.Reporting;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Services.Appeals;

namespace Gongkai.Services.Reporting;

/// <summary>Table 四 from the appeal cases (report-format.md §5), with the sentence restating its totals.</summary>
public sealed class AppealsTableSource(AppealTableQuery query, GongkaiDbContext db) : IBatchedReportTableSource
{
    /// <summary>Sub-head of section 一 under which F2021 reports state the cases (监督保障); SEED states them under 依申请公开.</summary>
    public const string Subheading = "（五）监督保障情况";

    public string NameZh => "复议、诉讼案件";

    public IReadOnlySet<string> CellIds(ReportLayout layout) => TableCellIds.Of(layout, ReportTable.Appeals);

    public Task<TableContribution> ContributeAsync(Agency agency, int year, CancellationToken cancellationToken) =>
        ReportReadBatch.RunAloneAsync(db, this, agency, year, cancellationToken);

    public Func<Agency, TableContribution> AddReads(ReportReadBatch batch, Guid agencyId, int year)
    {
        var counted = AppealTableQuery.AddCount(batch, agencyId, year);
        return _ => Contribution(counted(), year);
    }

    public async Task<IReadOnlyDictionary<Guid, TableContribution>> ContributeAllAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken) =>
        (await query.CountByAgencyAsync(agencyIds, year, cancellationToken)).ToDictionary(kv => kv.Key, kv => Contribution(kv.Value, year));

    private static TableContribution Contribution(IReadOnlyDictionary<string, int> counts, int year)
    {
        var cells = counts.ToDictionary(kv => kv.Key, kv => CellValue.Of(kv.Value), StringComparer.Ordinal);
        var reconsideration = counts[ReportLayout.AppealCellId("a5")];
        var litigation = counts[ReportLayout.AppealCellId("b5")] + counts[ReportLayout.AppealCellId("c5")];
        // 条例第五十条（三）: the report states the reconsideration and litigation caused by disclosure work.
        var sentence = reconsideration + litigation == 0
            ? $"{year}年，本机关未发生因政府信息公开工作引起的行政复议、行政诉讼案件。"
            : $"{year}年，本机关因政府信息公开工作引起的行政复议{reconsideration}件，行政诉讼{litigation}件。";
        return new TableContribution(cells, [new ProseStatement(SectionId.Overview, Subheading, sentence)]);
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        cellId.StartsWith("t4.", StringComparison.Ordinal) ? $"/staff/appeals/cell/{agencyId}/{year}/{cellId}" : null;
}
