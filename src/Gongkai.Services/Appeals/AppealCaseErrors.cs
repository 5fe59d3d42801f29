using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.Appeals;

/// <summary>No such case — or one of an agency the caller may not read (its existence is not revealed).</summary>
public sealed record AppealCaseNotFoundError(Guid Id) : DomainError("appeal-case-not-found",
    "未找到该复议或诉讼案件", $"appeal case {Id} not found"), INotFoundError;

/// <summary>The agency is not one whose records the caller may read (or it does not exist).</summary>
public sealed record AgencyRecordsNotFoundError(Guid AgencyId) : DomainError("agency-not-found",
    "未找到该机关", $"agency {AgencyId} not found"), INotFoundError;

/// <summary>
/// The account reads no agency's business records at all (a system admin administers agencies and accounts, not cases):
/// a missing role, so 403 — not a 404 that would pretend the caller's own agency had no cases.
/// </summary>
public sealed record AppealRecordsNotReadableError() : DomainError("appeal-records-not-readable",
    "本账号不能查看复议、诉讼案件", "this account reads no agency's appeal cases"), IForbiddenError;

/// <summary>Only staff of the agency with a work role record its cases; a supervisor reads and changes nothing.</summary>
public sealed record AppealChangeNotAllowedError() : DomainError("appeal-change-not-allowed",
    "只有本机关的经办人员可以登记或办结复议、诉讼案件", "only the agency's own staff record appeal cases"), IForbiddenError;

public sealed record AppealRequestNumberMissingError() : DomainError("appeal-request-number-missing",
    "请填写所涉申请的编号", "give the number of the request the case concerns"), IInvalidInputError;

/// <summary>The request a case concerns must be a request of the same agency (the case's foreign key).</summary>
public sealed record AppealRequestNotFoundError(Guid RequestId) : DomainError("appeal-request-not-found",
    "未找到所涉申请：请选择本机关的政府信息公开申请", $"request {RequestId} is not a request of this agency");

public sealed record AppealFieldTooLongError(string Field, int Max) : DomainError("appeal-field-too-long",
    $"{Field}不能超过{Max}个字", $"{Field} is longer than {Max} characters"), IInvalidInputError;

public sealed record AppealValueUnknownError(string Field) : DomainError("appeal-value-unknown",
    $"{Field}的取值无效", $"{Field} is not one of the known values"), IInvalidInputError;
