namespace Gongkai.Core.Agencies;

/// <summary>Marks an agency error that comes from a field the person entered (hosts answer it as bad input).</summary>
public interface IAgencyFieldError;

public sealed record AgencyNameRequiredError()
    : DomainError("agency-name-required", "请填写机关名称", "the agency name is required"), IAgencyFieldError;

public sealed record AgencyFieldTooLongError(string FieldZh, string FieldEn, int MaxLength)
    : DomainError("agency-field-too-long", $"{FieldZh}不能超过{MaxLength}个字符", $"the {FieldEn} has more than {MaxLength} characters"), IAgencyFieldError;

public sealed record AgencyLevelUnknownError(string Given)
    : DomainError("agency-level-unknown",
        $"机关层级“{Given}”无效，应为：区域、人民政府、政府部门、乡镇（街道）、公共企事业单位",
        $"level '{Given}' is not one of {string.Join(", ", AgencyLevels.Keys)}"), IAgencyFieldError;

public sealed record AgencyCreditCodeInvalidError(string Reason, string ReasonEn)
    : DomainError("agency-credit-code-invalid", Reason, ReasonEn), IAgencyFieldError;

public sealed record AgencyIndexPrefixInvalidError(string Given)
    : DomainError("agency-index-prefix-invalid",
        $"索引号前缀“{Given}”无效：只能包含字母、数字、“-”和“/”，且不超过{AgencyProfile.MaxIndexPrefixLength}个字符",
        $"index-number prefix '{Given}' may hold only letters, digits, '-' and '/', at most {AgencyProfile.MaxIndexPrefixLength} characters"), IAgencyFieldError;

public sealed record AgencyShortNameInvalidError(string Given)
    : DomainError("agency-short-name-invalid",
        $"机关代字“{Given}”无效：不含空格，且不超过{AgencyProfile.MaxShortNameLength}个字符",
        $"short name '{Given}' must have no spaces and at most {AgencyProfile.MaxShortNameLength} characters"), IAgencyFieldError;
