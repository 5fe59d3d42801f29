using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Services.Disclosure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Services.Demo;

/// <summary>
/// The demo's 主动公开 items, each through the three reviews (经办人拟稿、保密审查、分管领导审批): for 红寺堡区科学技术局 the 225 items
/// of 2023 the seed report counts in its section 一（一）— 42 on the portal in its eight columns and 183 posts on the “红寺堡科技”
/// WeChat account — and a smaller catalogue for 红寺堡区自然资源局.
/// </summary>
internal sealed class DemoCatalogue(DemoSeeder seeder, DemoTimeline timeline)
{
    /// <summary>The seed's section 一（一）: portal items per column (in its order), then the WeChat posts.</summary>
    public static readonly IReadOnlyList<(string Category, int Count)> SciencePortal2023 =
        [("annual-report", 1), ("functions", 1), ("budget", 3), ("power", 1), ("notices", 4), ("topics", 1), ("open-day", 1), ("news", 30)];

    public const int ScienceWeChat2023 = 183;

    private static readonly string[] Portal = [PublicationChannel.PortalCode];
    private static readonly string[] WeChat = [PublicationChannel.WeChatCode];

    public int Published { get; private set; }

    public Task SetUpChannelsAsync(DemoAgency agency, string weChatAccount, CancellationToken cancellationToken) =>
        seeder.StepAsync(agency.Clerk, $"wechat account of {agency.Name}", sp => sp.GetRequiredService<CatalogueSetup>()
            .SaveChannelAsync(agency.Clerk.Scope, agency.Id, PublicationChannel.WeChatCode, "微信公众号", weChatAccount, cancellationToken), cancellationToken);

    public void PlanScienceBureau(DemoAgency kjj)
    {
        Publish(kjj, new(2023, 1, 18), "annual-report", "红寺堡区科学技术局2022年政府信息公开工作年度报告", Portal);
        Publish(kjj, new(2023, 3, 6), "functions", "红寺堡区科学技术局主要职责和内设机构", Portal);
        Publish(kjj, new(2023, 2, 14), "budget", "红寺堡区科学技术局2023年部门预算公开", Portal);
        Publish(kjj, new(2023, 2, 14), "budget", "红寺堡区科学技术局2023年“三公”经费预算情况说明", Portal);
        Publish(kjj, new(2023, 8, 29), "budget", "红寺堡区科学技术局2022年部门决算公开", Portal);
        Publish(kjj, new(2023, 5, 16), "power", "红寺堡区科学技术局权责清单（2023年版）", Portal);
        Publish(kjj, new(2023, 4, 11), "notices", "2023年度自治区科技特派员拟选派人员名单公示", Portal);
        Publish(kjj, new(2023, 6, 20), "notices", "红寺堡区2023年科技型中小企业评价入库名单公示", Portal);
        Publish(kjj, new(2023, 9, 12), "notices", "红寺堡区2023年科技创新项目拟立项名单公示", Portal);
        Publish(kjj, new(2023, 12, 5), "notices", "红寺堡区2023年度科技成果转化项目验收结果公示", Portal);
        Publish(kjj, new(2023, 5, 22), "topics", "2023年全国科技活动周专题", Portal);
        Publish(kjj, new(2023, 10, 24), "open-day", "“推进政务公开工作 助力科技事业发展”政府开放日活动", Portal);
        string[] news =
        [
            "科技特派员深入田间地头开展枸杞种植技术指导", "区科技局召开科技创新工作推进会", "红寺堡区开展科技下乡集中服务活动",
            "区科技局组织开展葡萄酒产业技术培训", "区科技局走访调研科技型中小企业", "红寺堡区举办农业实用技术培训班",
        ];
        var newsDays = Spread(2023, 30, 3);
        for (var i = 0; i < newsDays.Count; i++)
            Publish(kjj, newsDays[i], "news", $"{news[i % news.Length]}（{i / news.Length + 1}）", Portal);
        string[] posts =
        [
            "枸杞病虫害绿色防控技术要点", "酿酒葡萄冬季埋土防寒技术", "设施蔬菜水肥一体化技术", "肉牛标准化养殖技术问答",
            "黄花菜采收与加工技术", "科技特派员服务动态", "科技惠民政策解读", "农业科技小知识",
        ];
        var postDays = Spread(2023, ScienceWeChat2023, 11);
        for (var i = 0; i < postDays.Count; i++)
            Publish(kjj, postDays[i], "news", $"红寺堡科技｜{posts[i % posts.Length]}（第{i + 1}期）", WeChat);
        // After the 2023 report is published (19 January 2024), it goes into the catalogue's 年报 column.
        Publish(kjj, new(2024, 1, 22), "annual-report", "红寺堡区科学技术局2023年政府信息公开工作年度报告", Portal);
    }

