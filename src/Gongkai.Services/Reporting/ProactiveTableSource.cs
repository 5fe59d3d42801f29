using System.Globalization;
using Gongkai.Core.Disclosure.Timeliness;
using Gongkai.Core.Reporting;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Services.Disclosure;

namespace Gongkai.Services.Reporting;

/// <summary>
/// Table 二 from the registers and section 一（一）'s sentences from the catalogue (report-format.md §3): the items disclosed by
/// category and channel, and how many publications of the year came later than 条例第二十六条's 20 working days.
/// </summary>
public sealed class ProactiveTableSource(ProactiveStatistics statistics, GongkaiDbContext db) : IBatchedReportTableSource
{
    /// <summary>Sub-head of section 一 under which the proactive-disclosure sentence stands.</summary>
    public const string Subheading = "（一）信息主动公开情况";

    public string NameZh => "主动公开目录和登记簿";

    public IReadOnlySet<string> CellIds(ReportLayout layout) => TableCellIds.Of(layout, ReportTable.Proactive);

    public Task<TableContribution> ContributeAsync(Agency agency, int year, CancellationToken cancellationToken) =>
        ReportReadBatch.RunAloneAsync(db, this, agency, year, cancellationToken);

    public Func<Agency, TableContribution> AddReads(ReportReadBatch batch, Guid agencyId, int year)
    {
        var format = ReportLayout.FormatForYear(year);
        var computed = ProactiveStatistics.AddReads(batch, agencyId, year, format);
        return agency => Contribution(computed(agency));
    }

    public async Task<IReadOnlyDictionary<Guid, TableContribution>> ContributeAllAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken)
    {
        var format = ReportLayout.FormatForYear(year);
        var computed = await statistics.ComputeForAgenciesAsync(agencyIds, year, format, cancellationToken);
        return agencyIds.Distinct().ToDictionary(id => id, id => computed.TryGetValue(id, out var y) ? Contribution(y) : NotComputed);
    }

    private static readonly TableContribution NotComputed = new(new Dictionary<string, CellValue>(), []);

    private static TableContribution Contribution(ProactiveYear computed)
    {
        // The registers' counter fills only table 二's cells of the year's format (the assembler checks each id it is given).
        var cells = computed.Table.Cells;
        var sentence = computed.Summary.Sentence(null);
        var statements = new List<ProseStatement>();
        if (sentence.Succeeded) statements.Add(new ProseStatement(SectionId.Overview, Subheading, sentence.Value));
        if (LateSentence(computed.LatePublications) is { } late) statements.Add(new ProseStatement(SectionId.Overview, Subheading, late));
        return new TableContribution(cells, statements);
    }

    /// <summary>
    /// 条例第二十六条: 自该政府信息形成或者变更之日起20个工作日内及时公开. The sentence stating how many of the year's publications
    /// (first versions and published changes) came later than that; null when nothing was published in the year.
    /// </summary>
    public static string? LateSentence(LatePublicationCount late)
    {
        if (late.Publications == 0) return null;
        return late.Count == 0
            ? "全年发布的主动公开信息均在信息形成或者变更之日起 20 个工作日内公开。"
            : $"全年有 {late.Count.ToString(CultureInfo.InvariantCulture)} 条信息超过信息形成或者变更之日起 20 个工作日公开（条例第二十六条）。";
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        cellId.StartsWith("t2.", StringComparison.Ordinal) ? "/staff/registers" : null;
}
