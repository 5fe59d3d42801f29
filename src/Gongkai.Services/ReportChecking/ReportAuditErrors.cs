using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.ReportChecking;

/// <summary>No audit run with this id that the caller may see (other agencies' runs are not revealed).</summary>
public sealed record ReportAuditRunNotFoundError(Guid Id) : DomainError("report-audit-not-found",
    "没有找到这次年报审查。", $"No report audit run {Id}."), INotFoundError;

/// <summary>No finding with this id in the run.</summary>
public sealed record ReportAuditFindingNotFoundError(Guid Id) : DomainError("report-audit-finding-not-found",
    "没有找到这条审查结果。", $"No finding {Id} in this audit run."), INotFoundError;

/// <summary>No file with this id in the run.</summary>
public sealed record ReportAuditFileNotFoundError(Guid Id) : DomainError("report-audit-file-not-found",
    "没有找到这份审查文件。", $"No file {Id} in this audit run."), INotFoundError;

/// <summary>Only the office that made the run decides on its findings; a supervisor reading an agency's run does not.</summary>
public sealed record ReportAuditDecisionNotAllowedError() : DomainError("report-audit-decision-not-allowed",
    "只有发起本次审查的机关可以确认或排除审查结果。", "Only the agency that made the audit run decides on its findings."), IForbiddenError;

/// <summary>Confirming or dismissing a finding needs a reason a later reader can follow.</summary>
public sealed record ReportAuditCommentRequiredError() : DomainError("report-audit-comment-required",
    "请填写确认或排除的理由。", "A reason is required to confirm or dismiss a finding."), IInvalidInputError;

/// <summary>The reason is longer than what is kept.</summary>
public sealed record ReportAuditCommentTooLongError(int Max) : DomainError("report-audit-comment-too-long",
    $"理由不能超过 {Max} 个字。", $"The reason exceeds {Max} characters."), IInvalidInputError;

/// <summary>An audit needs at least one file, and at most the configured number.</summary>
public sealed record ReportAuditFileCountError(int Max) : DomainError("report-audit-file-count",
    $"请选择 1 至 {Max} 个年报文件。", $"Choose between 1 and {Max} report files."), IInvalidInputError;
