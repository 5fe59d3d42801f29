using FsCheck;
using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.ProseCopy;

namespace Gongkai.Core.Tests.Reporting.ProseCopy;

/// <summary>The similarity measure: bounded, blind to figures, punctuation and spacing, and total for a text against itself.</summary>
public class ProseCopyProperties
{
    private static readonly string[] Words =
    [
        "进一步", "加强", "政府信息", "公开", "工作", "培训", "制度", "平台", "解读", "监督", "规范", "及时", "更新", "栏目", "群众", "办理",
        "申请", "审查", "保密", "网站", "政策", "领导", "重点领域", "便民", "服务", "考核", "整改", "落实", "质量", "渠道",
    ];

    private static string Text(int seed, int words)
    {
        var rng = new Random(seed);
        var parts = new List<string>();
        for (int i = 0; i < words; i++)
        {
            parts.Add(Words[rng.Next(Words.Length)]);
            if (rng.Next(6) == 0) parts.Add(rng.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "条");
            if (rng.Next(8) == 0) parts.Add("，");
        }
        return string.Concat(parts) + "。";
    }

    private static ProseFingerprint Fingerprint(string agency, int year, string text)
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.AgencyName = agency;
        report.Year = year;
        report.SetSection(SectionId.ProblemsAndImprovements, text);
        return ProseFingerprint.Of(report);
    }

    [Property(MaxTest = 100)]
    public bool ContainmentAndJaccard_StayBetweenZeroAndOne(int seedA, int seedB)
    {
        var a = Fingerprint("甲局", 2023, Text(seedA, 80));
        var b = Fingerprint("甲局", 2022, Text(seedB, 60));
        return ProseCopyComparison.Compare(a, new ProseCopySource(b, ProseCopyRelation.PreviousYear))
            .All(m => m.Containment is >= 0 and <= 1 && m.Jaccard is >= 0 and <= 1 && m.Jaccard <= m.Containment);
    }

    [Property(MaxTest = 100)]
    public bool ChangedFiguresPunctuationAndSpacing_KeepTheTextAWholeCopy(int seed, PositiveInt shift)
    {
        var original = Text(seed, 80);
        var edited = new string([.. original.Select(c => char.IsAsciiDigit(c) ? (char)('0' + (c - '0' + shift.Get) % 10) : c)])
            .Replace("，", "； ").Replace("条", "条\n");
        var copy = Fingerprint("乙局", 2024, edited);
        var source = Fingerprint("乙局", 2023, original);
        var match = ProseCopyComparison.Compare(copy, new ProseCopySource(source, ProseCopyRelation.PreviousYear)).Single();
        return match.Percent == 100;
    }

    [Property(MaxTest = 100)]
    public bool PassagesAreQuotedFromTheReportItself(int seed)
    {
        var text = Text(seed, 90);
        var a = Fingerprint("甲局", 2023, "今年另行增写的开头部分文字说明。" + text);
        var b = Fingerprint("甲局", 2022, text);
        return ProseCopyComparison.Compare(a, new ProseCopySource(b, ProseCopyRelation.PreviousYear))
            .SelectMany(m => m.Passages)
            .All(p => p.Start >= 0 && p.Start + p.Length <= a.Sections[SectionId.ProblemsAndImprovements].Original.Length);
    }
}
