using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Documents.Letters;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>The format of a downloaded letter.</summary>
public enum LetterFormat
{
    Docx,
    Pdf,
}

/// <summary>A template as the agency uses it: its own text, or the default.</summary>
public sealed record LetterTemplateView(Outcome Outcome, string Body, bool IsAgencyOwn);

/// <summary>The request exists but has no issued letter yet: a state conflict (409), not a missing record.</summary>
public sealed record ReplyLetterNotAvailableError() : DomainError("reply-letter-not-available",
    "答复书尚未发出（须经审批并作出答复后才能下载）", "the reply letter has not been issued yet"), Errors.IConflictError;

public sealed record TemplateEmptyError() : DomainError("template-empty", "模板内容不能为空", "the template is empty"), Errors.IInvalidInputError;

/// <summary>
/// 答复书: per-agency templates (editable), the letter issued with the reply (frozen at release), and its download as DOCX or PDF —
/// for the applicant by number and code, for staff by scope. Nothing is available before the reply is released.
/// </summary>
public sealed class ReplyLetterDesk
{
    private readonly RequestStore store;

    public ReplyLetterDesk(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules) => store = new RequestStore(db, clock, rules);

    public async Task<DomainResult<IReadOnlyList<LetterTemplateView>>> TemplatesAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(scope.HomeAgencyId)) return new RequestNotFoundError();
        var own = await store.Db.Set<ReplyLetterTemplate>().AsNoTracking().Where(t => t.AgencyId == scope.HomeAgencyId).ToDictionaryAsync(t => t.Outcome, cancellationToken);
        return Outcomes.All.Where(o => o.ByReply).Select(o => own.TryGetValue(o.Outcome, out var t)
            ? new LetterTemplateView(o.Outcome, t.Body, true)
            : new LetterTemplateView(o.Outcome, ReplyLetterTexts.DefaultTemplate(o.Outcome), false)).ToList();
    }

    /// <summary>Stores the agency's own wording for an outcome (a clerk of the agency); an empty body is refused.</summary>
    public async Task<DomainResult<LetterTemplateView>> SaveTemplateAsync(StaffScope scope, Outcome outcome, string? body, CancellationToken cancellationToken = default)
    {
        if (RequestStore.CheckStep(scope, scope.HomeAgencyId, StaffRole.Clerk) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(body)) return new TemplateEmptyError();
        var existing = await store.Db.Set<ReplyLetterTemplate>().SingleOrDefaultAsync(t => t.AgencyId == scope.HomeAgencyId && t.Outcome == outcome, cancellationToken);
        if (existing is null) store.Db.Add(new ReplyLetterTemplate(scope.HomeAgencyId, outcome, body.Trim(), store.Now));
        else existing.Change(body.Trim(), store.Now);
        await store.Db.SaveChangesAsync(cancellationToken);
        return new LetterTemplateView(outcome, body.Trim(), true);
    }

    /// <summary>The letter of a released reply, added to the unit of work that records the release.</summary>
    internal static async Task IssueAsync(GongkaiDbContext db, DisclosureRequestRecord record, DisclosureRequest request, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        var outcome = request.Outcome!.Value;
        var template = await db.Set<ReplyLetterTemplate>().AsNoTracking().Where(t => t.AgencyId == record.AgencyId && t.Outcome == outcome)
            .Select(t => t.Body).SingleOrDefaultAsync(cancellationToken) ?? ReplyLetterTexts.DefaultTemplate(outcome);
        var agency = await db.Set<Agency>().AsNoTracking().Where(a => a.Id == record.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var paragraphs = ReplyLetterTexts.Fill(template, request, agency, record.Number, issuedOn);
        db.Add(new ReplyLetter(record.Id, ReplyLetterTexts.Title(outcome), string.Join("\n", paragraphs), agency, issuedOn));
    }

    public async Task<DomainResult<FileContent>> ForApplicantAsync(string? number, string? code, LetterFormat format, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(code)) return new RequestLookupFailedError();
        var hash = LookupCodes.Hash(code);
        var record = await store.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.LookupCodeHash == hash, cancellationToken);
        if (record is null || record.Number != number.Trim()) return new RequestLookupFailedError();
        return await RenderAsync(record, format, cancellationToken);
    }

    public async Task<DomainResult<FileContent>> ForStaffAsync(StaffScope scope, Guid requestId, LetterFormat format, CancellationToken cancellationToken = default)
    {
        var record = await store.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (record is null || !scope.CanRead(record.AgencyId)) return new RequestNotFoundError();
        return await RenderAsync(record, format, cancellationToken);
    }

    private async Task<DomainResult<FileContent>> RenderAsync(DisclosureRequestRecord record, LetterFormat format, CancellationToken cancellationToken)
    {
        var letter = await store.Db.Set<ReplyLetter>().AsNoTracking().SingleOrDefaultAsync(l => l.RequestId == record.Id, cancellationToken);
        if (letter is null) return new ReplyLetterNotAvailableError();
        var document = new LetterDocument(letter.Title, letter.Text.Split('\n'), letter.AgencyName, ChineseDates.Format(letter.IssuedOn));
        var name = $"{letter.Title}-{record.Number}";
        return format == LetterFormat.Pdf
            ? new FileContent(name + ".pdf", "application/pdf", ReplyLetterRenderer.Pdf(document))
            : new FileContent(name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ReplyLetterRenderer.Docx(document));
    }
}
