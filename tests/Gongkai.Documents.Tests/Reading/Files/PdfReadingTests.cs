using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Tests.Support;
using PdfSharp.Drawing;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>
/// A DOCX converted to PDF by LibreOffice, as agencies publish it, read back from the PDF's text layer. Needs LibreOffice
/// Writer (CI installs libreoffice-writer), like the renderer's own LibreOffice tests.
/// </summary>
public class PdfReadingTests
{
    [Theory]
    [InlineData(7, ReportFormat.F2021)]
    [InlineData(107, ReportFormat.F2019)]
    public async Task DocxConvertedByLibreOffice_ReadBackFromPdf_GivesSameCellsAndIdentity(int seed, ReportFormat format)
    {
        Assert.True(LibreOfficeConverter.FindExecutable() is not null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer");
        var report = Samples.Report(seed, format);
        var pdf = await LibreOfficeConverter.DocxToPdfAsync(DocxReportRenderer.Render(report));

        var read = FormatRoundTripTests.ReadBack(pdf, "report.pdf", ReportFileKind.Pdf);

        ReadBackAssert.SameCells(report, read);
        ReadBackAssert.SameIdentity(report, read);
    }

    [Fact]
    public void PdfWithoutTextLayer_IsRefusedAsScanned()
    {
        var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
            graphics.DrawRectangle(XPens.Black, XBrushes.LightGray, 50, 50, 400, 600);
        using var stream = new MemoryStream();
        document.Save(stream);

        var read = ReportDocumentReader.Read(stream.ToArray(), "扫描件.pdf");

        Assert.Equal(ReportFileKind.Pdf, read.Kind);
        Assert.False(read.Succeeded);
        Assert.Equal(ReportRefusalKind.ScannedPdf, read.Refusal!.Kind);
    }

    [Fact]
    public void TruncatedPdf_IsRefusedAsDamaged_NotThrown()
    {
        var pdf = PdfReportRenderer.Render(Samples.Report(3, ReportFormat.F2021));

        var read = ReportDocumentReader.Read(pdf[..(pdf.Length / 3)], "report.pdf");

        Assert.False(read.Succeeded);
        Assert.Contains(read.Refusal!.Kind, new[] { ReportRefusalKind.Damaged, ReportRefusalKind.ScannedPdf, ReportRefusalKind.NotRecognised });
    }
}
