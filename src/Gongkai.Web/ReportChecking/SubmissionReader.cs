using Gongkai.Core;
using Gongkai.Services.ReportChecking;

namespace Gongkai.Web.ReportChecking;

/// <summary>Reads a report from a request into a <see cref="ReportSubmission"/> without ever holding more than the limit.</summary>
internal static class SubmissionReader
{
    public static async Task<DomainResult<ReportSubmission>> FromFileAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes) return new ReportTooLargeError(maxBytes);
        await using var stream = file.OpenReadStream();
        var bytes = await ReadBoundedAsync(stream, maxBytes, cancellationToken);
        return bytes is null ? new ReportTooLargeError(maxBytes) : new ReportSubmission(file.FileName, bytes);
    }

    public static async Task<DomainResult<ReportSubmission>> FromBodyAsync(Stream body, string? fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(body, maxBytes, cancellationToken);
        return bytes is null ? new ReportTooLargeError(maxBytes) : new ReportSubmission(fileName, bytes);
    }

    /// <summary>The stream's bytes, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
