namespace Gongkai.Core.Requests.Intake;

/// <summary>
/// 申请人类型: a natural person (自然人) or one of the five kinds of 法人或其他组织 — exactly the data columns c1–c6 of table 三.
/// The column of a request is its applicant's kind at application time (report-format.md §4.3).
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人 (c1).</summary>
    NaturalPerson,
    /// <summary>商业企业 (c2).</summary>
    CommercialEnterprise,
    /// <summary>科研机构 (c3).</summary>
    ResearchInstitution,
    /// <summary>社会公益组织 (c4).</summary>
    PublicWelfareOrganization,
    /// <summary>法律服务机构 (c5).</summary>
    LegalServiceAgency,
    /// <summary>其他 法人或其他组织 (c6).</summary>
    OtherOrganization,
}

public static class ApplicantKinds
{
    /// <summary>The table-三 column id: c1 … c6.</summary>
    public static string ColumnId(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "c1",
        ApplicantKind.CommercialEnterprise => "c2",
        ApplicantKind.ResearchInstitution => "c3",
        ApplicantKind.PublicWelfareOrganization => "c4",
        ApplicantKind.LegalServiceAgency => "c5",
        ApplicantKind.OtherOrganization => "c6",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The verbatim column label of table 三 (自然人, 商业企业, …, 其他).</summary>
    public static string LabelZh(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.CommercialEnterprise => "商业企业",
        ApplicantKind.ResearchInstitution => "科研机构",
        ApplicantKind.PublicWelfareOrganization => "社会公益组织",
        ApplicantKind.LegalServiceAgency => "法律服务机构",
        ApplicantKind.OtherOrganization => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}
