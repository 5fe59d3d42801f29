namespace Gongkai.Documents.Reading;

/// <summary>The form a report file was published in, as told by its bytes (not by its name alone).</summary>
public enum ReportFileKind
{
    Text,
    Html,
    Docx,
    Pdf,
    /// <summary>Gongkai's own report JSON (docs/report-json.md).</summary>
    Json,
    /// <summary>A file no reader handles (an image, an archive, an old .doc …).</summary>
    Unsupported,
}

/// <summary>Why a file was not read at all, in both languages.</summary>
public enum ReportRefusalKind
{
    Empty,
    /// <summary>A binary file of a kind no reader handles.</summary>
    Unsupported,
    /// <summary>Text in no encoding Gongkai knows.</summary>
    UnknownEncoding,
    /// <summary>A PDF without a text layer: a scan, which would need OCR.</summary>
    ScannedPdf,
    /// <summary>A DOCX or PDF that could not be opened (damaged, truncated or encrypted).</summary>
    Damaged,
    /// <summary>The file was read, but nothing in it is an annual report.</summary>
    NotRecognised,
    /// <summary>
    /// The file or its text is larger than any report (<see cref="ReportDocumentReader.MaxFileBytes"/>,
    /// <see cref="ReportDocumentReader.MaxTextLength"/>): refused before it is read, so memory stays bounded.
    /// </summary>
    TooLarge,
}

public sealed record ReportRefusal(ReportRefusalKind Kind, string ReasonZh, string ReasonEn);
