using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Arithmetic;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>Copies as third parties make them, and cells decided by the format's arithmetic across rows and columns.</summary>
public class VariantFileTests
{
    // The characters of the labels and headings that differ between simplified and traditional script (a mirror's conversion).
    private const string Simplified = "开处数计结转办请关机类无总议讼规范况务报";
    private const string Traditional = "開處數計結轉辦請關機類無總議訟規範況務報";

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void TraditionalMirrorPage_ReadsBackTheSameCells(int seed)
    {
        var report = Samples.Report(seed, ReportFormat.F2021);
        var html = HtmlReportRenderer.Render(report);
        var traditional = new string(html.Select(c => Simplified.IndexOf(c) is var i and >= 0 ? Traditional[i] : c).ToArray());

        var document = ReportDocumentReader.Read(Encoding.UTF8.GetBytes(traditional), "mirror.html");

        Assert.True(document.Succeeded, document.Refusal?.ReasonEn);
        ReadBackAssert.SameCells(report, document.Reading!.Report!);
    }

    [Fact]
    public void AmbiguousCells_OneChoiceFitsTheColumnsArithmetic_AreDecidedAndTheirProblemsDropped()
    {
        var report = Samples.Report(8, ReportFormat.F2021);
        var truth = report.Clone();
        // r3.1 in column c1 and r1 in column c3: each could be read two ways; R3 and R1 of their columns decide.
        string[] ids = ["t3.r3.1.c1", "t3.r1.c3"];
        foreach (var id in ids) report.SetAmbiguous(id, [truth.Number(id)!.Value, truth.Number(id)!.Value + 10]);
        var reading = new ReportReading(report, [.. ids.Select(id => new ReadProblem(ReadProblemKind.Ambiguous, id, 1, "", ""))], "test");

        var resolved = AmbiguityResolver.Resolve(reading);

        foreach (var id in ids) Assert.Equal(truth.Number(id), resolved.Report!.Number(id));
        Assert.Empty(resolved.Report!.AmbiguousCells);
        Assert.Empty(resolved.Problems);
    }

    [Fact]
    public void AmbiguousCells_TwoChoicesFitEveryEquation_StayAmbiguousWithThoseCandidates()
    {
        var report = Samples.Report(9, ReportFormat.F2021);
        decimal a = report.Number("t3.r3.1.c1")!.Value, b = report.Number("t3.r3.2.c1")!.Value;
        // Swapping two outcome rows of one column keeps R1 and R3 of the column; only the rows' own totals (R2) could tell,
        // and those are made undecidable too by leaving both rows' 总计 ambiguous between the two sums.
        report.SetAmbiguous("t3.r3.1.c1", [a, b]);
        report.SetAmbiguous("t3.r3.2.c1", [a, b]);
        decimal rowA = report.Number("t3.r3.1.c7")!.Value, rowB = report.Number("t3.r3.2.c7")!.Value;
        report.SetAmbiguous("t3.r3.1.c7", [rowA, rowA - a + b]);
        report.SetAmbiguous("t3.r3.2.c7", [rowB, rowB - b + a]);

        var resolved = AmbiguityResolver.Resolve(new ReportReading(report, [], "test")).Report!;

        Assert.NotEqual(a, b);
        Assert.Equal(new[] { Math.Min(a, b), Math.Max(a, b) }, resolved.AmbiguousCells["t3.r3.1.c1"]);
        Assert.Null(resolved["t3.r3.1.c1"]);
    }

    [Fact]
    public void AmbiguousCell_NoChoiceFits_IsLeftAmbiguous_NotRepaired()
    {
        var report = Samples.Report(10, ReportFormat.F2021);
        decimal real = report.Number("t3.r4.c2")!.Value;
        report.SetAmbiguous("t3.r4.c2", [real + 1, real + 2]);

        var resolved = AmbiguityResolver.Resolve(new ReportReading(report, [], "test")).Report!;

        Assert.Equal(new[] { real + 1, real + 2 }, resolved.AmbiguousCells["t3.r4.c2"]);
    }
}
