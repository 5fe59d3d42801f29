using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.Agencies;

public sealed record AgencyParentNotFoundError(string Reference)
    : DomainError("agency-parent-not-found", $"找不到上级机关或区域“{Reference}”（请填写其名称或统一社会信用代码）",
        $"no parent agency or region matches '{Reference}' (give its name or credit code)"), INotFoundError;

public sealed record AgencyParentAmbiguousError(string Reference)
    : DomainError("agency-parent-ambiguous", $"名称为“{Reference}”的机关不止一个，请改填其统一社会信用代码",
        $"several agencies are named '{Reference}'; give the credit code instead"), IInvalidInputError;

public sealed record AgencyParentRequiredError()
    : DomainError("agency-parent-required", "只有区域可以没有上级；机关必须挂在某个区域或机关之下",
        "only a region may be top-level; an agency needs a parent region or agency"), IInvalidInputError;

public sealed record AgencyRegionUnderAgencyError()
    : DomainError("agency-region-under-agency", "区域只能位于另一个区域之下，不能挂在机关之下",
        "a region may only sit under another region, not under an agency"), IInvalidInputError;

public sealed record AgencyCreditCodeTakenError(string CreditCode)
    : DomainError("agency-credit-code-taken", $"统一社会信用代码{CreditCode}已登记给另一个机关",
        $"credit code {CreditCode} already belongs to another agency");

public sealed record AgencySiblingNameTakenError(string Name)
    : DomainError("agency-name-taken", $"同一上级下已有名为“{Name}”的机关或区域",
        $"the parent already has an agency or region named '{Name}'");

/// <summary>One problem of an import file, with the line it is on (1 = the header line).</summary>
public sealed record AgencyImportLineError(int Line, DomainError Problem)
    : DomainError(Problem.Code, $"第{Line}行：{Problem.MessageZh}", $"line {Line}: {Problem.MessageEn}"), IInvalidInputError;

public sealed record AgencyImportFileError(string ReasonZh, string ReasonEn)
    : DomainError("agency-import-file", ReasonZh, ReasonEn), IInvalidInputError;

/// <summary>No agency with this id, or one the caller may not administer (not revealed as existing).</summary>
public sealed record AgencyNotFoundError(Guid Id)
    : DomainError("agency-not-found", "找不到该机关", $"no agency {Id} that you may administer"), INotFoundError;

/// <summary>Adding agencies (and placing one under a parent) is the system administrator's.</summary>
public sealed record AgencyAdministrationForbiddenError()
    : DomainError("agency-administration-forbidden", "只有系统管理员可以新增、导入或调整机关",
        "only a system administrator may add, import or restructure agencies"), IForbiddenError;

/// <summary>An agency admin may change the disclosure office's contact data of its own agency, nothing else.</summary>
public sealed record AgencyFieldsLockedError()
    : DomainError("agency-fields-locked", "机关管理员只能修改本机关政府信息公开工作机构的联系方式；名称、代码、层级、上级等请联系系统管理员修改",
        "an agency administrator may change only the disclosure office's contact data; ask a system administrator for other fields"), IForbiddenError;

public sealed record AgencyParentCycleError()
    : DomainError("agency-parent-cycle", "不能把机关挂到它自己或它的下级之下",
        "an agency cannot be placed under itself or one of its descendants"), IInvalidInputError;
