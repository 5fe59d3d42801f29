using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Services.ReportChecking;

/// <summary>Nothing was submitted, or only whitespace.</summary>
public sealed record EmptyReportError() : DomainError("report-empty",
    "没有收到年报内容。请粘贴年报全文，或选择一个文本文件上传。",
    "No report text was received."), IInvalidInputError;

/// <summary>The submission is larger than <see cref="ReportCheckingOptions.MaxBytes"/>.</summary>
public sealed record ReportTooLargeError(long Limit) : DomainError("report-too-large",
    $"年报内容超过 {Limit / 1024} KB 的上限。年度报告全文通常不足 100 KB，请检查是否选错了文件。",
    $"The report exceeds the limit of {Limit} bytes."), IInputTooLargeError;

/// <summary>The bytes are a binary file (PDF, Office document, image …), not text.</summary>
public sealed record BinaryReportError(string FileKind) : DomainError("report-binary",
    $"收到的是“{FileKind}”，不是文本。目前只能检查文本格式的年报：请复制年报网页或文档中的全部文字粘贴到文本框，或上传 .txt 文件。",
    $"The input is a binary file ({FileKind}), not text."), IUnsupportedInputError;

/// <summary>The bytes are neither UTF-8 (or UTF-16 with a BOM) nor GB18030/GBK text.</summary>
public sealed record UnknownEncodingError() : DomainError("report-encoding",
    "无法识别文件的文字编码。请将文件另存为 UTF-8 编码的文本后再上传，或直接粘贴文字。",
    "The text is neither UTF-8, UTF-16 with a byte order mark, nor GB18030."), IUnsupportedInputError;

/// <summary>The text was read but nothing in it looks like an annual report.</summary>
public sealed record ReportNotRecognisedError(string Reason) : DomainError("report-not-recognised",
    $"未能识别为政府信息公开工作年度报告：{Reason}",
    $"The text was not recognised as an annual report: {Reason}");

/// <summary>No stored check has this id.</summary>
public sealed record ReportCheckNotFoundError(Guid Id) : DomainError("report-check-not-found",
    "没有找到这条检查记录。",
    $"No report check with id {Id}."), INotFoundError;
