using System.Net;
using System.Net.Sockets;
using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>
/// `gongkai report fetch` against a small portal served on loopback (there is no internet here): a report page, a page with
/// its report as attachments (one of them gone), a list page and a script-rendered page.
/// </summary>
public sealed class ReportFetchCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string ContentType, byte[] Body)> _pages = new(StringComparer.Ordinal);
    private readonly string _base;
    private readonly int _reportYear;

    public ReportFetchCommandTests()
    {
        int port = FreePort();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(ServeAsync);

        var report = SampleReports.Consistent(new Random(21), ReportFormat.F2021, density: 0.7, maxCount: 200);
        _reportYear = report.Year!.Value;
        Page("nb/content_1.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            $"<html><head><title>{report.Title}_门户网站</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>" +
            HtmlReportRenderer.Render(report, new() { FullDocument = false }) + "<div class=\"footer\">主办单位</div></body></html>"));
        Page("nb/content_2.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            "<html><body><h1>某县自然资源局2023年政府信息公开工作年度报告</h1><p>附件：</p>" +
            "<a href=\"/files/report.docx\">年度报告.docx</a> <a href=\"/files/gone.pdf\">年度报告.pdf</a></body></html>"));
        Page("files/report.docx", "application/octet-stream", DocxReportRenderer.Render(report));
        Page("nb/index.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            "<html><body><h2>政府信息公开年报</h2><ul>" +
            "<li><a href=\"content_1.html\">某镇人民政府2023年政府信息公开工作年度报告</a></li>" +
            "<li><a href=\"content_3.html\">某镇人民政府2022年政府信息公开工作年度报告</a></li>" +
            "<li><a href=\"content_4.html\">某镇人民政府2021年政府信息公开工作年度报告</a></li></ul></body></html>"));
        Page("nb/app.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            "<html><head><script src=\"/static/app.js\"></script></head><body><div id=\"app\"></div><noscript>请开启JavaScript</noscript></body></html>"));
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _dir.Dispose();
    }

    private void Page(string path, string contentType, byte[] body) => _pages[path] = (contentType, body);

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var path = context.Request.Url!.AbsolutePath.TrimStart('/');
            if (_pages.TryGetValue(path, out var page))
            {
                context.Response.ContentType = page.ContentType;
                if (path == "files/report.docx") context.Response.AddHeader("Last-Modified", new DateTimeOffset(_reportYear + 1, 2, 15, 2, 0, 0, TimeSpan.Zero).ToString("R"));
                await context.Response.OutputStream.WriteAsync(page.Body);
            }
            else context.Response.StatusCode = 404;
            context.Response.Close();
        }
    }

    private CliResult Fetch(params string[] paths) =>
        CliHarness.Run(["report", "fetch", .. paths.Select(p => _base + p), "--out-dir", _dir.Path]);

    [Fact]
    public void Fetch_ReportPage_SavesItAndItAudits()
    {
        var result = Fetch("nb/content_1.html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("saved", result.Lines[0]);
        var saved = Assert.Single(Directory.GetFiles(_dir.Path, "*.html"));
        Assert.Equal(0, CliHarness.Run("report", "check", saved).ExitCode);
    }

    [Fact]
    public void Fetch_PageWithAttachments_SavesTheDocxAndNamesTheMissingOne()
    {
        var result = Fetch("nb/content_2.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(Directory.GetFiles(_dir.Path, "*.docx"));
        Assert.Contains(result.Lines, l => l.StartsWith("unusable", StringComparison.Ordinal) && l.Contains("attachment missing") && l.Contains("gone.pdf") && l.Contains("404"));
    }

    [Fact]
    public void Fetch_AttachmentWithLastModified_RecordsItAndAuditTakesItAsThePublicationDate()
    {
        Fetch("nb/content_2.html");
        var docx = Assert.Single(Directory.GetFiles(_dir.Path, "*.docx"));

        Assert.Equal($"{_reportYear + 1}-02-15", File.ReadAllText(docx + ".last-modified").Trim());
        var json = Path.Combine(_dir.Path, "findings.json");
        var audit = CliHarness.Run("report", "audit", docx, "--out", json);
        Assert.Matches(@"publication: [01] on time, [01] late, 0 date unknown", audit.Stdout);
        using var findings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var publication = findings.RootElement.GetProperty("files")[0].GetProperty("publication");
        Assert.Equal($"{_reportYear + 1}-02-15", publication.GetProperty("published").GetString());
        Assert.Equal("LastModified", publication.GetProperty("source").GetString());
    }

    [Fact]
    public void Fetch_ListPage_IsNamedWithTheReportsItLinks()
    {
        var result = Fetch("nb/index.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("list page", result.Stdout);
        Assert.Contains(_base + "nb/content_3.html", result.Stdout);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Fetch_ScriptRenderedPageAndMissingPage_AreNamed()
    {
        var result = Fetch("nb/app.html", "nb/nothing.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("script-rendered page", result.Stdout);
        Assert.Contains("HTTP 404", result.Stdout);
    }
}
