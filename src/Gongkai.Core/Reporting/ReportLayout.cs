namespace Gongkai.Core.Reporting;

/// <summary>
/// The national report format as data: every heading, row, column and label, verbatim (report-format.md §2–§5, §7, §9).
/// This is the one labels table of Gongkai; renderers, readers, checks and the records-to-report computation all use it.
/// </summary>
public sealed class ReportLayout
{
    public ReportFormat Format { get; }
    public IReadOnlyList<SectionDefinition> Sections { get; }
    public IReadOnlyList<ProactiveBlock> ProactiveBlocks { get; }
    public IReadOnlyList<RequestRow> RequestRows { get; }
    public IReadOnlyList<RequestColumn> RequestColumns { get; }
    public IReadOnlyList<AppealColumn> AppealColumns { get; }

    /// <summary>Every cell of tables 二, 三 and 四, in reading order.</summary>
    public IReadOnlyList<CellDefinition> Cells { get; }

    private readonly CellDefinition[] _cellArray;
    private readonly Dictionary<string, CellDefinition> _cellsById;
    private readonly Dictionary<string, RequestRow> _rowsById;

    public static ReportLayout For(ReportFormat format) => format == ReportFormat.F2019 ? F2019 : F2021;

    /// <summary>The format a report for the given year is due in: the trial format for 2019 and 2020.</summary>
    public static ReportFormat FormatForYear(int year) => year <= 2020 ? ReportFormat.F2019 : ReportFormat.F2021;

    public bool TryGetCell(string id, out CellDefinition cell) => _cellsById.TryGetValue(id, out cell!);

    /// <summary>True when <paramref name="cell"/> is this layout's own definition (the same instance at its index).</summary>
    public bool Owns(CellDefinition cell) => (uint)cell.Index < (uint)_cellArray.Length && ReferenceEquals(_cellArray[cell.Index], cell);
    public CellDefinition Cell(string id) => _cellsById.TryGetValue(id, out var c) ? c : throw new ArgumentException($"'{id}' is not a cell of the {Format} format.", nameof(id));
    public RequestRow RequestRow(string id) => _rowsById[id];
    public SectionDefinition Section(SectionId id) => Sections[(int)id - 1];

    /// <summary>The leaf outcome rows of 三、本年度办理结果 (21 in F2021, 19 in F2019).</summary>
    public IEnumerable<RequestRow> OutcomeRows => RequestRows.Where(r => r.IsOutcome);

    public const string RequestTableNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ApplicantGroupLabel = "申请人情况";
    public const string OrganizationGroupLabel = "法人或其他组织";
    public const string ReconsiderationLabel = "行政复议";
    public const string LitigationLabel = "行政诉讼";

    public static string RequestCellId(string rowId, string columnId) => $"t3.{rowId}.{columnId}";
    public static string AppealCellId(string columnId) => $"t4.{columnId}";
    public static string ProactiveCellId(string row, string columnKey) => $"t2.{row}.{columnKey}";

    private ReportLayout(ReportFormat format)
    {
        Format = format;
        Sections = SectionList;
        ProactiveBlocks = format == ReportFormat.F2021 ? ProactiveBlocks2021 : ProactiveBlocks2019;
        RequestRows = format == ReportFormat.F2021 ? RequestRows2021 : RequestRows2019;
        RequestColumns = RequestColumnList;
        AppealColumns = AppealColumnList;

        var cells = new List<CellDefinition>();
        foreach (var block in ProactiveBlocks)
            foreach (var row in block.Rows)
                foreach (var col in block.Columns)
                    cells.Add(new CellDefinition(ProactiveCellId(row, col.Key), ReportTable.Proactive, row, col.Key, row, col.Label, col.Type) { Index = cells.Count });
        foreach (var row in RequestRows.Where(r => r.HasCells))
            foreach (var col in RequestColumns)
                cells.Add(new CellDefinition(RequestCellId(row.Id, col.Id), ReportTable.Requests, row.Id, col.Id, row.Label, col.Label, CellValueType.Count) { Index = cells.Count });
        foreach (var col in AppealColumns)
            cells.Add(new CellDefinition(AppealCellId(col.Id), ReportTable.Appeals, "", col.Id, "", col.Label, CellValueType.Count) { Index = cells.Count });
        _cellArray = [.. cells];
        Cells = _cellArray;
        _cellsById = cells.ToDictionary(c => c.Id);
        _rowsById = RequestRows.ToDictionary(r => r.Id);
    }

