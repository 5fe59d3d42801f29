using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Search;

namespace Gongkai.Documents.Tests.Search;

public sealed class AttachmentTextTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public void Docx_GivesTheTextOfEveryParagraph()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("第一段：科技特派员"))), new Paragraph(new Run(new Text("第二段：技术培训")))));
        }

        var text = AttachmentText.Extract(stream.ToArray(), Docx);

        Assert.Contains("第一段：科技特派员", text);
        Assert.Contains("第二段：技术培训", text);
    }

    [Fact]
    public void DamagedPdf_GivesNoText_InsteadOfFailingThePublication()
    {
        var damaged = "%PDF-1.7\n这不是完整的PDF"u8.ToArray();
        Assert.Equal("", AttachmentText.Extract(damaged, "application/pdf"));
    }

    [Fact]
    public void Image_GivesNoText()
    {
        Assert.Equal("", AttachmentText.Extract([0x89, 0x50, 0x4E, 0x47], "image/png"));
    }
}
