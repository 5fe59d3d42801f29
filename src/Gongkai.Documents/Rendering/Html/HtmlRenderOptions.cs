namespace Gongkai.Documents.Rendering.Html;

/// <summary>How <see cref="HtmlReportRenderer"/> renders a report (年度报告网页).</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>Cell ids (t3.r1.c1 …) to mark, e.g. the cells a check found wrong.</summary>
    public IReadOnlySet<string> HighlightCells { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True: a whole page (doctype, head, title, style). False: only the report's &lt;article&gt;, to embed in a page.</summary>
    public bool FullDocument { get; init; } = true;

    /// <summary>A link for a cell id (e.g. a drill-down to the records counted in it); null means no link for that cell.</summary>
    public Func<string, string?>? CellLink { get; init; }
}
