namespace Gongkai.Data.Requests;

/// <summary>
/// A file kept in the database under its SHA-256 (content-addressed): the same scan uploaded twice is stored once, and the hash
/// proves the bytes were not changed since. Every web node sees the same files.
/// </summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(string sha256, string mediaType, byte[] content, DateTimeOffset storedAt)
    {
        Sha256 = sha256;
        MediaType = mediaType;
        Content = content;
        Length = content.LongLength;
        StoredAt = storedAt;
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; } = "";

    public string MediaType { get; private set; } = "";
    public long Length { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset StoredAt { get; private set; }
}

/// <summary>What an attachment of a request is for.</summary>
public enum AttachmentPurpose
{
    /// <summary>身份证明复印件.</summary>
    IdentityCopy,
    /// <summary>授权委托书.</summary>
    LetterOfAuthorisation,
    /// <summary>其他材料.</summary>
    Other,
}

/// <summary>附件: a file the applicant sent with a request (or its correction), pointing at its <see cref="StoredFile"/>.</summary>
public sealed class RequestAttachment
{
    private RequestAttachment()
    {
    }

    public RequestAttachment(Guid requestId, AttachmentPurpose purpose, string fileName, string mediaType, long length, string sha256, DateTimeOffset addedAt)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        Purpose = purpose;
        FileName = fileName;
        MediaType = mediaType;
        Length = length;
        Sha256 = sha256;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }
    public Guid RequestId { get; private set; }
    public AttachmentPurpose Purpose { get; private set; }
    public string FileName { get; private set; } = "";
    public string MediaType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
}
