using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Reporting.Publication;

/// <summary>What kind of agency published a report, as far as the 条例第四十九条 deadline is concerned.</summary>
public enum ReportDeadlineKind
{
    /// <summary>县级以上地方人民政府: by 31 March.</summary>
    Government,
    /// <summary>Every other agency (政府部门, and in Gongkai's reading townships and public institutions): by 31 January.</summary>
    Department,
}

/// <summary>Whether a report was published by its deadline, or why this cannot be said.</summary>
public sealed record PublicationTimeliness(ReportDeadlineKind Kind, bool KindGuessed, DateOnly Due, PublicationDate? Published)
{
    public bool? Late => Published is { } p ? p.Date > Due : null;
    public int DaysLate => Published is { } p && p.Date > Due ? p.Date.DayNumber - Due.DayNumber : 0;
}

/// <summary>
/// 逾期公布检查 (L1): 条例第四十九条 — a government's annual report is due by 31 March, every other agency's by 31 January of the
/// following year. A report published later is a finding (warning: the date read from a page may be when it was last
/// reposted). When no date is known the check says so and makes no finding.
/// </summary>
public static class LatePublicationCheck
{
    public const string RuleId = "L1";

    public static ReportRule Rule { get; } = new(RuleId, RuleBasis.Stated, FindingSeverity.Warning,
        "按期公布：部门年报1月31日前、政府年报3月31日前", "Published on time: departments by 31 January, governments by 31 March",
        "条例第四十九条");

    /// <summary>The statutory due date for an agency level (townships and public institutions: Gongkai's reading, UNVERIFIED — 31 January).</summary>
    public static ReportDeadlineKind KindOf(AgencyLevel level) => level == AgencyLevel.Government ? ReportDeadlineKind.Government : ReportDeadlineKind.Department;

    /// <summary>
    /// The kind read from the agency's name: a people's government above the township (…市/县/区人民政府, not its 办公室) is a
    /// government; a 乡/镇人民政府 or 街道办事处 and every named office or bureau is not. Null when the name gives no clue.
    /// </summary>
    public static ReportDeadlineKind? KindFromName(string? agencyName)
    {
        if (string.IsNullOrWhiteSpace(agencyName)) return null;
        var name = agencyName.Trim();
        if (name.EndsWith("人民政府", StringComparison.Ordinal))
        {
            var place = name[..^4];
            return place.EndsWith('乡') || place.EndsWith('镇') ? ReportDeadlineKind.Department : ReportDeadlineKind.Government;
        }
        string[] departmentEndings = ["局", "委员会", "委", "办公室", "办公厅", "办", "厅", "部", "署", "院", "中心", "处", "所", "站", "街道办事处", "公司"];
        return departmentEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) ? ReportDeadlineKind.Department : null;
    }

    public static DateOnly Due(ReportDeadlineKind kind, int reportYear) =>
        kind == ReportDeadlineKind.Government ? Statute.GovernmentAnnualReportDue(reportYear) : Statute.DepartmentAnnualReportDue(reportYear);

    /// <summary>
    /// The timeliness of a report of <paramref name="reportYear"/>. With <paramref name="kind"/> unknown it is guessed from the name;
    /// a name giving no clue is judged by the later (government) date, so that a finding is never raised only by a guess.
    /// </summary>
    public static PublicationTimeliness Assess(int reportYear, string? agencyName, ReportDeadlineKind? kind, PublicationDate? published)
    {
        var resolved = kind ?? KindFromName(agencyName) ?? ReportDeadlineKind.Government;
        return new PublicationTimeliness(resolved, kind is null, Due(resolved, reportYear), published);
    }

    /// <summary>The L1 finding when the report was published late; none when on time or when the date is unknown.</summary>
    public static ReportFinding? Finding(PublicationTimeliness timeliness)
    {
        if (timeliness.Late != true) return null;
        var published = timeliness.Published!;
        string kindZh = timeliness.Kind == ReportDeadlineKind.Government ? "人民政府年度报告" : "政府部门年度报告";
        string guessed = timeliness.KindGuessed ? "（按机关名称判断）" : "";
        return new ReportFinding(RuleId, FindingSeverity.Warning, [],
            ChineseDates.Iso(timeliness.Due), ChineseDates.Iso(published.Date),
            $"年度报告于 {ChineseDates.Format(published.Date)} 公布（依据：{published.SourceZh}），晚于{kindZh}{guessed}的法定期限 " +
            $"{ChineseDates.Format(timeliness.Due)}（条例第四十九条），逾期 {timeliness.DaysLate} 天。",
            $"Published on {ChineseDates.Iso(published.Date)} ({published.Source}), after the statutory due date {ChineseDates.Iso(timeliness.Due)} " +
            $"for a {(timeliness.Kind == ReportDeadlineKind.Government ? "government" : "department")} report{(timeliness.KindGuessed ? " (kind guessed from the name)" : "")}: " +
            $"{timeliness.DaysLate} day(s) late.")
        { Kind = FindingKind.Mismatch };
    }
}
