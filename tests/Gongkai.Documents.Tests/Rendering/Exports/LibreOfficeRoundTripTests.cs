using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Pdf;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>
/// The DOCX converted by LibreOffice (<c>soffice --headless --convert-to pdf</c>), once per format for the whole class: a
/// conversion takes seconds. Needs LibreOffice Writer (CI installs libreoffice-writer).
/// </summary>
public sealed class LibreOfficeConversions
{
    private readonly Dictionary<ReportFormat, Lazy<(AnnualReport Report, byte[] Pdf)>> _converted = new()
    {
        [ReportFormat.F2021] = new(() => Convert(TestReports.Consistent(101, ReportFormat.F2021))),
        [ReportFormat.F2019] = new(() => Convert(TestReports.Consistent(102, ReportFormat.F2019))),
    };

    public (AnnualReport Report, byte[] Pdf) Of(ReportFormat format) => _converted[format].Value;

    private static (AnnualReport, byte[]) Convert(AnnualReport report) =>
        (report, LibreOfficeConverter.DocxToPdfAsync(DocxReportRenderer.Render(report)).GetAwaiter().GetResult());
}

public class LibreOfficeRoundTripTests(LibreOfficeConversions conversions) : IClassFixture<LibreOfficeConversions>
{
    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void ConvertedPdf_HoldsEveryHeadingParagraphLabelAndValue_InReadingOrder(ReportFormat format)
    {
        var (report, pdf) = conversions.Of(format);

        new PdfText(pdf).AssertInOrder(ReadingOrder.Of(report));
    }

    [Fact]
    public void ConvertedPdf_IsA4_WithEmbeddedFonts()
    {
        var (_, pdf) = conversions.Of(ReportFormat.F2021);

        var text = new PdfText(pdf);
        Assert.All(text.PageSizes, size =>
        {
            Assert.Equal(595.3, size.Width, 0.5);
            Assert.Equal(841.9, size.Height, 0.5);
        });
        var fonts = PdfText.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Font} is not embedded"));
    }

    [Fact]
    public void ConvertedPdf_KeepsTheTablesCellsUnderTheirMergedHeads()
    {
        var (report, pdf) = conversions.Of(ReportFormat.F2021);

        var found = new PdfText(pdf).AssertInOrder(ReadingOrder.Of(report));
        TableGeometry.AssertRequestTable(found);
        TableGeometry.AssertAppealTable(found);
    }

    [Fact]
    public void Conversion_WithoutLibreOffice_FailsNamingWhatIsMissing()
    {
        var options = new LibreOfficeOptions { ExecutablePath = "/nonexistent/libreoffice/soffice" };

        var error = Assert.Throws<LibreOfficeUnavailableException>(() =>
            LibreOfficeConverter.DocxToPdfAsync([1, 2, 3], options).GetAwaiter().GetResult());
        Assert.Contains("/nonexistent/libreoffice/soffice", error.Message);
    }

    [Fact]
    public void Conversion_ThatExitsWithAnError_FailsWithLibreOfficesMessage()
    {
        using var soffice = new FakeExecutable("echo 'source file could not be loaded' >&2; exit 3");

        var error = Assert.Throws<LibreOfficeConversionException>(() =>
            LibreOfficeConverter.DocxToPdfAsync([1, 2, 3], new LibreOfficeOptions { ExecutablePath = soffice.Path }).GetAwaiter().GetResult());
        Assert.Contains("code 3", error.Message);
        Assert.Contains("source file could not be loaded", error.Message);
    }

    [Fact]
    public void Conversion_ThatHangs_IsStoppedAtTheTimeout()
    {
        using var soffice = new FakeExecutable("sleep 60");
        var options = new LibreOfficeOptions { ExecutablePath = soffice.Path, Timeout = TimeSpan.FromMilliseconds(300) };

        var error = Assert.Throws<LibreOfficeConversionException>(() =>
            LibreOfficeConverter.DocxToPdfAsync([1, 2, 3], options).GetAwaiter().GetResult());
        Assert.Contains("within", error.Message);
    }

    /// <summary>A shell script standing in for soffice.</summary>
    private sealed class FakeExecutable : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gongkai-fake-soffice-");

        public FakeExecutable(string script)
        {
            Path = System.IO.Path.Combine(_directory.FullName, "soffice");
            File.WriteAllText(Path, "#!/bin/sh\n" + script + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        public string Path { get; }

        public void Dispose() => _directory.Delete(recursive: true);
    }
}
