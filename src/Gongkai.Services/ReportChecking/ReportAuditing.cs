using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Audit;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.ProseCopy;
using Gongkai.Core.Reporting.Publication;
using Gongkai.Data.Persistence;
using Gongkai.Data.ReportAudit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.ReportChecking;

/// <summary>
/// 年报批量审查: several published reports checked together — the consistency rules, copied prose between the reports of the
/// batch and against last year's reports this office audited before (C1, C2), and late publication (L1). A run made by staff
/// is stored (files content-addressed, the reading, the findings with stable fingerprints); its findings can be confirmed or
/// dismissed with a reason, and the decision holds for the same finding in every later read of the same report. Each stored
/// file shows what changed since the office's previous read of that report (cells, findings, reader version).
/// </summary>
public sealed class ReportAuditing(GongkaiDbContext db, TimeProvider clock, IOptions<ReportCheckingOptions> options)
{
    /// <summary>The rule-set version of a run: the consistency rules' and the audit rules'.</summary>
    public const string RuleSetVersion = ReportChecks.RuleSetVersion + "+audit.1";

    /// <summary>Reads and audits the files without storing anything (the public check page's several-file result).</summary>
    public DomainResult<AuditRunView> Preview(IReadOnlyList<ReportSubmission> files)
    {
        if (Validate(files) is { } error) return error;
        var analysed = Analyse(files, []);
        return new AuditRunView(null, "", clock.GetUtcNow(), "", false,
            [.. analysed.Select((a, i) => View(a, null, i, new Dictionary<string, FindingDecisionView>(), null))]);
    }

