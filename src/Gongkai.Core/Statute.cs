namespace Gongkai.Core;

/// <summary>
/// 法定期限与标准: every statutory number the software uses, each with the article it comes from, in one place.
/// 条例 = 中华人民共和国政府信息公开条例 (国务院令第711号, in force 2019-05-15); 办法 = 政府信息公开信息处理费管理办法 (国办函〔2020〕109号).
/// Periods are in working days (工作日) unless the name says otherwise.
/// </summary>
public static class Statute
{
    /// <summary>The day the 2019 revision of the 条例 took effect.</summary>
    public static readonly DateOnly RegulationInForce = new(2019, 5, 15);

    // 条例第二十六条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。
    public const int ProactiveDisclosureWorkingDays = 20;

    // 条例第三十条: 行政机关应当自收到申请之日起7个工作日内一次性告知申请人作出补正。
    public const int CorrectionNoticeWorkingDays = 7;

    // 条例第三十条 only says 合理的补正期限; 15 working days is Gongkai's default (procedure.md §2.6), not statute.
    public const int DefaultCorrectionPeriodWorkingDays = 15;

    // 条例第三十二条: 第三方应当自收到征求意见书之日起15个工作日内提出意见。
    public const int ThirdPartyAnswerWorkingDays = 15;

    // 条例第三十四条: 被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见。
    public const int OtherAgencyAnswerWorkingDays = 15;

    // 条例第三十三条第二款: 行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复。
    public const int ReplyWorkingDays = 20;

    // 条例第三十三条第二款: 需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。
    public const int MaxExtensionWorkingDays = 20;

    // 收费通知: 申请人应当自收到收费通知的次日起20个工作日内缴纳费用 (四川省实施通知; the national 办法's own wording is UNVERIFIED, fees.md §4).
    public const int FeePaymentWorkingDays = 20;

    // 条例第四十九条: 县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布。
    public static DateOnly DepartmentAnnualReportDue(int reportYear) => new(reportYear + 1, 1, 31);

    // 条例第四十九条: 县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。
    public static DateOnly GovernmentAnnualReportDue(int reportYear) => new(reportYear + 1, 3, 31);

    /// <summary>办法第四条 按件计收: the fee of the k-th application of one applicant in one calendar month (k is 1-based), in 元.</summary>
    public static class PerPieceFee
    {
        // 办法第四条（一）: 10件以下（含10件）不收费。
        public const int FreePieces = 10;

        // 办法第四条（二）: 11—30件（含30件）的部分，100元/件。
        public const int SecondBandLastPiece = 30;
        public const int SecondBandYuanPerPiece = 100;

        // 办法第四条（三）: 31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件.
        // Read as 31–40 → 200, 41–50 → 300, … (fees.md §2; the reading is UNVERIFIED as official).
        public const int StepPieces = 10;
        public const int StepIncreaseYuan = 100;
    }

    /// <summary>办法第五条 按量计收: page bands of one application, in 元 per page.</summary>
    public static class PerPageFee
    {
        // 30页以下（含30页）不收费; 31—100页（含100页）的部分10元/页; 101—200页（含200页）的部分20元/页; 201页以上的部分40元/页。
        public const int FreePages = 30;
        public const int SecondBandLastPage = 100;
        public const int SecondBandYuanPerPage = 10;
        public const int ThirdBandLastPage = 200;
        public const int ThirdBandYuanPerPage = 20;
        public const int TopBandYuanPerPage = 40;
    }
}
