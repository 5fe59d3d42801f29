using Gongkai.Core;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Errors;

namespace Gongkai.Services.Requests;

/// <summary>No such request — or one of another agency, which is reported the same way so its existence is not revealed.</summary>
public sealed record RequestNotFoundError() : DomainError("request-not-found",
    "找不到该申请", "no such request"), INotFoundError;

/// <summary>The applicant's request number and lookup code do not match (the message does not say which part is wrong).</summary>
public sealed record RequestLookupFailedError() : DomainError("request-lookup-failed",
    "申请编号或查询码不正确", "the request number or lookup code is not correct"), INotFoundError;

/// <summary>The agency applied to does not exist (or is a region, which takes no applications).</summary>
public sealed record ApplicationAgencyNotFoundError() : DomainError("agency-not-found",
    "找不到受理申请的机关", "no agency takes applications under this id"), INotFoundError;

/// <summary>The caller may read the request but its roles do not allow this step.</summary>
public sealed record RequestStepForbiddenError(StaffRole Required) : DomainError("request-step-forbidden",
    $"您没有办理该步骤的权限（需要{RoleZh(Required)}角色）", $"this step needs the role {Required}"), IForbiddenError
{
    private static string RoleZh(StaffRole role) => role switch
    {
        StaffRole.DisclosureOfficeHead => "公开工作机构负责人",
        StaffRole.ApprovingLeader => "分管领导",
        StaffRole.ConfidentialityReviewer => "保密审查",
        _ => "经办人",
    };
}

/// <summary>Another step was recorded on the request since it was loaded; nothing was saved.</summary>
public sealed record RequestChangedConcurrentlyError() : DomainError("request-changed-concurrently",
    "该申请刚刚被他人办理，请刷新后重试", "the request was changed by someone else; reload and retry"), IConflictError;

public sealed record ApplicantKindMissingError() : DomainError("applicant-kind-missing",
    "请选择申请人类型（自然人或法人、其他组织的类别）", "choose the applicant kind"), IInvalidInputError;

public sealed record IdentityTypeMissingError() : DomainError("identity-type-missing",
    "请选择身份证明的类型", "choose the kind of identity document"), IInvalidInputError;

/// <summary>A text field is longer than the form accepts.</summary>
public sealed record FieldTooLongError(string Field, string FieldZh, int Max) : DomainError("field-too-long",
    $"{FieldZh}不能超过{Max}个字", $"{Field} is longer than {Max} characters"), IInvalidInputError;

public sealed record RepeatedRequestNotFoundError(string Number) : DomainError("repeated-request-not-found",
    $"本机关没有编号为{Number}的申请", $"this agency has no request numbered {Number}"), IInvalidInputError;

public sealed record UnknownRequestStepError(string Name) : DomainError("unknown-request-step",
    $"未知的办理步骤“{Name}”", $"unknown request step '{Name}'"), INotFoundError;

// ---- attachments ----

public sealed record AttachmentTooLargeError(string FileName, long MaxBytes) : DomainError("attachment-too-large",
    $"附件“{FileName}”超过{MaxBytes / 1024 / 1024}MB的大小限制", $"attachment '{FileName}' exceeds {MaxBytes} bytes"), IInputTooLargeError;

public sealed record TooManyAttachmentsError(int Max) : DomainError("too-many-attachments",
    $"最多只能上传{Max}个附件", $"at most {Max} attachments"), IInvalidInputError;

/// <summary>The file is not one of the accepted kinds, or its content is not what its name claims (a disguised file).</summary>
public sealed record AttachmentTypeRejectedError(string FileName) : DomainError("attachment-type-rejected",
    $"附件“{FileName}”不是有效的PDF、JPEG、PNG或DOCX文件（文件内容须与扩展名一致）",
    $"attachment '{FileName}' is not a genuine PDF, JPEG, PNG or DOCX file (content must match the extension)"), IUnsupportedInputError;

public sealed record AttachmentEmptyError(string FileName) : DomainError("attachment-empty",
    $"附件“{FileName}”是空文件", $"attachment '{FileName}' is empty"), IInvalidInputError;
