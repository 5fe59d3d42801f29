using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>The attachment types an item may carry: documents people can open everywhere, and images.</summary>
public enum AttachmentType
{
    Pdf,
    Docx,
    Xlsx,
    Png,
    Jpeg,
    Gif,
    WebP,
}

public static class AttachmentTypes
{
    public static string MediaType(this AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentType.Png => "image/png",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Gif => "image/gif",
        AttachmentType.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>File-name extensions (lower case, with the dot) that may carry the type.</summary>
    public static IReadOnlyList<string> Extensions(this AttachmentType type) => type switch
    {
        AttachmentType.Pdf => [".pdf"],
        AttachmentType.Docx => [".docx"],
        AttachmentType.Xlsx => [".xlsx"],
        AttachmentType.Png => [".png"],
        AttachmentType.Jpeg => [".jpg", ".jpeg"],
        AttachmentType.Gif => [".gif"],
        AttachmentType.WebP => [".webp"],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string LabelZh(this AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "PDF文档",
        AttachmentType.Docx => "Word文档（.docx）",
        AttachmentType.Xlsx => "Excel表格（.xlsx）",
        AttachmentType.Png => "PNG图片",
        AttachmentType.Jpeg => "JPEG图片",
        AttachmentType.Gif => "GIF图片",
        AttachmentType.WebP => "WebP图片",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

/// <summary>
/// 附件类型识别: what a file really is, from its bytes, never from its name (a renamed executable must not reach the portal).
/// Pure: reads only the span given. PDF, PNG, JPEG, GIF and WebP are recognised by their signatures; DOCX and XLSX are ZIP
/// packages told apart by their main part (<c>word/document.xml</c>, <c>xl/workbook.xml</c>) listed in the ZIP's central
/// directory, so the whole file must be given for them.
/// </summary>
public static class AttachmentTypeSniffer
{
    // PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1 implementation note); so do we.
    private const int PdfHeaderWindow = 1024;
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    private const uint ZipLocalHeader = 0x04034B50;
    private const uint ZipCentralHeader = 0x02014B50;
    private const uint ZipEndOfCentralDirectory = 0x06054B50;
    private const int EndRecordSize = 22;

    /// <summary>The type of <paramref name="content"/>, or null when it is none of the allowed types.</summary>
    public static AttachmentType? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngMagic)) return AttachmentType.Png;
        if (content.StartsWith(JpegMagic)) return AttachmentType.Jpeg;
        if (content.StartsWith(Gif87) || content.StartsWith(Gif89)) return AttachmentType.Gif;
        if (content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(WebP)) return AttachmentType.WebP;
        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(PdfMagic) >= 0) return AttachmentType.Pdf;
        if (content.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(content) == ZipLocalHeader) return SniffOfficePackage(content);
        return null;
    }

    private static AttachmentType? SniffOfficePackage(ReadOnlySpan<byte> zip)
    {
        var names = CentralDirectoryNames(zip);
        if (names is null) return null;
        bool hasContentTypes = names.Contains("[Content_Types].xml");
        if (hasContentTypes && names.Contains("word/document.xml")) return AttachmentType.Docx;
        if (hasContentTypes && names.Contains("xl/workbook.xml")) return AttachmentType.Xlsx;
        return null;
    }

    /// <summary>The entry names of a ZIP file, read from its central directory; null when the structure is broken or truncated.</summary>
    private static HashSet<string>? CentralDirectoryNames(ReadOnlySpan<byte> zip)
    {
        // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
        int searchFrom = Math.Max(0, zip.Length - EndRecordSize - ushort.MaxValue);
        int end = -1;
        for (int i = zip.Length - EndRecordSize; i >= searchFrom; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == ZipEndOfCentralDirectory) { end = i; break; }
        }
        if (end < 0) return null;

        int entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < entries; n++)
        {
            if (offset < 0 || offset + 46 > end) return null;
            var header = zip[(int)offset..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != ZipCentralHeader) return null;
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            if (offset + 46 + nameLength > end) return null;
            names.Add(Encoding.UTF8.GetString(header.Slice(46, nameLength)));
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }
}
