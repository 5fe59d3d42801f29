using Gongkai.Core;
using Gongkai.Services.Errors;

namespace Gongkai.Web.ReportChecking;

/// <summary>The API request has a body type the check endpoint does not take.</summary>
internal sealed record UnsupportedMediaTypeError(string? ContentType) : DomainError("unsupported-media-type",
    "不支持的请求格式。请以 text/plain 发送年报文字，以 application/json 发送 {\"text\": …}，或以 multipart/form-data 上传文件（字段名 file）。",
    $"Content type '{ContentType}' is not accepted: send text/plain, application/json {{\"text\": ...}} or multipart/form-data with a 'file' part."),
    IUnsupportedInputError;

/// <summary>The JSON body is not an object with a text property.</summary>
internal sealed record MalformedJsonError() : DomainError("malformed-json",
    "JSON 格式不正确。请求体应为 {\"text\": \"年报全文\", \"fileName\": \"可选\"}。",
    "The JSON body must be an object {\"text\": ..., \"fileName\": optional}."), IInvalidInputError;

/// <summary>The multipart or URL-encoded form could not be parsed.</summary>
internal sealed record MalformedFormError() : DomainError("malformed-form",
    "表单格式不正确，无法读取上传的内容。",
    "The form body could not be parsed."), IInvalidInputError;
