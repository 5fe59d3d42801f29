using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.Accounts;

/// <summary>No such account in the caller's reach (also for accounts of other agencies: their existence is not revealed).</summary>
public sealed record StaffAccountNotFoundError()
    : DomainError("account-not-found", "找不到该账户", "no such account"), INotFoundError;

public sealed record StaffAccountAgencyNotFoundError(string Reference)
    : DomainError("account-agency-not-found", $"找不到机关或区域“{Reference}”", $"no agency or region matches '{Reference}'"), INotFoundError;

/// <summary>The caller may not manage accounts of that agency, or may not grant that role.</summary>
public sealed record StaffAccountForbiddenError(string ReasonZh, string ReasonEn)
    : DomainError("account-forbidden", ReasonZh, ReasonEn), IForbiddenError;

public sealed record StaffAccountRolesInvalidError(string ReasonZh, string ReasonEn)
    : DomainError("account-roles-invalid", ReasonZh, ReasonEn), IInvalidInputError;

/// <summary>Identity refused the input (user name taken, weak password …); its messages are already Chinese.</summary>
public sealed record StaffAccountRejectedError(string Code, string Description)
    : DomainError("account-" + Code, Description, Description), IInvalidInputError;
