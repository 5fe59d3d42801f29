using System.IO.Compression;
using System.Text;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Issue 8 fuzzing: 100 MB inputs never crash, hang or take the machine's memory. Files beyond the limits are refused
/// before they are decoded or unpacked; below them reading and checking take memory in proportion to the input (the
/// time per MB is shown by `report-audit` in bench/Gongkai.Bench). Memory is measured as the bytes this thread
/// allocated — the reader and the checks run on the calling thread — a resource bound, not a timing.
/// </summary>
public class InputSizeTests
{
    private const int HundredMegabytes = 100 * 1000 * 1000;

    private static byte[] SeedRepeated(int bytes)
    {
        var seed = Encoding.UTF8.GetBytes(SharedFiles.Seed + "\n");
        var result = new byte[bytes];
        result.AsSpan().Fill((byte)'\n');
        // Whole copies only (a cut copy would end in half a character), the rest blank lines.
        for (int at = 0; at + seed.Length <= bytes; at += seed.Length) seed.CopyTo(result.AsSpan(at));
        return result;
    }

    private static (ReportDocument Document, long Allocated) ReadMeasured(byte[] bytes, string name)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var document = ReportDocumentReader.Read(bytes, name);
        return (document, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("report.html")]
    public void HundredMegabyteReport_IsRefusedAsTooLarge_WithoutDecodingIt(string name)
    {
        var bytes = SeedRepeated(HundredMegabytes);

        var (document, allocated) = ReadMeasured(bytes, name);

        Assert.Equal(ReportRefusalKind.TooLarge, document.Refusal?.Kind);
        Assert.Null(document.Reading);
        Assert.Contains("64 MB", document.Refusal!.ReasonZh);
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated to refuse a 100 MB file");
    }

    [Fact]
    public void HundredMegabytePdf_IsRefusedAsTooLarge_WithoutOpeningIt()
    {
        var bytes = new byte[HundredMegabytes];
        "%PDF-1.7\n"u8.CopyTo(bytes);

        var (document, allocated) = ReadMeasured(bytes, "report.pdf");

        Assert.Equal(ReportRefusalKind.TooLarge, document.Refusal?.Kind);
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated to refuse a 100 MB PDF");
    }

    [Fact]
    public void SmallDocxWhoseDocumentUnpacksBeyondTheLimit_IsRefusedWithoutUnpacking()
    {
        // A zip bomb: a document part of 65 MiB of spaces compresses to some 64 KB.
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1024 * 1024];
            spaces.AsSpan().Fill((byte)' ');
            for (int i = 0; i <= ReportDocumentReader.MaxFileBytes / spaces.Length; i++) part.Write(spaces);
        }
        var bytes = packed.ToArray();

        var (document, allocated) = ReadMeasured(bytes, "report.docx");

        Assert.True(bytes.Length < 1024 * 1024);
        Assert.Equal(ReportFileKind.Docx, document.Kind);
        Assert.Equal(ReportRefusalKind.TooLarge, document.Refusal?.Kind);
        Assert.True(allocated < 4 * bytes.Length, $"{allocated} bytes allocated for a {bytes.Length}-byte DOCX");
    }

    [Fact]
    public void TextLongerThanTheTextLimit_IsRefusedAfterDecoding_InMemoryProportionalToIt()
    {
        var bytes = new byte[ReportDocumentReader.MaxTextLength + 1];
        bytes.AsSpan().Fill((byte)'a');

        var (document, allocated) = ReadMeasured(bytes, "report.txt");

        Assert.Equal(ReportRefusalKind.TooLarge, document.Refusal?.Kind);
        // The decoded text (two bytes a character) and nothing of its size more.
        Assert.True(allocated < 3L * bytes.Length, $"{allocated} bytes allocated for {bytes.Length} bytes of text");
    }

    [Fact]
    public void PageWhoseMarkupExceedsTheTextLimit_IsStillRead_TheLimitIsOnItsText()
    {
        // Portals inline images as data: URLs; the page's text is what the reader works on.
        var report = Samples.Report(7, Gongkai.Core.Reporting.ReportFormat.F2021);
        string image = "<img src=\"data:image/png;base64," + new string('A', ReportDocumentReader.MaxTextLength + 1) + "\">";
        string page = Gongkai.Documents.Rendering.Html.HtmlReportRenderer.Render(report).Replace("<body>", "<body>" + image, StringComparison.Ordinal);

        var document = ReportDocumentReader.Read(Encoding.UTF8.GetBytes(page), "report.html");

        Assert.True(document.Succeeded, document.Refusal?.ReasonEn);
        Assert.Equal(report.Number("t3.r1.c7"), document.Reading!.Report!.Number("t3.r1.c7"));
    }

    [Fact]
    public void ReadingAndCheckingBelowTheLimit_TakesMemoryInProportionToTheInput()
    {
        long PerByte(int size)
        {
            var bytes = SeedRepeated(size);
            // The reader rents its working buffers from the shared ArrayPool. Whether a rent finds a buffer there depends on
            // what ran before on this thread (other tests, the other size), so one unmeasured read first: both sizes are then
            // measured in the same steady state, the one a server reaches after its first few reports.
            ReportDocumentReader.Read(bytes, "report.txt");
            long before = GC.GetAllocatedBytesForCurrentThread();
            var document = ReportDocumentReader.Read(bytes, "report.txt");
            Assert.NotNull(ReportChecks.Run(document.Reading!.Report!));
            return (GC.GetAllocatedBytesForCurrentThread() - before) / size;
        }

        long small = PerByte(1_000_000), large = PerByte(4_000_000);

        // Measured 4 bytes per byte of input once the pool is warm (9 before Round 7 of docs/report-reading.md); 24 leaves room for change,
        // and a step that copied the rest of the text per row or per sentence would exceed it at once.
        Assert.InRange(small, 1, 24);
        Assert.InRange(large, 1, 24);
        Assert.True(large <= small * 3 / 2, $"{large} bytes per input byte at 4 MB against {small} at 1 MB: not linear");
    }
}
