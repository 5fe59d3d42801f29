namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>
/// 默认公开目录分类: the categories a new agency starts with (procedure.md §1) — the fifteen items of 条例第二十条 verbatim, the
/// optional topics of 条例第二十一条 for its level, and the eight portal columns the seed report counts
/// (红寺堡区科学技术局 2023, 一（一）). Codes are stable and ASCII so they can appear in URLs and import files.
/// </summary>
public static class DefaultCategories
{
    /// <summary>条例第二十条（一）至（十五）, verbatim (procedure.md §1).</summary>
    public static IReadOnlyList<Category> Article20 { get; } =
    [
        Statutory(1, "行政法规、规章和规范性文件"),
        Statutory(2, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
        Statutory(3, "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
        Statutory(4, "国民经济和社会发展统计信息"),
        Statutory(5, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
        Statutory(6, "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"),
        Statutory(7, "财政预算、决算信息"),
        Statutory(8, "行政事业性收费项目及其依据、标准"),
        Statutory(9, "政府集中采购项目的目录、标准及实施情况"),
        Statutory(10, "重大建设项目的批准和实施情况"),
        Statutory(11, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
        Statutory(12, "突发公共事件的应急预案、预警信息及应对情况"),
        Statutory(13, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
        Statutory(14, "公务员招考的职位、名额、报考条件等事项以及录用结果"),
        Statutory(15, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
    ];

    /// <summary>条例第二十一条: 设区的市级、县级人民政府及其部门 (by local circumstances).</summary>
    public static IReadOnlyList<Category> Article21CityAndCounty { get; } =
    [
        Topic("art21-municipal-construction", "市政建设"),
        Topic("art21-public-services", "公共服务"),
        Topic("art21-public-welfare", "公益事业"),
        Topic("art21-land-expropriation", "土地征收"),
        Topic("art21-housing-expropriation", "房屋征收"),
        Topic("art21-public-security", "治安管理"),
        Topic("art21-social-assistance", "社会救助"),
    ];

    /// <summary>条例第二十一条: 乡（镇）人民政府. Topics named like the city/county ones share their code.</summary>
    public static IReadOnlyList<Category> Article21Township { get; } =
    [
        Topic("art21-rural-policy", "农业农村政策落实"),
        Topic("art21-irrigation", "农田水利工程建设运营"),
        Topic("art21-land-contract-transfer", "农村土地承包经营权流转"),
        Topic("art21-homestead", "宅基地使用情况审核"),
        Topic("art21-land-expropriation", "土地征收"),
        Topic("art21-housing-expropriation", "房屋征收"),
        Topic("art21-fundraising-labour", "筹资筹劳"),
        Topic("art21-social-assistance", "社会救助"),
    ];

    /// <summary>The eight portal columns of the seed report's section 一（一）, in its order.</summary>
    public static IReadOnlyList<Category> SeedPortalColumns { get; } =
    [
        Local("annual-report", "政府信息公开年报"),
        Local("functions", "机构职能"),
        Local("budget", "预决算公开"),
        Local("power", "行政权力运行"),
        Local("notices", "公示公告"),
        Local("topics", "专题专栏"),
        Local("open-day", "政府开放日"),
        Local("news", "部门动态"),
    ];

    /// <summary>The 条例第二十一条 topics for an agency of <paramref name="level"/> (none for central and provincial levels).</summary>
    public static IReadOnlyList<Category> Article21For(AgencyLevel level) => level switch
    {
        AgencyLevel.MunicipalGovernment or AgencyLevel.MunicipalDepartment
            or AgencyLevel.CountyGovernment or AgencyLevel.CountyDepartment => Article21CityAndCounty,
        AgencyLevel.TownshipGovernment => Article21Township,
        _ => [],
    };

    /// <summary>Code of the 条例第二十条 item <paramref name="n"/> (1–15): <c>art20-07</c>.</summary>
    public static string Article20Code(int n) => $"art20-{n:00}";

    private static Category Statutory(int n, string name) => new(Article20Code(n), name, null, CategorySource.Article20, n, false);

    private static Category Topic(string code, string name) => new(code, name, null, CategorySource.Article21, null, false);

    private static Category Local(string code, string name) => new(code, name, null, CategorySource.Local, null, false);
}
