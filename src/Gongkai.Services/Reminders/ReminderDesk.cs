using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reminders;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Errors;
using Gongkai.Services.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Reminders;

/// <summary>A reminder as the work queue shows it.</summary>
public sealed record ReminderView(Guid Id, Guid RequestId, string Number, ReminderKind Kind, DateOnly DueDate, DateTimeOffset CreatedAt, ReminderMailState MailState);

/// <summary>What one run of the job did on this node.</summary>
public sealed record ReminderRun(int Created, int Mailed, int MailFailures);

public sealed record ReminderNotFoundError() : DomainError("reminder-not-found", "找不到该提醒", "no such reminder"), INotFoundError;

public sealed record ReminderDismissForbiddenError() : DomainError("reminder-dismiss-forbidden",
    "您只能查看该机关的提醒，不能处理", "you may read this agency's reminders but not dismiss them"), IForbiddenError;

/// <summary>
/// 办理提醒: finds requests whose reply is due within <see cref="RequestQueries.DueSoonWorkingDays"/> working days or overdue —
/// the deadline recomputed from the request's events with the calendar in force — and records one reminder per request, kind
/// and due date; e-mails the agency's clerks and disclosure-office heads when SMTP is configured.
/// <para>
/// Once only, on any number of nodes: the reminder row (unique request + kind + due date) is inserted in the same transaction
/// that claims its e-mail for this node, so the node whose insert commits is the only one that sends. A node that dies between
/// claim and send leaves a claim whose lease runs out; any node then re-claims it with a conditional update (one wins) and sends.
/// A crash after the SMTP server accepted the mail but before "sent" was written is the one case that can repeat a mail: the
/// e-mail is delivered at least once, not exactly once (no SMTP transaction can share the database's). The repeat is made
/// harmless and visible: every attempt carries the same Message-ID (<see cref="ReminderMail.MessageIdFor"/>, from the row's
/// id), which mail systems use to drop duplicates, and a retry says in its text that it may repeat an earlier mail.
/// </para>
/// </summary>
public sealed class ReminderDesk
{
    private readonly RequestStore store;
    private readonly IReminderMailer mailer;
    private readonly ReminderOptions options;
    private readonly ILogger<ReminderDesk> logger;

    public ReminderDesk(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules, IReminderMailer mailer,
        IOptions<ReminderOptions> options, ILogger<ReminderDesk> logger)
    {
        store = new RequestStore(db, clock, rules);
        this.mailer = mailer;
        this.options = options.Value;
        this.logger = logger;
    }

    private GongkaiDbContext Db => store.Db;

    // A recomputed deadline may differ from the stored projection (a newly imported calendar): look a little further ahead.
    private const int ProjectionSlackDays = 14;

    /// <summary>One run: create the reminders that are due, send their e-mail, retry sends whose lease ran out.</summary>
    public async Task<ReminderRun> RunAsync(string node, CancellationToken cancellationToken = default)
    {
        var created = new List<RequestReminderRecord>();
        var sendNow = new List<Guid>();
        foreach (var (record, kind, due) in await DueAsync(cancellationToken))
        {
            var reminder = new RequestReminderRecord(record.Id, record.AgencyId, record.Number, kind, due, store.Now);
            if (mailer.Configured) reminder.ClaimMail(node, store.Now.AddSeconds(options.LeaseSeconds));
            if (!await TryInsertAsync(reminder, cancellationToken)) continue;
            created.Add(reminder);
            if (mailer.Configured) sendNow.Add(reminder.Id);
        }
        if (mailer.Configured) sendNow.AddRange(await ReclaimExpiredAsync(node, cancellationToken));

        int mailed = 0, failures = 0;
        foreach (var id in sendNow)
        {
            if (await SendAsync(node, id, cancellationToken)) mailed++;
            else failures++;
        }
        if (created.Count > 0 || sendNow.Count > 0)
            logger.LogInformation("Reminders: {Created} created, {Mailed} mailed, {Failures} mail failures", created.Count, mailed, failures);
        return new ReminderRun(created.Count, mailed, failures);
    }

    /// <summary>The reminders not yet dismissed of <paramref name="agencyId"/> (default: the caller's agency).</summary>
    public async Task<DomainResult<IReadOnlyList<ReminderView>>> OpenAsync(StaffScope scope, Guid? agencyId = null, CancellationToken cancellationToken = default)
    {
        var agency = agencyId ?? scope.HomeAgencyId;
        if (!scope.CanRead(agency)) return new ReminderNotFoundError();
        var list = await Db.Set<RequestReminderRecord>().AsNoTracking()
            .Where(r => r.AgencyId == agency && r.DismissedAt == null)
            .OrderBy(r => r.DueDate).ThenBy(r => r.RequestNumber)
            .Select(r => new ReminderView(r.Id, r.RequestId, r.RequestNumber, r.Kind, r.DueDate, r.CreatedAt, r.MailState))
            .ToListAsync(cancellationToken);
        return list;
    }

