using System.Security.Cryptography;

namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>
/// 附件: a file attached to an item, referenced by the SHA-256 of its content (the file store is content-addressed, DESIGN.md:
/// the same bytes are kept once, and a stored file can be checked against its name at any time). The name is what the portal
/// offers for download; the type is what the bytes are (<see cref="AttachmentTypeSniffer"/>), and the name's extension agrees with it.
/// </summary>
public sealed record AttachmentReference
{
    public const int MaxFileNameLength = 255;

    private AttachmentReference(string sha256, string fileName, AttachmentType type, long size)
    {
        Sha256 = sha256;
        FileName = fileName;
        Type = type;
        Size = size;
    }

    /// <summary>Lower-case hexadecimal SHA-256 of the content (64 characters): the key in the file store.</summary>
    public string Sha256 { get; }

    public string FileName { get; }
    public AttachmentType Type { get; }
    public string MediaType => Type.MediaType();

    /// <summary>Size in bytes.</summary>
    public long Size { get; }

    /// <summary>Checks and references a file given whole: its type from the bytes, its hash and size computed here.</summary>
    public static DomainResult<AttachmentReference> FromContent(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return new AttachmentEmptyError(fileName);
        var type = AttachmentTypeSniffer.Sniff(content);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return Create(fileName, type, Convert.ToHexStringLower(hash), content.Length);
    }

    /// <summary>
    /// Rebuilds a reference stored earlier, or one whose hash the file store computed while streaming; <paramref name="sniffed"/>
    /// is what <see cref="AttachmentTypeSniffer"/> said about the bytes.
    /// </summary>
    public static DomainResult<AttachmentReference> Create(string fileName, AttachmentType? sniffed, string sha256, long size)
    {
        var name = (fileName ?? "").Trim();
        if (name.Length == 0 || name.Length > MaxFileNameLength || name.Any(c => char.IsControl(c) || c is '/' or '\\')
            || name is "." or "..")
            return new AttachmentFileNameInvalidError(name);
        if (size <= 0) return new AttachmentEmptyError(name);
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigitLower)) return new AttachmentHashInvalidError(sha256 ?? "");
        if (sniffed is not { } type) return new AttachmentTypeNotAllowedError(name);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!type.Extensions().Contains(extension)) return new AttachmentExtensionMismatchError(name, type);
        return new AttachmentReference(sha256, name, type, size);
    }
}

public sealed record AttachmentEmptyError(string FileName) : DomainError("attachment-empty",
    $"附件“{FileName}”是空文件", $"attachment '{FileName}' is empty");

public sealed record AttachmentFileNameInvalidError(string FileName) : DomainError("attachment-file-name-invalid",
    $"附件文件名“{FileName}”无效（不能为空、含路径或控制字符，不超过{AttachmentReference.MaxFileNameLength}个字符）",
    $"attachment file name '{FileName}' is invalid");

public sealed record AttachmentHashInvalidError(string Sha256) : DomainError("attachment-hash-invalid",
    "附件内容摘要无效（应为64位小写十六进制SHA-256）", $"'{Sha256}' is not a lower-case hexadecimal SHA-256");

/// <summary>Only PDF, DOCX, XLSX and images (PNG, JPEG, GIF, WebP) are published, judged by content.</summary>
public sealed record AttachmentTypeNotAllowedError(string FileName) : DomainError("attachment-type-not-allowed",
    $"附件“{FileName}”的内容不是允许的格式（PDF、DOCX、XLSX或PNG、JPEG、GIF、WebP图片）",
    $"the content of '{FileName}' is not an allowed type (PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP)");

/// <summary>The name promises one type and the bytes are another (e.g. a “.pdf” holding a PNG): refused, not renamed silently.</summary>
public sealed record AttachmentExtensionMismatchError(string FileName, AttachmentType Actual) : DomainError("attachment-extension-mismatch",
    $"附件“{FileName}”的扩展名与内容不符：内容是{Actual.LabelZh()}，扩展名应为{string.Join("或", Actual.Extensions())}",
    $"'{FileName}' holds {Actual} content; its name should end in {string.Join(" or ", Actual.Extensions())}");
