using System.IO.Compression;
using System.Text;
using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>附件: the type comes from the bytes (PDF, DOCX, XLSX, images only), the name must agree, the key is the content's SHA-256.</summary>
public class AttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%test\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a\x01\0\x01\0");
    private static readonly byte[] WebP = [.. "RIFF"u8, 26, 0, 0, 0, .. "WEBPVP8 "u8];
    private static readonly byte[] OleDoc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    private static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0, 3, 0];

    /// <summary>A minimal OOXML package: [Content_Types].xml and the given parts.</summary>
    private static byte[] Package(params string[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml" }.Concat(parts))
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<?xml version=\"1.0\"?><x/>");
            }
        }
        return buffer.ToArray();
    }

    public static TheoryData<string, AttachmentType> Allowed() => new()
    {
        { "pdf", AttachmentType.Pdf }, { "png", AttachmentType.Png }, { "jpeg", AttachmentType.Jpeg },
        { "gif", AttachmentType.Gif }, { "webp", AttachmentType.WebP }, { "docx", AttachmentType.Docx }, { "xlsx", AttachmentType.Xlsx },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => Pdf, "png" => Png, "jpeg" => Jpeg, "gif" => Gif, "webp" => WebP,
        "docx" => Package("word/document.xml", "word/styles.xml"),
        _ => Package("xl/workbook.xml", "xl/worksheets/sheet1.xml"),
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Sniff_RecognisesEveryAllowedType(string kind, AttachmentType expected)
    {
        Assert.Equal(expected, AttachmentTypeSniffer.Sniff(Sample(kind)));
    }

    [Fact]
    public void Sniff_PdfHeaderAfterLeadingBytes_IsStillPdf()
    {
        Assert.Equal(AttachmentType.Pdf, AttachmentTypeSniffer.Sniff([.. "\r\n\r\n"u8, .. Pdf]));
    }

    [Fact]
    public void Sniff_RefusesOtherFormats()
    {
        Assert.Null(AttachmentTypeSniffer.Sniff(OleDoc));
        Assert.Null(AttachmentTypeSniffer.Sniff(Exe));
        Assert.Null(AttachmentTypeSniffer.Sniff(Package("content.xml")));
        Assert.Null(AttachmentTypeSniffer.Sniff("plain text"u8));
        Assert.Null(AttachmentTypeSniffer.Sniff([]));
    }

    [Fact]
    public void Sniff_TruncatedDocx_IsRefused()
    {
        var docx = Package("word/document.xml");

        Assert.Null(AttachmentTypeSniffer.Sniff(docx.AsSpan(0, docx.Length - 30)));
    }

    [Fact]
    public void FromContent_APdfNameWithPngBytes_IsRefused()
    {
        var result = AttachmentReference.FromContent("培训通知.pdf", Png);

        var error = Assert.IsType<AttachmentExtensionMismatchError>(Assert.Single(result.Errors));
        Assert.Equal(AttachmentType.Png, error.Actual);
        Assert.Contains(".png", error.MessageZh);
    }

    [Fact]
    public void FromContent_Pdf_IsReferencedBySha256NameTypeAndSize()
    {
        var attachment = AttachmentReference.FromContent("培训通知.PDF", Pdf).Value;

        Assert.Equal("c8268d253e803393702f74a502278d92bed7fb8657a04c4c10259173c3e9e3b1", attachment.Sha256);
        Assert.Equal(("培训通知.PDF", "application/pdf", 15L), (attachment.FileName, attachment.MediaType, attachment.Size));
    }

    [Fact]
    public void FromContent_JpegWithJpgExtension_IsAccepted()
    {
        Assert.Equal("image/jpeg", AttachmentReference.FromContent("现场.jpg", Jpeg).Value.MediaType);
    }

    [Fact]
    public void FromContent_DisallowedType_IsRefusedWhateverTheName()
    {
        Assert.IsType<AttachmentTypeNotAllowedError>(Assert.Single(AttachmentReference.FromContent("安装.pdf", Exe).Errors));
        Assert.IsType<AttachmentTypeNotAllowedError>(Assert.Single(AttachmentReference.FromContent("旧文件.doc", OleDoc).Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd.pdf")]
    [InlineData("a\\b.pdf")]
    [InlineData("..")]
    public void FromContent_WithABadFileName_IsRefused(string name)
    {
        Assert.IsType<AttachmentFileNameInvalidError>(Assert.Single(AttachmentReference.FromContent(name, Pdf).Errors));
    }

    [Fact]
    public void FromContent_Empty_IsRefused()
    {
        Assert.IsType<AttachmentEmptyError>(Assert.Single(AttachmentReference.FromContent("空.pdf", []).Errors));
    }

    [Fact]
    public void Create_WithAnUpperCaseOrShortHash_IsRefused()
    {
        Assert.IsType<AttachmentHashInvalidError>(Assert.Single(AttachmentReference.Create("a.pdf", AttachmentType.Pdf, new string('A', 64), 10).Errors));
        Assert.IsType<AttachmentHashInvalidError>(Assert.Single(AttachmentReference.Create("a.pdf", AttachmentType.Pdf, "abc", 10).Errors));
    }
}