    /// <summary>知悉: hides the reminder for the agency's staff (audited, with who and when).</summary>
    public async Task<DomainResult<ReminderView>> DismissAsync(StaffScope scope, Guid reminderId, CancellationToken cancellationToken = default)
    {
        var reminder = await Db.Set<RequestReminderRecord>().SingleOrDefaultAsync(r => r.Id == reminderId, cancellationToken);
        if (reminder is null || !scope.CanRead(reminder.AgencyId) && !scope.CanWrite(reminder.AgencyId)) return new ReminderNotFoundError();
        if (!scope.CanWrite(reminder.AgencyId)) return new ReminderDismissForbiddenError();
        if (reminder.DismissedAt is null)
        {
            reminder.Dismiss(scope.AccountId, store.Now);
            await Db.SaveChangesAsync(cancellationToken);
        }
        return new ReminderView(reminder.Id, reminder.RequestId, reminder.RequestNumber, reminder.Kind, reminder.DueDate, reminder.CreatedAt, reminder.MailState);
    }

    /// <summary>Open requests due within the window or overdue, with the deadline recomputed from their events.</summary>
    private async Task<List<(DisclosureRequestRecord Record, ReminderKind Kind, DateOnly Due)>> DueAsync(CancellationToken cancellationToken)
    {
        var today = store.Today;
        var calendar = store.Rules.Calendar;
        var until = calendar.AddWorkingDays(today, RequestQueries.DueSoonWorkingDays).Date;
        var horizon = until.AddDays(ProjectionSlackDays);
        var candidates = await store.Requests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open && r.DueDate != null && r.DueDate <= horizon)
            .OrderBy(r => r.DueDate).ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var existing = (await Db.Set<RequestReminderRecord>().AsNoTracking().Where(r => ids.Contains(r.RequestId))
            .Select(r => new { r.RequestId, r.Kind, r.DueDate }).ToListAsync(cancellationToken))
            .Select(r => (r.RequestId, r.Kind, r.DueDate)).ToHashSet();

