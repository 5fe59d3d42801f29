using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Rendering.Print;

/// <summary>A part of a printed report, in document order.</summary>
public abstract record PrintBlock;

/// <summary>The title (2号, centred).</summary>
public sealed record TitleBlock(string Text) : PrintBlock;

/// <summary>One of the six official headings (一、总体情况 …), always in its official form.</summary>
public sealed record SectionHeadingBlock(SectionId Section, string Text) : PrintBlock;

/// <summary>A prose paragraph.</summary>
public sealed record ParagraphBlock(ProseParagraph Paragraph) : PrintBlock;

/// <summary>A statutory table and the notes that explain its marked cells.</summary>
public sealed record TableBlock(TableGrid Grid, IReadOnlyList<string> Notes) : PrintBlock;

/// <summary>
/// The printed form of an annual report (DOCX and PDF): the title, the preamble, then each of the six parts with its official
/// heading, its prose and — for 二, 三 and 四 — its table built from <see cref="ReportTableGrids"/>, the structure the HTML and
/// XLSX exports use too. A prose part the report does not have is not invented; the table parts always show their table.
/// </summary>
public static class PrintedReport
{
    public static IReadOnlyList<PrintBlock> Blocks(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocks = new List<PrintBlock> { new TitleBlock(ReportText.TitleOf(report)) };
        blocks.AddRange(ReportProse.Paragraphs(report.Preamble).Select(p => new ParagraphBlock(p)));

        foreach (var definition in report.Layout.Sections)
        {
            bool written = report.Sections.TryGetValue(definition.Id, out var section);
            var grid = TableOf(report, definition.Id);
            if (!written && grid is null) continue;

            blocks.Add(new SectionHeadingBlock(definition.Id, definition.Heading));
            if (written) blocks.AddRange(ReportProse.Paragraphs(section!.Body).Select(p => new ParagraphBlock(p)));
            if (grid is not null) blocks.Add(new TableBlock(grid, CellMarks.Notes(grid)));
        }
        return blocks;
    }

    private static TableGrid? TableOf(AnnualReport report, SectionId section) => section switch
    {
        SectionId.ProactiveDisclosure => ReportTableGrids.Proactive(report),
        SectionId.Requests => ReportTableGrids.Requests(report),
        SectionId.Appeals => ReportTableGrids.Appeals(report),
        _ => null,
    };
}
