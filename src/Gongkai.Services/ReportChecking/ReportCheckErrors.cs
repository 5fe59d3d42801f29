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

/// <summary>The bytes are a binary file no reader handles (an image, an archive, an old .doc …).</summary>
public sealed record BinaryReportError(string FileKind) : DomainError("report-binary",
    $"无法读取此文件：{FileKind}。可以检查的年报格式：网页（HTML）、Word 文档（DOCX）、PDF（含文字层）和文本文件；也可以直接粘贴年报全文。",
    $"The input is a file no reader handles: {FileKind}."), IUnsupportedInputError;

/// <summary>A PDF without a text layer: a scanned report, which would need OCR first.</summary>
public sealed record ScannedReportError() : DomainError("report-scanned",
    "这个 PDF 是扫描件，没有文字层，无法读取其中的数字。请上传原始的 Word/PDF 文件，或粘贴年报网页的文字。",
    "The PDF has no text layer (a scanned report)."), IUnsupportedInputError;

/// <summary>A DOCX or PDF that cannot be opened: damaged, truncated or encrypted.</summary>
public sealed record DamagedReportFileError(string FileKind) : DomainError("report-damaged",
    $"{FileKind} 文件已损坏、不完整或已加密，无法打开。请重新下载或另存后再上传。",
    $"The {FileKind} file is damaged, truncated or encrypted."), IUnsupportedInputError;

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