        var due = new List<(DisclosureRequestRecord, ReminderKind, DateOnly)>();
        foreach (var record in candidates)
        {
            var request = await store.RebuildAsync(record, cancellationToken);
            if (RequestStore.DueDateOf(request) is not { } date) continue;
            ReminderKind? kind = date < today ? ReminderKind.Overdue : date <= until ? ReminderKind.DueSoon : null;
            if (kind is { } k && !existing.Contains((record.Id, k, date))) due.Add((record, k, date));
        }
        return due;
    }

    /// <summary>Inserts the reminder (and its claim) in one transaction; false when another node inserted the same key first.</summary>
    private async Task<bool> TryInsertAsync(RequestReminderRecord reminder, CancellationToken cancellationToken)
    {
        Db.Add(reminder);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique (request, kind, due date) key: the reminder exists already, and its mail belongs to the node that made it.
            return false;
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    /// <summary>Claims sends whose holder's lease ran out (a node that died or failed): one conditional update per row, one winner.</summary>
    private async Task<List<Guid>> ReclaimExpiredAsync(string node, CancellationToken cancellationToken)
    {
        var now = store.Now;
        var expired = await Db.Set<RequestReminderRecord>().AsNoTracking()
            .Where(r => r.MailState == ReminderMailState.Claimed && r.LeaseUntil < now)
            .Select(r => new { r.Id, r.MailAttempts }).ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var row in expired)
        {
            var leaseUntil = now.AddSeconds(options.LeaseSeconds);
            var exhausted = row.MailAttempts >= options.MaxMailAttempts;
            var changed = await Db.Set<RequestReminderRecord>()
                .Where(r => r.Id == row.Id && r.MailState == ReminderMailState.Claimed && r.LeaseUntil < now && r.MailAttempts == row.MailAttempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.MailState, exhausted ? ReminderMailState.Failed : ReminderMailState.Claimed)
                    .SetProperty(r => r.ClaimedBy, node)
                    .SetProperty(r => r.LeaseUntil, leaseUntil)
                    .SetProperty(r => r.MailAttempts, r => exhausted ? r.MailAttempts : r.MailAttempts + 1), cancellationToken);
            if (changed == 1 && !exhausted) claimed.Add(row.Id);
        }
        return claimed;
    }

    /// <summary>Sends a claimed reminder and records it as sent — only while this node still holds the claim.</summary>
    private async Task<bool> SendAsync(string node, Guid reminderId, CancellationToken cancellationToken)
    {
        var reminder = await Db.Set<RequestReminderRecord>().AsNoTracking().SingleAsync(r => r.Id == reminderId, cancellationToken);
        if (reminder.MailState != ReminderMailState.Claimed || reminder.ClaimedBy != node) return false;
        var recipients = await RecipientsAsync(reminder.AgencyId, cancellationToken);
        if (recipients.Count == 0)
        {
            await SetMailStateAsync(node, reminderId, ReminderMailState.NotSent, null, cancellationToken);
            return false;
        }
        var title = await store.Requests.AsNoTracking().Where(r => r.Id == reminder.RequestId)
            .Select(r => r.Title ?? r.DocumentNumber ?? r.Description).SingleOrDefaultAsync(cancellationToken);
        try
        {
            await mailer.SendAsync(Compose(reminder, title, recipients), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The claim stays: when its lease runs out a node retries (up to MaxMailAttempts). Addresses are not logged.
            var error = PersonalDataText.Mask(e.Message);
            await SetMailStateAsync(node, reminderId, ReminderMailState.Claimed, error.Length > 1000 ? error[..1000] : error, cancellationToken);
            logger.LogWarning("Reminder mail for request {Number} failed (attempt {Attempt}): {Error}", reminder.RequestNumber, reminder.MailAttempts, error);
            return false;
        }
        await SetMailStateAsync(node, reminderId, ReminderMailState.Sent, null, cancellationToken);
        return true;
    }

    private Task<int> SetMailStateAsync(string node, Guid id, ReminderMailState state, string? error, CancellationToken cancellationToken)
    {
        var now = store.Now;
        return Db.Set<RequestReminderRecord>()
            .Where(r => r.Id == id && r.ClaimedBy == node && r.MailState == ReminderMailState.Claimed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.MailState, state)
                .SetProperty(r => r.MailError, error)
                .SetProperty(r => r.MailSentAt, r => state == ReminderMailState.Sent ? now : r.MailSentAt), cancellationToken);
    }

    /// <summary>The agency's clerks and disclosure-office heads with an e-mail address.</summary>
    private async Task<List<string>> RecipientsAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        string[] roles = [nameof(AccountRole.Clerk), nameof(AccountRole.DisclosureOfficeHead)];
        return await (from a in Db.Set<StaffAccount>()
                      join ur in Db.Set<IdentityUserRole<Guid>>() on a.Id equals ur.UserId
                      join role in Db.Set<IdentityRole<Guid>>() on ur.RoleId equals role.Id
                      where a.AgencyId == agencyId && a.Email != null && a.Email != "" && roles.Contains(role.Name!)
                      select a.Email!).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The e-mail: number, what is asked for (ID and phone numbers masked), the due date and a link. No applicant name or
    /// identity: mail leaves the system, and the staff page has the rest.
    /// </summary>
    private ReminderMail Compose(RequestReminderRecord reminder, string? title, IReadOnlyList<string> to)
    {
        var due = ChineseDates.Format(reminder.DueDate);
        var subject = reminder.Kind == ReminderKind.Overdue
            ? $"【依申请公开提醒】申请{reminder.RequestNumber}已超过答复期限（{due}）"
            : $"【依申请公开提醒】申请{reminder.RequestNumber}将于{due}到期";
        var lines = new List<string>
        {
            reminder.Kind == ReminderKind.Overdue
                ? $"申请{reminder.RequestNumber}的答复期限已于{due}届满，请尽快依法作出答复（条例第三十三条）。"
                : $"申请{reminder.RequestNumber}的答复期限为{due}，请在期限内作出答复（条例第三十三条）。",
        };
        if (!string.IsNullOrWhiteSpace(title)) lines.Add("所需信息：" + PersonalDataText.Mask(title.Length > 200 ? title[..200] + "…" : title));
        if (options.SiteUrl is { Length: > 0 } site) lines.Add("办理：" + new Uri(new Uri(site), $"/requests/{reminder.RequestId}"));
        lines.Add("");
        lines.Add(reminder.MailAttempts > 1
            ? $"本邮件由公开平台自动发送。这是第 {reminder.MailAttempts} 次发送尝试：如已收到同一提醒，请忽略本邮件。"
            : "本邮件由公开平台自动发送。");
        return new ReminderMail(to, subject, string.Join("\n", lines), ReminderMail.MessageIdFor(reminder.Id, options.Smtp.From));
    }
}
