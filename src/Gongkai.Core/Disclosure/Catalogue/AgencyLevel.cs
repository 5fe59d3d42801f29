namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>
/// 机关层级: where an agency sits, as far as the 条例 distinguishes. 条例第二十一条 adds optional disclosure topics for
/// 设区的市级、县级人民政府及其部门 and for 乡（镇）人民政府; other levels get none by default.
/// </summary>
public enum AgencyLevel
{
    /// <summary>国务院部门 (and other central-level organs).</summary>
    NationalDepartment,
    /// <summary>省级人民政府.</summary>
    ProvincialGovernment,
    /// <summary>省级人民政府部门.</summary>
    ProvincialDepartment,
    /// <summary>设区的市级人民政府.</summary>
    MunicipalGovernment,
    /// <summary>设区的市级人民政府部门.</summary>
    MunicipalDepartment,
    /// <summary>县级人民政府 (县、县级市、市辖区、旗).</summary>
    CountyGovernment,
    /// <summary>县级人民政府部门 (e.g. 红寺堡区科学技术局).</summary>
    CountyDepartment,
    /// <summary>乡（镇）人民政府.</summary>
    TownshipGovernment,
}

public static class AgencyLevelExtensions
{
    public static string LabelZh(this AgencyLevel level) => level switch
    {
        AgencyLevel.NationalDepartment => "国务院部门",
        AgencyLevel.ProvincialGovernment => "省级人民政府",
        AgencyLevel.ProvincialDepartment => "省级人民政府部门",
        AgencyLevel.MunicipalGovernment => "设区的市级人民政府",
        AgencyLevel.MunicipalDepartment => "设区的市级人民政府部门",
        AgencyLevel.CountyGovernment => "县级人民政府",
        AgencyLevel.CountyDepartment => "县级人民政府部门",
        AgencyLevel.TownshipGovernment => "乡（镇）人民政府",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
