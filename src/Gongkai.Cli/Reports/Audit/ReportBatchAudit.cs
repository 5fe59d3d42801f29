using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Documents.Reading;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>
/// 年报批量审查: reads many published report files in parallel, pairs each report with the same agency's report of the
/// year before (from the batch itself or from a folder of last year's reports) and runs every check on it.
/// </summary>
internal static class ReportBatchAudit
{
    /// <summary>Extensions taken when a folder is audited; other files (truth files, images) are left alone.</summary>
    private static readonly HashSet<string> ReportExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf",
    };

    /// <summary>The files named, and the report files of the folders named (their subfolders too with <paramref name="recursive"/>).</summary>
    public static List<string> Files(IEnumerable<string> paths, bool recursive)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .Where(f => ReportExtensions.Contains(Path.GetExtension(f)))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            else throw new CliUsageException($"{path}: no such file or folder.");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads the files in parallel; <paramref name="progress"/> is called once per file read.</summary>
    public static List<(string Path, string Sha256, ReportDocument Document)> ReadAll(IReadOnlyList<string> files, Action? progress = null)
    {
        var results = new (string, string, ReportDocument)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(files[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                results[i] = (files[i], "", new ReportDocument(ReportFileKind.Unsupported, null, null, null,
                    new ReportRefusal(ReportRefusalKind.Damaged, "文件无法读取：" + e.Message, "the file cannot be read: " + e.Message)));
                progress?.Invoke();
                return;
            }
            results[i] = (files[i], Convert.ToHexStringLower(SHA256.HashData(bytes)), ReportDocumentReader.Read(bytes, Path.GetFileName(files[i])));
            progress?.Invoke();
        });
        return [.. results];
    }

    /// <summary>Checks every readable report; a report is paired with the same agency's report of the year before.</summary>
    public static List<AuditedReport> Check(List<(string Path, string Sha256, ReportDocument Document)> read,
        IReadOnlyList<(string Path, string Sha256, ReportDocument Document)> previousYears)
    {
        var byAgencyYear = new Dictionary<(string, int), (string Path, AnnualReport Report)>();
        foreach (var (path, _, document) in previousYears.Concat(read))
            if (document.Reading?.Report is { AgencyName: { } agency, Year: { } year } report)
                byAgencyYear.TryAdd((AgencyKey(agency), year), (path, report));

        var audited = new ConcurrentBag<AuditedReport>();
        Parallel.ForEach(read, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            if (item.Document.Reading?.Report is not { } report)
            {
                audited.Add(new AuditedReport(item.Path, item.Sha256, item.Document, [], null));
                return;
            }
            (string Path, AnnualReport Report)? previous = report is { AgencyName: { } a, Year: { } y }
                && byAgencyYear.TryGetValue((AgencyKey(a), y - 1), out var p) ? p : null;
            var findings = ReportChecks.Run(report, previous?.Report);
            audited.Add(new AuditedReport(item.Path, item.Sha256, item.Document, findings, previous?.Path));
        });
        return [.. audited.OrderBy(a => a.Path, StringComparer.Ordinal)];
    }

    /// <summary>Agency names are compared without spaces and brackets' width (the same agency writes its name the same way).</summary>
    private static string AgencyKey(string name) => new(name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c }).ToArray());
}
