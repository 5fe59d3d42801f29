using System.Security.Cryptography;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Audit;
using Gongkai.Core.Reporting.Publication;
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

    /// <summary>
    /// Checks every readable report: the consistency rules with the same agency's report of the year before (from the batch
    /// or from <paramref name="previousYears"/>), copied prose (C1, C2) and late publication (L1). The publication date is
    /// <paramref name="statedPublication"/> when given, else the one the page states, else the Last-Modified that
    /// <c>report fetch</c> recorded beside the file.
    /// </summary>
    public static List<AuditedReport> Check(List<(string Path, string Sha256, ReportDocument Document)> read,
        IReadOnlyList<(string Path, string Sha256, ReportDocument Document)> previousYears, DateOnly? statedPublication = null)
    {
        BatchReport Entry((string Path, string Sha256, ReportDocument Document) item, DateOnly? stated)
        {
            var report = item.Document.Reading!.Report!;
            var published = stated is { } date ? new PublicationDate(date, PublicationDateSource.Stated)
                : PublicationDateFinder.Find(item.Document.Text, report.Year) ?? FetchedLastModified.Read(item.Path, report.Year);
            return new BatchReport(item.Path, report, published);
        }

        var entries = read.Where(r => r.Document.Succeeded).Select(r => Entry(r, statedPublication)).ToList();
        var previous = previousYears.Where(r => r.Document.Succeeded).Select(r => Entry(r, null)).ToList();
        var results = ReportBatch.Run(entries, previous).ToDictionary(r => r.Entry.Key, StringComparer.Ordinal);

        return [.. read.Select(item => results.TryGetValue(item.Path, out var result)
                ? new AuditedReport(item.Path, item.Sha256, item.Document, result.Findings, result.PreviousKey, result.Timeliness, result.Copies)
                : new AuditedReport(item.Path, item.Sha256, item.Document, [], null, null, []))
            .OrderBy(a => a.Path, StringComparer.Ordinal)];
    }
}
