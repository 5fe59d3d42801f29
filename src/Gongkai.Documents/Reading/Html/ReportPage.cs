using AngleSharp.Html.Parser;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Reading.Html;

/// <summary>What a fetched web page is, for someone collecting published reports.</summary>
public enum ReportPageKind
{
    /// <summary>The page itself holds a report.</summary>
    Report,
    /// <summary>The page links the report as attachments (PDF, DOCX …).</summary>
    Attachments,
    /// <summary>A list of reports (a 年报 column page): the reports are behind its links.</summary>
    ListPage,
    /// <summary>The page's content is drawn by script; the HTML holds no text to read.</summary>
    ScriptRendered,
    /// <summary>Nothing report-like and no attachment.</summary>
    NoReport,
}

/// <summary>A link of a page: its absolute address and its text.</summary>
public sealed record PageLink(Uri Address, string Text);

/// <summary>A web page classified, with the links that matter for its kind (attachments or the list's reports).</summary>
public sealed record ReportPage(ReportPageKind Kind, IReadOnlyList<PageLink> Links);

/// <summary>
/// 年报页面识别: tells a report page from a list page, a script-rendered page or a page whose report is an attachment,
/// so that a fetch can say precisely why a page cannot be used.
/// </summary>
public static class ReportPageClassifier
{
    private static readonly string[] AttachmentExtensions = [".pdf", ".docx", ".doc", ".wps", ".ofd"];

    /// <summary>Fewer visible characters than this in a page that runs scripts: the content is drawn in the browser.</summary>
    private const int ScriptPageTextLimit = 300;

    public static ReportPage Classify(string html, Uri address, ReportDocument read)
    {
        var document = new HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("a[href]")
            .Select(a => (Href: a.GetAttribute("href")!.Trim(), Text: (a.TextContent ?? "").Trim()))
            .Where(l => l.Href.Length > 0 && !l.Href.StartsWith('#') && !l.Href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(l => Uri.TryCreate(address, l.Href, out var uri) && uri.Scheme is "http" or "https" ? new PageLink(uri, l.Text) : null)
            .OfType<PageLink>()
            .ToList();

        if (read.Succeeded && IsSubstantial(read.Reading!.Report!)) return new ReportPage(ReportPageKind.Report, []);

        var attachments = links.Where(l => AttachmentExtensions.Contains(Path.GetExtension(l.Address.AbsolutePath).ToLowerInvariant()))
            .DistinctBy(l => l.Address).ToList();
        if (attachments.Count > 0) return new ReportPage(ReportPageKind.Attachments, attachments);

        var reports = links.Where(l => NamesAReport(l.Text)).DistinctBy(l => l.Address).ToList();
        if (reports.Count >= 2) return new ReportPage(ReportPageKind.ListPage, reports);

        var visible = TextNormaliser.Key(document.Body?.TextContent ?? "");
        bool scripts = document.Scripts.Length > 0;
        if (scripts && visible.Length < ScriptPageTextLimit) return new ReportPage(ReportPageKind.ScriptRendered, []);
        return new ReportPage(ReportPageKind.NoReport, []);
    }

    /// <summary>A page counts as the report when it has its tables or most of its sections, not a mere mention.</summary>
    private static bool IsSubstantial(Core.Reporting.AnnualReport report) =>
        report.Cells.Count >= 14 || report.Sections.Count >= 4;

    private static bool NamesAReport(string text)
    {
        var key = TextNormaliser.Key(text);
        return key.Contains("年度报告", StringComparison.Ordinal) || key.Contains("年报", StringComparison.Ordinal);
    }
}
