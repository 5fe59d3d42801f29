using System.Text;

namespace Gongkai.Services.ReportChecking;

/// <summary>A report handed in for checking: the bytes as received and the name of the file they came in.</summary>
public sealed record ReportSubmission
{
    /// <summary>The name recorded for text pasted into the form or sent as a request body.</summary>
    public const string PastedTextName = "粘贴的文本.txt";

    private const int MaxNameLength = Data.ReportChecking.ReportCheck.MaxFileNameLength;

    public ReportSubmission(string? fileName, byte[] bytes)
    {
        FileName = CleanFileName(fileName);
        Bytes = bytes;
    }

    public string FileName { get; }
    public byte[] Bytes { get; }

    /// <summary>Pasted text; it is hashed and sized as its UTF-8 bytes.</summary>
    public static ReportSubmission FromText(string text, string? fileName = null) => new(fileName, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Keeps only the last path segment (browsers on Windows may send a full path), drops control characters and
    /// bounds the length; an empty name becomes <see cref="PastedTextName"/>.
    /// </summary>
    private static string CleanFileName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return PastedTextName;
        var lastSegment = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new string(lastSegment.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0) return PastedTextName;
        return clean.Length <= MaxNameLength ? clean : clean[^MaxNameLength..];
    }
}
