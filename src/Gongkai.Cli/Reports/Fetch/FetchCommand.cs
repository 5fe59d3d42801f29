using System.CommandLine;
using System.Security.Cryptography;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Html;

namespace Gongkai.Cli.Reports.Fetch;

/// <summary>
/// `gongkai report fetch URL...`: downloads published reports for auditing — a report page, or the PDF/DOCX attachments a
/// page links — and names the reason for every page it cannot use (list page, script-rendered page, attachment missing).
/// </summary>
internal static class FetchCommand
{
    /// <summary>No report page or attachment is anywhere near this; a larger answer is not a report.</summary>
    private const long MaxDownloadBytes = 50L * 1024 * 1024;

    public static Command Create()
    {
        var urls = new Argument<string[]>("URL") { Description = "Report pages or files (http/https).", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo?>("--out-dir", "-o") { Description = "Folder to save into (default: the current folder)." };
        var command = new Command("fetch", "Download published reports (HTML pages and their PDF/DOCX attachments) for `report audit`. " +
                                           "Exit 0: every URL gave a report file; 1: some could not be used (reason printed).")
        {
            urls, outDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(outDir)?.FullName ?? Directory.GetCurrentDirectory();
            Directory.CreateDirectory(folder);
            var output = parse.InvocationConfiguration.Output;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60), MaxResponseContentBufferSize = MaxDownloadBytes };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("gongkai-report-fetch/1.0");
            bool allUsed = true;
            foreach (var url in parse.GetValue(urls)!)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
                    throw new CliUsageException($"{url}: not an http(s) address.");
                allUsed &= await FetchAsync(http, address, folder, output, cancellationToken);
            }
            return allUsed ? CliRunner.Ok : CliRunner.Failed;
        });
        return command;
    }

    private static async Task<bool> FetchAsync(HttpClient http, Uri address, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        var (bytes, lastModified, failure) = await DownloadWithDateAsync(http, address, cancellationToken);
        if (bytes is null)
        {
            output.WriteLine($"unusable  {address}: {failure}");
            return false;
        }
        var name = FileName(address, bytes);
        var document = ReportDocumentReader.Read(bytes, name);
        if (document.Kind is ReportFileKind.Pdf or ReportFileKind.Docx)
            return Save(output, folder, name, bytes, address, document, lastModified);
        if (document.Kind != ReportFileKind.Html)
        {
            if (document.Succeeded) return Save(output, folder, name, bytes, address, document, lastModified);
            output.WriteLine($"unusable  {address}: {document.Refusal?.ReasonEn ?? "not a report"}");
            return false;
        }

        var page = ReportPageClassifier.Classify(document.Text ?? "", address, document);
        switch (page.Kind)
        {
            case ReportPageKind.Report:
                return Save(output, folder, name, bytes, address, document, lastModified);
            case ReportPageKind.Attachments:
            {
                bool all = true;
                foreach (var link in page.Links)
                {
                    var (file, fileModified, why) = await DownloadWithDateAsync(http, link.Address, cancellationToken);
                    if (file is null)
                    {
                        output.WriteLine($"unusable  {address}: attachment missing: {link.Address} ({why})");
                        all = false;
                        continue;
                    }
                    var attachmentName = FileName(link.Address, file);
                    all &= Save(output, folder, attachmentName, file, link.Address, ReportDocumentReader.Read(file, attachmentName), fileModified);
                }
                return all;
            }
            case ReportPageKind.ListPage:
                output.WriteLine($"unusable  {address}: list page — it links {page.Links.Count} report(s); fetch them one by one:");
                foreach (var link in page.Links.Take(20)) output.WriteLine($"            {link.Address}  {link.Text}");
                return false;
            case ReportPageKind.ScriptRendered:
                output.WriteLine($"unusable  {address}: script-rendered page — its text is drawn by JavaScript; save the page from a browser or fetch its data address");
                return false;
            default:
                output.WriteLine($"unusable  {address}: no report on the page and no PDF/DOCX attachment linked");
                return false;
        }
    }

    private static bool Save(TextWriter output, string folder, string name, byte[] bytes, Uri address, ReportDocument document, DateTimeOffset? lastModified)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        if (lastModified is { } modified) Audit.FetchedLastModified.Write(path, modified);
        string what = document.Succeeded
            ? $"{document.Reading!.Report!.AgencyName ?? "?"} {document.Reading.Report.Year?.ToString() ?? "?"}"
            : $"saved, but not readable: {document.Refusal?.ReasonEn}";
        output.WriteLine($"saved     {address} → {path} ({document.Kind.ToString().ToLowerInvariant()}; {what})");
        return document.Succeeded;
    }

    /// <summary>The body and the server's Last-Modified, which <c>report audit</c> takes as the weakest publication date (rule L1).</summary>
    private static async Task<(byte[]? Bytes, DateTimeOffset? LastModified, string? Failure)> DownloadWithDateAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(address, cancellationToken);
            if (!response.IsSuccessStatusCode) return (null, null, $"HTTP {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? (null, null, "empty answer") : (bytes, response.Content.Headers.LastModified, null);
        }
        catch (HttpRequestException e)
        {
            return (null, null, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null, "timed out");
        }
    }

    /// <summary>The URL's last segment, made safe, with the kind's extension and a short hash so two pages never collide.</summary>
    private static string FileName(Uri address, byte[] bytes)
    {
        var last = Uri.UnescapeDataString(address.Segments.LastOrDefault()?.Trim('/') ?? "");
        var stem = Path.GetFileNameWithoutExtension(last);
        var safe = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        if (safe.Length == 0) safe = address.Host.Replace('.', '_');
        if (safe.Length > 60) safe = safe[..60];
        string extension = ReportDocumentReader.Sniff(bytes, last) switch
        {
            ReportFileKind.Pdf => ".pdf",
            ReportFileKind.Docx => ".docx",
            ReportFileKind.Html => ".html",
            ReportFileKind.Json => ".json",
            ReportFileKind.Text => ".txt",
            _ => Path.GetExtension(last) is { Length: > 0 and < 8 } e ? e : ".bin",
        };
        return $"{safe}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}{extension}";
    }
}
