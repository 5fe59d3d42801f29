using Gongkai.Core;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// 附件库: files kept once per SHA-256 of their bytes, in the database so every web node serves the same files. The type is
/// sniffed from the bytes and must agree with the name (Core's AttachmentReference); the text is extracted once, for search.
/// </summary>
public sealed class FileStore(GongkaiDbContext db, TimeProvider clock)
{
    /// <summary>The largest attachment taken (a 政府信息 PDF of a few hundred pages fits).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public async Task<DomainResult<AttachmentReference>> StoreAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        if (content.LongLength > MaxBytes) return new AttachmentTooLargeError(content.LongLength, MaxBytes);
        var reference = AttachmentReference.FromContent(fileName, content);
        if (!reference.Succeeded) return reference;
        var r = reference.Value;
        if (!await db.StoredFiles().AnyAsync(f => f.Sha256 == r.Sha256, cancellationToken))
        {
            db.StoredFiles().Add(new StoredFileRecord
            {
                Sha256 = r.Sha256, Size = r.Size, MediaType = r.MediaType, Content = content,
                ExtractedText = AttachmentText.Extract(content, r.MediaType), StoredAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same bytes were stored by a concurrent upload: content addressing makes that one ours too.
                db.ChangeTracker.Clear();
            }
        }
        return r;
    }

    /// <summary>The stored bytes of <paramref name="sha256"/>, or null.</summary>
    public async Task<StoredFileRecord?> FindAsync(string sha256, CancellationToken cancellationToken = default) =>
        await db.StoredFiles().AsNoTracking().SingleOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken);
}