    public void PlanResourcesBureau(DemoAgency zrj)
    {
        foreach (var year in new[] { 2023, 2024 })
        {
            Publish(zrj, new(year, 2, 21), "budget", $"红寺堡区自然资源局{year}年部门预算公开", Portal);
            Publish(zrj, new(year, 3, 14), "art20-05", $"红寺堡区自然资源局行政许可事项清单（{year}年版）", Portal);
            Publish(zrj, new(year, 4, 18), "art21-land-expropriation", $"红寺堡区{year}年第一批次城镇建设用地征收土地公告", Portal, WeChat);
            Publish(zrj, new(year, 6, 13), "art21-land-expropriation", $"红寺堡区{year}年第二批次城镇建设用地征收补偿安置方案公告", Portal, WeChat);
            Publish(zrj, new(year, 7, 11), "notices", $"红寺堡区{year}年国有建设用地使用权挂牌出让公告", Portal);
            Publish(zrj, new(year, 9, 5), "art20-06", $"红寺堡区自然资源局{year}年上半年行政处罚决定公开", Portal);
            var days = Spread(year, 8, 5);
            for (var i = 0; i < days.Count; i++)
                Publish(zrj, days[i], "news", $"红寺堡区自然资源局工作动态（{year}年第{i + 1}期）", Portal);
            days = Spread(year, 6, 7);
            for (var i = 0; i < days.Count; i++)
                Publish(zrj, days[i], "news", $"红寺堡自然资源｜耕地保护知识问答（{year}年第{i + 1}期）", WeChat);
        }
    }

    /// <summary>Plans one item: drafted the working day before, then submitted, reviewed and approved (published) on <paramref name="day"/>.</summary>
    private void Publish(DemoAgency agency, DateOnly day, string category, string title, params string[][] channels)
    {
        var generatedOn = PreviousWorkingDay(day);
        var input = new ItemInput(title, category, null, generatedOn, null, null,
            $"<p>{title}。</p><p>（演示数据：本条信息由 Gongkai 演示程序生成。）</p>", [], channels.SelectMany(c => c).ToList());
        timeline.At(day, async ct =>
        {
            var id = await seeder.StepAsync(agency.Clerk, $"draft {title}", sp => sp.GetRequiredService<DisclosureDesk>().DraftAsync(agency.Clerk.Scope, input, ct), ct);
            await seeder.StepAsync(agency.Clerk, $"submit {title}", sp => sp.GetRequiredService<DisclosureDesk>().SubmitAsync(agency.Clerk.Scope, id, ct), ct);
            await seeder.StepAsync(agency.Reviewer, $"review {title}", sp => sp.GetRequiredService<DisclosureDesk>()
                .PassConfidentialityReviewAsync(agency.Reviewer.Scope, id, "经审查，不涉及国家秘密、工作秘密和敏感信息，同意公开。", ct), ct);
            await seeder.StepAsync(agency.Leader, $"approve {title}", sp => sp.GetRequiredService<DisclosureDesk>()
                .ApproveAsync(agency.Leader.Scope, id, null, "同意发布。", ct), ct);
            Published++;
        });
    }

    /// <summary><paramref name="count"/> working days spread over <paramref name="year"/>, starting at the <paramref name="offset"/>-th.</summary>
    public static IReadOnlyList<DateOnly> Spread(int year, int count, int offset)
    {
        var days = WorkingDays(year);
        return Enumerable.Range(0, count).Select(i => days[(offset + (int)((long)i * (days.Count - offset) / count)) % days.Count]).ToList();
    }

    public static IReadOnlyList<DateOnly> WorkingDays(int year)
    {
        var calendar = WorkingDayCalendar.Default;
        var days = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) days.Add(d);
        return days;
    }

    private static DateOnly PreviousWorkingDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!WorkingDayCalendar.Default.IsWorkingDay(d)) d = d.AddDays(-1);
        return d;
    }
}