    private static readonly SectionDefinition[] SectionList =
    [
        new(SectionId.Overview, "一、总体情况", []),
        new(SectionId.ProactiveDisclosure, "二、主动公开政府信息情况", []),
        new(SectionId.Requests, "三、收到和处理政府信息公开申请情况", []),
        new(SectionId.Appeals, "四、政府信息公开行政复议、行政诉讼情况",
            ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
             "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "四、政府信息公开行政复议和行政诉讼情况"]),
        new(SectionId.ProblemsAndImprovements, "五、存在的主要问题及改进情况",
            ["五、存在主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"]),
        new(SectionId.OtherMatters, "六、其他需要报告的事项", []),
    ];

    private static readonly ProactiveBlock[] ProactiveBlocks2021 =
    [
        new("T2A", "第二十条第（一）项",
            [new("issued", "本年制发件数", CellValueType.Count), new("repealed", "本年废止件数", CellValueType.Count), new("in_force", "现行有效件数", CellValueType.Count)],
            ["规章", "行政规范性文件"]),
        new("T2B", "第二十条第（五）项", [new("decisions", "本年处理决定数量", CellValueType.Count)], ["行政许可"]),
        new("T2C", "第二十条第（六）项", [new("decisions", "本年处理决定数量", CellValueType.Count)], ["行政处罚", "行政强制"]),
        new("T2D", "第二十条第（八）项", [new("amount_wan", "本年收费金额（单位：万元）", CellValueType.Amount)], ["行政事业性收费"]),
    ];

    private static readonly ProactiveBlock[] ProactiveBlocks2019 =
    [
        new("T2A", "第二十条第（一）项",
            [new("new_made", "本年新制作数量", CellValueType.Count), new("new_published", "本年新公开数量", CellValueType.Count), new("total_published", "对外公开总数量", CellValueType.Count)],
            ["规章", "规范性文件"]),
        new("T2B", "第二十条第（五）项",
            [new("previous_count", "上一年项目数量", CellValueType.Count), new("change", "本年增/减", CellValueType.SignedCount), new("decisions", "处理决定数量", CellValueType.Count)],
            ["行政许可", "其他对外管理服务事项"]),
        new("T2C", "第二十条第（六）项",
            [new("previous_count", "上一年项目数量", CellValueType.Count), new("change", "本年增/减", CellValueType.SignedCount), new("decisions", "处理决定数量", CellValueType.Count)],
            ["行政处罚", "行政强制"]),
        new("T2D", "第二十条第（八）项",
            [new("previous_count", "上一年项目数量", CellValueType.Count), new("change", "本年增/减", CellValueType.SignedCount)],
            ["行政事业性收费"]),
        new("T2E", "第二十条第（九）项",
            [new("projects", "采购项目数量", CellValueType.Count), new("amount", "采购总金额", CellValueType.Amount)],
            ["政府集中采购"]),
    ];

    private static readonly RequestColumn[] RequestColumnList =
    [
        new("c1", "自然人", null),
        new("c2", "商业企业", OrganizationGroupLabel),
        new("c3", "科研机构", OrganizationGroupLabel),
        new("c4", "社会公益组织", OrganizationGroupLabel),
        new("c5", "法律服务机构", OrganizationGroupLabel),
        new("c6", "其他", OrganizationGroupLabel),
        new("c7", "总计", null),
    ];

    private static RequestRow[] RequestRowsCommonHead() =>
    [
        new("r1", RowKind.Data, "一、本年新收政府信息公开申请数量", null),
        new("r2", RowKind.Data, "二、上年结转政府信息公开申请数量", null),
        new("r3", RowKind.Group, "三、本年度办理结果", null),
        new("r3.1", RowKind.Data, "（一）予以公开", "r3"),
        new("r3.2", RowKind.Data, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "r3"),
        new("r3.3", RowKind.Group, "（三）不予公开", "r3"),
        new("r3.3.1", RowKind.Data, "1.属于国家秘密", "r3.3"),
        new("r3.3.2", RowKind.Data, "2.其他法律行政法规禁止公开", "r3.3"),
        new("r3.3.3", RowKind.Data, "3.危及“三安全一稳定”", "r3.3"),
        new("r3.3.4", RowKind.Data, "4.保护第三方合法权益", "r3.3"),
        new("r3.3.5", RowKind.Data, "5.属于三类内部事务信息", "r3.3"),
        new("r3.3.6", RowKind.Data, "6.属于四类过程性信息", "r3.3"),
        new("r3.3.7", RowKind.Data, "7.属于行政执法案卷", "r3.3"),
        new("r3.3.8", RowKind.Data, "8.属于行政查询事项", "r3.3"),
        new("r3.4", RowKind.Group, "（四）无法提供", "r3"),
        new("r3.4.1", RowKind.Data, "1.本机关不掌握相关政府信息", "r3.4"),
        new("r3.4.2", RowKind.Data, "2.没有现成信息需要另行制作", "r3.4"),
        new("r3.4.3", RowKind.Data, "3.补正后申请内容仍不明确", "r3.4"),
        new("r3.5", RowKind.Group, "（五）不予处理", "r3"),
        new("r3.5.1", RowKind.Data, "1.信访举报投诉类申请", "r3.5"),
        new("r3.5.2", RowKind.Data, "2.重复申请", "r3.5"),
        new("r3.5.3", RowKind.Data, "3.要求提供公开出版物", "r3.5"),
        new("r3.5.4", RowKind.Data, "4.无正当理由大量反复申请", "r3.5"),
        new("r3.5.5", RowKind.Data, "5.要求行政机关确认或重新出具已获取信息", "r3.5"),
    ];

    private static RequestRow[] RequestRowsCommonTail() =>
    [
        new("r3.7", RowKind.Total, "（七）总计", "r3"),
        new("r4", RowKind.Data, "四、结转下年度继续办理", null),
    ];

    private static readonly RequestRow[] RequestRows2021 =
    [
        .. RequestRowsCommonHead(),
        new("r3.6", RowKind.Group, "（六）其他处理", "r3"),
        new("r3.6.1", RowKind.Data, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "r3.6"),
        new("r3.6.2", RowKind.Data, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "r3.6"),
        new("r3.6.3", RowKind.Data, "3.其他", "r3.6"),
        .. RequestRowsCommonTail(),
    ];

    // 2019 trial format: （六）其他处理 is a single data row (report-format.md §7).
    private static readonly RequestRow[] RequestRows2019 =
    [
        .. RequestRowsCommonHead(),
        new("r3.6", RowKind.Data, "（六）其他处理", "r3"),
        .. RequestRowsCommonTail(),
    ];

    private static readonly AppealColumn[] AppealColumnList = BuildAppealColumns();

    // Static initialisers run in text order: the two layouts must come after the label arrays they read.
    public static ReportLayout F2021 { get; } = new(ReportFormat.F2021);
    public static ReportLayout F2019 { get; } = new(ReportFormat.F2019);

    private static AppealColumn[] BuildAppealColumns()
    {
        string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        var list = new List<AppealColumn>();
        for (int i = 0; i < 5; i++) list.Add(new($"a{i + 1}", ReconsiderationLabel, null, outcomes[i]));
        for (int i = 0; i < 5; i++) list.Add(new($"b{i + 1}", LitigationLabel, "未经复议直接起诉", outcomes[i]));
        for (int i = 0; i < 5; i++) list.Add(new($"c{i + 1}", LitigationLabel, "复议后起诉", outcomes[i]));
        return [.. list];
    }
}
