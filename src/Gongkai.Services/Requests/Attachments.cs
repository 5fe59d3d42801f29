using System.IO.Compression;
using System.Security.Cryptography;
using Gongkai.Core;
using Gongkai.Data.Requests;

namespace Gongkai.Services.Requests;

/// <summary>A file sent with an application, as received (not yet checked).</summary>
public sealed record AttachmentUpload(string FileName, byte[] Content, AttachmentPurpose Purpose = AttachmentPurpose.Other);

/// <summary>An upload that passed the checks: its real media type and SHA-256.</summary>
public sealed record CheckedAttachment(AttachmentUpload Upload, string MediaType, string Sha256);

/// <summary>Limits on attachments (configuration section <c>Requests</c>).</summary>
public sealed class RequestAttachmentOptions
{
    public const string SectionName = "Requests";

    /// <summary>Largest accepted file; default 5 MB (a scanned ID card or a letter of authorisation).</summary>
    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxAttachments { get; set; } = 3;
}

/// <summary>
/// Checks that an attachment is what it claims to be: only PDF, JPEG, PNG and DOCX are taken, and the file's first bytes (and,
/// for DOCX, its package parts) must match its extension — a renamed executable or script is refused.
/// </summary>
public static class AttachmentCheck
{
    public static DomainResult<IReadOnlyList<CheckedAttachment>> Run(IReadOnlyList<AttachmentUpload> uploads, RequestAttachmentOptions options)
    {
        if (uploads.Count > options.MaxAttachments) return new TooManyAttachmentsError(options.MaxAttachments);
        var errors = new List<DomainError>();
        var checkedFiles = new List<CheckedAttachment>();
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName);
            if (upload.Content.Length == 0) errors.Add(new AttachmentEmptyError(name));
            else if (upload.Content.LongLength > options.MaxAttachmentBytes) errors.Add(new AttachmentTooLargeError(name, options.MaxAttachmentBytes));
            else if (Sniff(name, upload.Content) is not { } mediaType) errors.Add(new AttachmentTypeRejectedError(name));
            else checkedFiles.Add(new CheckedAttachment(upload with { FileName = name }, mediaType, Convert.ToHexStringLower(SHA256.HashData(upload.Content))));
        }
        return errors.Count > 0 ? DomainResult<IReadOnlyList<CheckedAttachment>>.Failure(errors) : checkedFiles;
    }

    /// <summary>The media type when the content matches the extension, else null.</summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".pdf" when content.StartsWith("%PDF-"u8) => "application/pdf",
            ".jpg" or ".jpeg" when content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "image/jpeg",
            ".png" when content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => "image/png",
            ".docx" when content.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content.ToArray()) =>
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => null,
        };
    }

    // A DOCX is a ZIP holding [Content_Types].xml and word/document.xml; any other ZIP is not one.
    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
