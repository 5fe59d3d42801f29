namespace Gongkai.Core.Reporting;

/// <summary>
/// The national format a report follows: 国办公开办函〔2021〕30号 (used from the 2021 report on)
/// or the trial format 国办公开办函〔2019〕60号 (2019 and 2020 reports). See report-format.md §7.
/// </summary>
public enum ReportFormat
{
    /// <summary>年度报告格式（试行）, 2019.</summary>
    F2019,
    /// <summary>年度报告格式, 2021.</summary>
    F2021,
}

/// <summary>The six parts of the report (条例第五十条; report-format.md §2).</summary>
public enum SectionId
{
    /// <summary>一、总体情况</summary>
    Overview = 1,
    /// <summary>二、主动公开政府信息情况 (holds table 二)</summary>
    ProactiveDisclosure = 2,
    /// <summary>三、收到和处理政府信息公开申请情况 (holds table 三)</summary>
    Requests = 3,
    /// <summary>四、政府信息公开行政复议、行政诉讼情况 (holds table 四)</summary>
    Appeals = 4,
    /// <summary>五、存在的主要问题及改进情况</summary>
    ProblemsAndImprovements = 5,
    /// <summary>六、其他需要报告的事项</summary>
    OtherMatters = 6,
}

/// <summary>The three statutory tables.</summary>
public enum ReportTable
{
    /// <summary>表二 主动公开政府信息情况</summary>
    Proactive = 2,
    /// <summary>表三 收到和处理政府信息公开申请情况</summary>
    Requests = 3,
    /// <summary>表四 政府信息公开行政复议、行政诉讼情况</summary>
    Appeals = 4,
}

/// <summary>What a cell may hold by the format (report-format.md §6 R6).</summary>
public enum CellValueType
{
    /// <summary>Non-negative integer.</summary>
    Count,
    /// <summary>Signed integer (2019 format 本年增/减).</summary>
    SignedCount,
    /// <summary>Non-negative decimal kept exactly as written (万元 amounts).</summary>
    Amount,
}
