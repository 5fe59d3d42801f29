using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>Reports rendered by Gongkai's own renderers and read back through the file entry point give the same report.</summary>
public class FormatRoundTripTests
{
    public static TheoryData<int, ReportFormat> Seeds()
    {
        var data = new TheoryData<int, ReportFormat>();
        for (int seed = 1; seed <= 6; seed++)
        {
            data.Add(seed, ReportFormat.F2021);
            data.Add(seed + 100, ReportFormat.F2019);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlPage_ReadBack_GivesSameCellsSectionsAndIdentity(int seed, ReportFormat format)
    {
        var report = Samples.Report(seed, format, withNonNumbers: seed % 2 == 0);
        var html = HtmlReportRenderer.Render(report);

        var read = ReadBack(Encoding.UTF8.GetBytes(html), "report.html", ReportFileKind.Html);

        ReadBackAssert.SameCells(report, read);
        ReadBackAssert.SameSections(report, read);
        ReadBackAssert.SameIdentity(report, read);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlPage_InsidePortalChromeAndGbk_ReadBack_GivesSameReport(int seed, ReportFormat format)
    {
        var report = Samples.Report(seed, format);
        var fragment = HtmlReportRenderer.Render(report, new HtmlRenderOptions { FullDocument = false });
        var page = PortalPage.Wrap(fragment, report.Title!, titleOutside: seed % 2 == 0);

        var read = ReadBack(PortalPage.Gbk(page), "content_123.shtml", ReportFileKind.Html);

        ReadBackAssert.SameCells(report, read);
        ReadBackAssert.SameSections(report, read);
        ReadBackAssert.SameIdentity(report, read);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_ReadBack_GivesSameCellsSectionsAndIdentity(int seed, ReportFormat format)
    {
        var report = Samples.Report(seed, format, withNonNumbers: seed % 2 == 0);

        var read = ReadBack(DocxReportRenderer.Render(report), "report.docx", ReportFileKind.Docx);

        ReadBackAssert.SameCells(report, read);
        ReadBackAssert.SameSections(report, read);
        ReadBackAssert.SameIdentity(report, read);
    }

    [Theory]
    [InlineData(1, ReportFormat.F2021)]
    [InlineData(2, ReportFormat.F2021)]
    [InlineData(101, ReportFormat.F2019)]
    public void Pdf_ReadBack_GivesSameCellsAndIdentity(int seed, ReportFormat format)
    {
        var report = Samples.Report(seed, format);

        var read = ReadBack(PdfReportRenderer.Render(report), "report.pdf", ReportFileKind.Pdf);

        ReadBackAssert.SameCells(report, read);
        ReadBackAssert.SameIdentity(report, read);
    }

    internal static AnnualReport ReadBack(byte[] bytes, string name, ReportFileKind kind)
    {
        var document = ReportDocumentReader.Read(bytes, name);
        Assert.Equal(kind, document.Kind);
        Assert.True(document.Succeeded, document.Refusal?.ReasonEn);
        Assert.DoesNotContain(document.Reading!.Problems, p => p.Part.StartsWith("t", StringComparison.Ordinal));
        return document.Reading.Report!;
    }
}