    /// <summary>Audits the files and stores the run under the caller's agency (or region); returns the run's id.</summary>
    public async Task<DomainResult<Guid>> RunAsync(StaffScope scope, string? title, IReadOnlyList<ReportSubmission> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (Validate(files) is { } error) return error;
        var owner = scope.HomeAgencyId;
        var now = clock.GetUtcNow();

        var years = new HashSet<int>();
        var analysedFirst = files.Select(f => ReportDocumentReader.Read(f.Bytes, f.FileName)).ToList();
        foreach (var d in analysedFirst) if (d.Reading?.Report?.Year is { } y) years.Add(y - 1);
        var previous = await EarlierReportsAsync(owner, years, cancellationToken);
        var analysed = Analyse(files, previous, analysedFirst);

        var run = new ReportAuditRunRecord(Guid.CreateVersion7(now), owner, Bounded(string.IsNullOrWhiteSpace(title) ? DefaultTitle(analysed) : title.Trim(), ReportAuditRunRecord.MaxTitleLength)!,
            now, Bounded(scope.UserName, ReportAuditRunRecord.MaxActorLength)!, string.Join(",", analysed.Select(a => a.ReaderVersion).Distinct().Order(StringComparer.Ordinal)).Truncate(64), RuleSetVersion);
        db.ReportAuditRuns().Add(run);

        var stored = new HashSet<string>(StringComparer.Ordinal);
        var hashes = analysed.Select(a => a.Sha256).Distinct().ToList();
        var existing = await db.ReportAuditContents().Where(c => hashes.Contains(c.Sha256)).Select(c => c.Sha256).ToListAsync(cancellationToken);
        stored.UnionWith(existing);
        for (int i = 0; i < analysed.Count; i++)
        {
            var a = analysed[i];
            if (stored.Add(a.Sha256)) db.ReportAuditContents().Add(new ReportAuditContentRecord(a.Sha256, a.Submission.Bytes, now));
            var view = View(a, null, i, new Dictionary<string, FindingDecisionView>(), null);
            var file = new ReportAuditFileRecord(Guid.CreateVersion7(now), run.Id, i, a.Submission.FileName, a.Sha256, a.Submission.Bytes.LongLength,
                a.Document.Kind.ToString().ToLowerInvariant(), ReportKey(a))
            {
                ReaderVersion = a.ReaderVersion,
                RefusalZh = Bounded(a.Document.Refusal?.ReasonZh, 500),
                AgencyName = Bounded(a.Report?.AgencyName, ReportAuditFileRecord.MaxAgencyNameLength),
                Year = a.Report?.Year,
                Format = a.Report?.Format.ToString(),
                ReportJson = a.Report is { } report ? JsonReportWriter.Write(report) : null,
                ProblemsJson = a.Document.Reading is { } reading ? ReportCheckJson.Serialize(reading.Problems.Select(ProblemDocument.From).ToList()) : null,
                CellsRead = view.CellsRead, CellsMissing = view.CellsMissing, CellsAmbiguous = view.CellsAmbiguous,
                Errors = view.Errors, Warnings = view.Warnings, CopiedSections = view.CopiedSections,
                PublishedOn = view.PublishedOn, PublishedSource = a.Result?.Timeliness?.Published?.Source.ToString(), Due = view.Due, Late = view.Late,
            };
            db.ReportAuditFiles().Add(file);
            int position = 0;
            foreach (var f in view.Findings)
                db.ReportAuditFindings().Add(new ReportAuditFindingRecord(Guid.CreateVersion7(now), file.Id, position++, f.Fingerprint, f.RuleId,
                    f.Severity.ToString(), f.Kind, string.Join(' ', f.CellIds), f.Expected, f.Found, f.MessageZh, f.MessageEn,
                    f.Copy is null ? null : JsonSerializer.Serialize(f.Copy, ReportCheckJson.Options)));
        }
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>The runs the caller may read (its own agency's; a supervisor's region's), newest first.</summary>
    public async Task<IReadOnlyList<AuditRunListItem>> ListAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        var readable = scope.ReadableAgencyIds.Where(scope.CanRead).ToList();
        var runs = await db.ReportAuditRuns().AsNoTracking().Where(r => readable.Contains(r.OwnerAgencyId))
            .OrderByDescending(r => r.CreatedAt).Take(100).ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var counts = await db.ReportAuditFiles().AsNoTracking().Where(f => ids.Contains(f.RunId)).GroupBy(f => f.RunId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. runs.Select(r => new AuditRunListItem(r.Id, r.Title, r.CreatedAt, r.CreatedBy, counts.GetValueOrDefault(r.Id)))];
    }

    /// <summary>A stored run with its files, findings, decisions and, per file, the diff against the previous read.</summary>
    public async Task<DomainResult<AuditRunView>> FindAsync(StaffScope scope, Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await db.ReportAuditRuns().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !scope.CanRead(run.OwnerAgencyId)) return new ReportAuditRunNotFoundError(runId);
        var files = await db.ReportAuditFiles().AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Position).ToListAsync(cancellationToken);
        var fileIds = files.Select(f => f.Id).ToList();
        var findings = (await db.ReportAuditFindings().AsNoTracking().Where(f => fileIds.Contains(f.FileId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.FileId);
        var keys = files.Select(f => f.ReportKey).Distinct().ToList();
        var decisions = (await db.ReportAuditDecisions().AsNoTracking()
                .Where(d => d.OwnerAgencyId == run.OwnerAgencyId && keys.Contains(d.ReportKey)).ToListAsync(cancellationToken))
            .ToDictionary(d => (d.ReportKey, d.Fingerprint), d => new FindingDecisionView(Enum.Parse<FindingDecision>(d.Decision), d.Comment, d.DecidedAt, d.DecidedBy));

        var views = new List<AuditFileView>();
        foreach (var file in files)
        {
            var decided = decisions.Where(d => d.Key.ReportKey == file.ReportKey).ToDictionary(d => d.Key.Fingerprint, d => d.Value, StringComparer.Ordinal);
            var fileFindings = findings[file.Id].OrderBy(f => f.Position).Select(f => FromRecord(f, decided)).ToList();
            var diff = await DiffAsync(run, file, fileFindings, cancellationToken);
            views.Add(FromRecord(file, fileFindings, diff));
        }
        return new AuditRunView(run.Id, run.Title, run.CreatedAt, run.CreatedBy, CanDecide(scope, run), views);
    }

    /// <summary>Confirms or dismisses a finding of a run, with the reason; the decision holds for every read of the same report.</summary>
    public async Task<DomainResult<FindingDecision>> DecideAsync(StaffScope scope, Guid runId, Guid findingId, FindingDecision decision, string? comment,
        CancellationToken cancellationToken = default)
    {
        var run = await db.ReportAuditRuns().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !scope.CanRead(run.OwnerAgencyId)) return new ReportAuditRunNotFoundError(runId);
        if (!CanDecide(scope, run)) return new ReportAuditDecisionNotAllowedError();
        var text = comment?.Trim() ?? "";
        if (text.Length == 0) return new ReportAuditCommentRequiredError();
        if (text.Length > ReportAuditDecisionRecord.MaxCommentLength) return new ReportAuditCommentTooLongError(ReportAuditDecisionRecord.MaxCommentLength);

        var target = await (from f in db.ReportAuditFindings().AsNoTracking()
                            join file in db.ReportAuditFiles().AsNoTracking() on f.FileId equals file.Id
                            where f.Id == findingId && file.RunId == runId
                            select new { f.Fingerprint, file.ReportKey }).SingleOrDefaultAsync(cancellationToken);
        if (target is null) return new ReportAuditFindingNotFoundError(findingId);

        var record = await db.ReportAuditDecisions().SingleOrDefaultAsync(
            d => d.OwnerAgencyId == run.OwnerAgencyId && d.ReportKey == target.ReportKey && d.Fingerprint == target.Fingerprint, cancellationToken);
        if (record is null)
        {
            record = new ReportAuditDecisionRecord(Guid.CreateVersion7(clock.GetUtcNow()), run.OwnerAgencyId, target.ReportKey, target.Fingerprint);
            db.ReportAuditDecisions().Add(record);
        }
        record.Decide(decision.ToString(), text, clock.GetUtcNow(), Bounded(scope.UserName, ReportAuditRunRecord.MaxActorLength)!);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// The original bytes of a file of a run the caller may read, as uploaded (content-addressed, so the same bytes as every
    /// other run that stored them). Another agency's run, or a file not of this run, is not found.
    /// </summary>
    public async Task<DomainResult<AuditStoredFile>> FileContentAsync(StaffScope scope, Guid runId, Guid fileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var run = await db.ReportAuditRuns().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !scope.CanRead(run.OwnerAgencyId)) return new ReportAuditRunNotFoundError(runId);
        var file = await db.ReportAuditFiles().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.RunId == runId, cancellationToken);
        if (file is null) return new ReportAuditFileNotFoundError(fileId);
        var content = await db.ReportAuditContents().AsNoTracking().Where(c => c.Sha256 == file.Sha256).Select(c => c.Content).SingleAsync(cancellationToken);
        return new AuditStoredFile(file.FileName, AuditStoredFile.MediaTypeOf(file.FileKind), content);
    }

    private static bool CanDecide(StaffScope scope, ReportAuditRunRecord run) => run.OwnerAgencyId == scope.HomeAgencyId && scope.CanRead(run.OwnerAgencyId);

    private DomainError? Validate(IReadOnlyList<ReportSubmission> files)
    {
        if (files.Count == 0 || files.Count > options.Value.MaxAuditFiles) return new ReportAuditFileCountError(options.Value.MaxAuditFiles);
        if (files.FirstOrDefault(f => f.Bytes.LongLength > options.Value.MaxBytes) is not null) return new ReportTooLargeError(options.Value.MaxBytes);
        return null;
    }

    /// <summary>One submitted file with what was read and found.</summary>
    private sealed record Analysed(ReportSubmission Submission, string Sha256, ReportDocument Document, BatchReportResult? Result)
    {
        public AnnualReport? Report => Document.Reading?.Report;
        public string ReaderVersion => Document.Reading?.ReaderVersion ?? Document.Kind.ToString().ToLowerInvariant();
    }

    private static List<Analysed> Analyse(IReadOnlyList<ReportSubmission> files, IReadOnlyList<BatchReport> previousYears, IReadOnlyList<ReportDocument>? read = null)
    {
        var documents = read ?? [.. files.Select(f => ReportDocumentReader.Read(f.Bytes, f.FileName))];
        var entries = new List<(int Index, BatchReport Entry)>();
        for (int i = 0; i < files.Count; i++)
            if (documents[i].Reading?.Report is { } report)
                entries.Add((i, new BatchReport(files[i].FileName, report, PublicationDateFinder.Find(documents[i].Text, report.Year))));
        var results = ReportBatch.Run([.. entries.Select(e => e.Entry)], previousYears);
        var byIndex = entries.Select((e, k) => (e.Index, Result: results[k])).ToDictionary(x => x.Index, x => x.Result);
        return [.. files.Select((f, i) => new Analysed(f, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), documents[i], byIndex.GetValueOrDefault(i)))];
    }

    /// <summary>Last year's reports this office read in earlier runs, the latest read of each, for R7/R9/R10 and C1.</summary>
    private async Task<List<BatchReport>> EarlierReportsAsync(Guid owner, HashSet<int> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var rows = await (from f in db.ReportAuditFiles().AsNoTracking()
                          join r in db.ReportAuditRuns().AsNoTracking() on f.RunId equals r.Id
                          where r.OwnerAgencyId == owner && f.Year != null && years.Contains(f.Year.Value) && f.ReportJson != null
                          select new { f.ReportKey, f.FileName, f.ReportJson, r.CreatedAt }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.ReportKey).Select(g => g.OrderByDescending(r => r.CreatedAt).First())
            .Select(r => (Row: r, Report: JsonReportReader.Read(r.ReportJson!).Report))
            .Where(x => x.Report is not null)
            .Select(x => new BatchReport($"{x.Row.FileName}（{Core.Calendar.ChineseDates.Iso(DateOnly.FromDateTime(x.Row.CreatedAt.UtcDateTime))} 审查）", x.Report!))];
    }

    private async Task<ReadDiff?> DiffAsync(ReportAuditRunRecord run, ReportAuditFileRecord file, List<AuditFindingView> current, CancellationToken cancellationToken)
    {
        var previous = await (from f in db.ReportAuditFiles().AsNoTracking()
                              join r in db.ReportAuditRuns().AsNoTracking() on f.RunId equals r.Id
                              where r.OwnerAgencyId == run.OwnerAgencyId && f.ReportKey == file.ReportKey && r.CreatedAt < run.CreatedAt
                              orderby r.CreatedAt descending
                              select new { File = f, r.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return null;
        var before = (await db.ReportAuditFindings().AsNoTracking().Where(f => f.FileId == previous.File.Id).OrderBy(f => f.Position).ToListAsync(cancellationToken))
            .Select(f => FromRecord(f, new Dictionary<string, FindingDecisionView>())).ToList();
        var beforePrints = before.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var nowPrints = current.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new ReadDiff(previous.File.RunId, previous.CreatedAt, previous.File.FileName, previous.File.ReaderVersion, previous.File.Sha256 == file.Sha256,
            CellChanges(previous.File.ReportJson, file.ReportJson),
            [.. current.Where(f => !beforePrints.Contains(f.Fingerprint))], [.. before.Where(f => !nowPrints.Contains(f.Fingerprint))]);
    }

    private static List<CellChange> CellChanges(string? beforeJson, string? afterJson)
    {
        var before = beforeJson is null ? null : JsonReportReader.Read(beforeJson).Report;
        var after = afterJson is null ? null : JsonReportReader.Read(afterJson).Report;
        if (before is null || after is null || before.Format != after.Format) return [];
        var changes = new List<CellChange>();
        foreach (var cell in after.Layout.Cells)
        {
            string? b = before[cell]?.ToString(), a = after[cell]?.ToString();
            if (b != a) changes.Add(new CellChange(cell.Id, b, a));
        }
        return changes;
    }

    private static AuditFileView View(Analysed a, Guid? id, int position, IReadOnlyDictionary<string, FindingDecisionView> decisions, ReadDiff? diff)
    {
        var report = a.Report;
        var copies = new Dictionary<ReportFinding, ProseCopyMatch>(ReferenceEqualityComparer.Instance);
        foreach (var c in a.Result?.Copies ?? []) copies[c.Finding] = c.Match;
        var findings = (a.Result?.Findings ?? []).Select(f =>
        {
            var cells = f.Cells.Select(c => c.CellId).ToList();
            var print = Fingerprint(f.RuleId, cells, f.Expected, f.Found);
            var copy = copies.TryGetValue(f, out var match) ? Copy(match) : null;
            return new AuditFindingView(null, print, f.RuleId, f.Severity, f.Kind.ToString(), cells, f.Expected, f.Found, f.MessageZh, f.MessageEn, copy,
                decisions.GetValueOrDefault(print));
        }).ToList();
        int missing = report is null ? 0 : report.Layout.Cells.Count(c => report[c] is null && !report.AmbiguousCells.ContainsKey(c.Id));
        int ambiguous = report?.AmbiguousCells.Count ?? 0;
        var timeliness = a.Result?.Timeliness;
        return new AuditFileView(id, position, a.Submission.FileName, a.Sha256, a.Submission.Bytes.LongLength, a.Document.Kind.ToString().ToLowerInvariant(),
            a.ReaderVersion, a.Document.Refusal?.ReasonZh, report?.AgencyName, report?.Year, report?.Format,
            report?.ReadCellCount ?? 0, missing, ambiguous, timeliness?.Published?.Date, timeliness?.Published?.SourceZh, timeliness?.Due, timeliness?.Late,
            findings, diff);
    }

    private static CopyDetails Copy(ProseCopyMatch match) => new((int)match.Section,
        match.Source.Relation == ProseCopyRelation.PreviousYear ? "previous-year" : "sibling", match.Source.AgencyName, match.Source.Year, match.Source.Reference,
        match.Percent, [.. match.Passages.Select(p => p.Text)]);

    private static AuditFindingView FromRecord(ReportAuditFindingRecord f, IReadOnlyDictionary<string, FindingDecisionView> decisions) => new(
        f.Id, f.Fingerprint, f.RuleId, Enum.Parse<FindingSeverity>(f.Severity), f.Kind,
        f.CellIds.Length == 0 ? [] : f.CellIds.Split(' '), f.Expected, f.Found, f.MessageZh, f.MessageEn,
        f.DetailsJson is null ? null : JsonSerializer.Deserialize<CopyDetails>(f.DetailsJson, ReportCheckJson.Options), decisions.GetValueOrDefault(f.Fingerprint));

    private static AuditFileView FromRecord(ReportAuditFileRecord f, List<AuditFindingView> findings, ReadDiff? diff) => new(
        f.Id, f.Position, f.FileName, f.Sha256, f.SizeBytes, f.FileKind, f.ReaderVersion, f.RefusalZh, f.AgencyName, f.Year,
        Enum.TryParse<ReportFormat>(f.Format, out var format) ? format : null, f.CellsRead, f.CellsMissing, f.CellsAmbiguous,
        f.PublishedOn, f.PublishedSource is { } s && Enum.TryParse<PublicationDateSource>(s, out var source) ? new PublicationDate(f.PublishedOn!.Value, source).SourceZh : null,
        f.Due, f.Late, findings, diff);

    /// <summary>
    /// A finding's identity across reads: SHA-256 of its rule, the cells it names, expected and found. The wording of the
    /// message is left out, so a reworded message after an upgrade is still the same finding.
    /// </summary>
    public static string Fingerprint(string ruleId, IEnumerable<string> cellIds, string? expected, string? found) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\n{string.Join(' ', cellIds)}\n{expected}\n{found}")));

    /// <summary>The agency and year when recognised (so a re-read of another copy of the report is the same report), else the file hash.</summary>
    private static string ReportKey(Analysed a) => a.Report is { AgencyName: { Length: > 0 } name, Year: { } year }
        ? Bounded($"{ReportBatch.AgencyKey(name)}|{year}", ReportAuditFileRecord.MaxReportKeyLength)!
        : "sha256:" + a.Sha256;

    private static string DefaultTitle(List<Analysed> analysed)
    {
        var years = analysed.Select(a => a.Report?.Year).OfType<int>().Distinct().Order().ToList();
        return $"{(years.Count > 0 ? string.Join("、", years) + " 年度" : "")}年报审查（{analysed.Count} 份）";
    }

    private static string? Bounded(string? value, int max) => value is { Length: var n } && n > max ? value[..max] : value;
}

internal static class StringTruncation
{
    public static string Truncate(this string value, int max) => value.Length > max ? value[..max] : value;
}
