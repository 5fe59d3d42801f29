using System.Collections.Concurrent;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reminders;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Services.Reminders;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Tests.Reminders;

/// <summary>Records the mails a node "sent"; can be told to fail, as a node that crashes mid-send.</summary>
public sealed class RecordingMailer(ConcurrentQueue<ReminderMail> sent, bool fails = false) : IReminderMailer
{
    public bool Configured => true;

    public Task SendAsync(ReminderMail mail, CancellationToken cancellationToken)
    {
        if (fails) throw new IOException("connection to the SMTP server lost (reply to 13912345678)");
        sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The worst case of an outbox: the SMTP server accepted the mail (it is recorded as delivered), then the node died before it
/// wrote "sent" — seen by the desk as a failed send, so the claim stays until its lease runs out.
/// </summary>
public sealed class AcceptedThenCrashedMailer(ConcurrentQueue<ReminderMail> delivered) : IReminderMailer
{
    public bool Configured => true;

    public Task SendAsync(ReminderMail mail, CancellationToken cancellationToken)
    {
        delivered.Enqueue(mail);
        throw new IOException("the node stopped after the SMTP server answered 250");
    }
}

/// <summary>办理提醒: once per request, kind and due date, and one e-mail, however many nodes run the job — on SQLite and PostgreSQL.</summary>
public abstract class ReminderTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);
    private static readonly ReminderOptions Options = new()
    {
        LeaseSeconds = 120, MaxMailAttempts = 3, SiteUrl = "https://gongkai.example.gov.cn",
        Smtp = new SmtpOptions { From = "某区政务公开 <Gongkai@Example.gov.cn>" },
    };

    /// <summary>A node's job: its own scope (DbContext) and mailer, as on another web server.</summary>
    private async Task<ReminderRun> RunNodeAsync(string node, IReminderMailer mailer)
    {
        await using var scope = app.CreateScope();
        var sp = scope.ServiceProvider;
        var desk = new ReminderDesk(sp.GetRequiredService<GongkaiDbContext>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RequestRulesProvider>(), mailer, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReminderDesk>.Instance);
        return await desk.RunAsync(node);
    }

    /// <summary>An agency with a clerk who has an e-mail address, and one received request whose due date is within reach.</summary>
    private async Task<(Guid Agency, SubmittedRequest Request, DateOnly Due)> DueRequestAsync(string? title = null)
    {
        var (_, agency) = await kit.AgencyAsync();
        await using (var scope = app.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            var created = await accounts.CreateAsync(StaffScope.ForAgency(agency, AccountRole.AgencyAdmin),
                new NewStaffAccount("clerk" + Guid.NewGuid().ToString("N")[..8], "李经办", agency, [AccountRole.Clerk], null));
            Assert.True(created.Succeeded, created.Error?.Code);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = await users.FindByIdAsync(created.Value.Account.Id.ToString());
            Assert.True((await users.SetEmailAsync(account!, $"clerk-{agency:N}@example.gov.cn")).Succeeded);
        }
        var request = await kit.ReceivedAsync(agency, title is null ? null : RequestTestKit.PersonForm(title));
        var due = await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.Id == request.Id).Select(r => r.DueDate).SingleAsync());
        return (agency, request, due!.Value);
    }

    private void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > app.Clock.GetUtcNow()) app.Clock.AdjustTime(target);
    }

    /// <summary>Mails to this agency's clerk (request numbers repeat across agencies; the job serves every agency).</summary>
    private static Predicate<ReminderMail> For(Guid agency) => m => m.To.Contains($"clerk-{agency:N}@example.gov.cn");

    private Task<List<RequestReminderRecord>> RemindersAsync(Guid request) =>
        kit.WithDbAsync(db => db.Set<RequestReminderRecord>().AsNoTracking().Where(r => r.RequestId == request).OrderBy(r => r.CreatedAt).ToListAsync());

    [DatabaseFact]
    public async Task TwoNodesRacing_CreateEachReminderOnce_AndSendItsMailOnce()
    {
        var (agency, request, due) = await DueRequestAsync();
        MoveTo(due.AddDays(-1));
        var sent = new ConcurrentQueue<ReminderMail>();

        await Task.WhenAll(RunNodeAsync("node-a", new RecordingMailer(sent)), RunNodeAsync("node-b", new RecordingMailer(sent)));
        await Task.WhenAll(RunNodeAsync("node-a", new RecordingMailer(sent)), RunNodeAsync("node-b", new RecordingMailer(sent)));

        var reminder = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal(ReminderKind.DueSoon, reminder.Kind);
        Assert.Equal(due, reminder.DueDate);
        Assert.Equal(ReminderMailState.Sent, reminder.MailState);
        var mail = Assert.Single(sent, For(agency));
        Assert.Contains("将于", mail.Subject);
        Assert.Contains($"https://gongkai.example.gov.cn/requests/{request.Id}", mail.Body);

        // The deadline passes: a second reminder (overdue), again once.
        MoveTo(due.AddDays(1));
        await Task.WhenAll(RunNodeAsync("node-a", new RecordingMailer(sent)), RunNodeAsync("node-b", new RecordingMailer(sent)));
        var both = await RemindersAsync(request.Id);
        Assert.Equal([ReminderKind.DueSoon, ReminderKind.Overdue], both.Select(r => r.Kind));
        Assert.Equal(2, sent.Count(m => For(agency)(m)));
        Assert.Contains(sent.Where(m => For(agency)(m)), m => m.Subject.Contains(request.Number) && m.Subject.Contains("已超过答复期限"));
    }

    [DatabaseFact]
    public async Task ASendThatFailed_IsRetriedByOneNodeAfterTheLease_AndTheMailMasksPersonalData()
    {
        var (agency, request, due) = await DueRequestAsync("请提供关于13800001111投诉的处理结果");
        MoveTo(due.AddDays(-1));
        var sent = new ConcurrentQueue<ReminderMail>();

        var crashed = await RunNodeAsync("node-a", new RecordingMailer(sent, fails: true));
        Assert.Equal(0, crashed.Mailed);
        var claimed = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal((ReminderMailState.Claimed, "node-a", 1), (claimed.MailState, claimed.ClaimedBy, claimed.MailAttempts));
        Assert.DoesNotContain("13912345678", claimed.MailError);

        // Within the lease nobody else sends it.
        await RunNodeAsync("node-b", new RecordingMailer(sent));
        Assert.DoesNotContain(sent, For(agency));

        app.Clock.Advance(TimeSpan.FromSeconds(Options.LeaseSeconds + 1));
        await Task.WhenAll(RunNodeAsync("node-b", new RecordingMailer(sent)), RunNodeAsync("node-c", new RecordingMailer(sent)));
        var mail = Assert.Single(sent, For(agency));
        var done = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal((ReminderMailState.Sent, 2), (done.MailState, done.MailAttempts));
        Assert.Contains("138****1111", mail.Body);
        Assert.DoesNotContain("13800001111", mail.Body);
    }

    [DatabaseFact]
    public async Task AMailDeliveredBeforeTheNodeCrashed_IsSentAgainAfterTheLease_WithTheSameMessageId_AndSaysItMayRepeat()
    {
        var (agency, request, due) = await DueRequestAsync();
        MoveTo(due.AddDays(-1));
        var delivered = new ConcurrentQueue<ReminderMail>();

        await RunNodeAsync("node-a", new AcceptedThenCrashedMailer(delivered));
        app.Clock.Advance(TimeSpan.FromSeconds(Options.LeaseSeconds + 1));
        await RunNodeAsync("node-b", new RecordingMailer(delivered));

        var reminder = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal((ReminderMailState.Sent, 2), (reminder.MailState, reminder.MailAttempts));
        var mails = delivered.Where(m => For(agency)(m)).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Equal($"reminder.{reminder.Id:N}@example.gov.cn", mails[0].MessageId);
        Assert.Equal(mails[0].MessageId, mails[1].MessageId);
        Assert.Equal(mails[0].Subject, mails[1].Subject);
        Assert.DoesNotContain("发送尝试", mails[0].Body);
        Assert.Contains("这是第 2 次发送尝试：如已收到同一提醒，请忽略本邮件。", mails[1].Body);
    }

    [DatabaseFact]
    public async Task WithoutSmtp_RemindersStayInTheApp_AndAreDismissedForTheAgencyOnly()
    {
        var (agency, request, due) = await DueRequestAsync();
        MoveTo(due.AddDays(1));
        var run = await kit.WithAsync<ReminderDesk, ReminderRun>(d => d.RunAsync("web"));
        Assert.True(run.Created >= 1);
        var reminder = Assert.Single(await RemindersAsync(request.Id));
        Assert.Equal((ReminderKind.Overdue, ReminderMailState.NotSent), (reminder.Kind, reminder.MailState));

        var (_, other) = await kit.AgencyAsync();
        var foreign = await kit.WithAsync<ReminderDesk, Gongkai.Core.DomainResult<ReminderView>>(d => d.DismissAsync(RequestTestKit.Clerk(other), reminder.Id));
        Assert.IsType<ReminderNotFoundError>(foreign.Error);
        var open = await kit.WithAsync<ReminderDesk, Gongkai.Core.DomainResult<IReadOnlyList<ReminderView>>>(d => d.OpenAsync(RequestTestKit.Clerk(agency)));
        Assert.Contains(open.Value, r => r.Id == reminder.Id);

        var dismissed = await kit.WithAsync<ReminderDesk, Gongkai.Core.DomainResult<ReminderView>>(d => d.DismissAsync(RequestTestKit.Clerk(agency), reminder.Id));
        Assert.True(dismissed.Succeeded);
        open = await kit.WithAsync<ReminderDesk, Gongkai.Core.DomainResult<IReadOnlyList<ReminderView>>>(d => d.OpenAsync(RequestTestKit.Clerk(agency)));
        Assert.DoesNotContain(open.Value, r => r.Id == reminder.Id);
        var audited = await kit.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == nameof(RequestReminderRecord) && e.RecordId == reminder.Id.ToString()));
        Assert.Equal(2, audited);
    }

    [DatabaseFact]
    public async Task TheWorkQueue_ShowsTheReminderWithADismissButton_AndTheMonthlyChart()
    {
        var (agency, request, due) = await DueRequestAsync();
        await kit.StepsAsync(RequestTestKit.Everyone(agency), request.Id,
            new DraftReply(Outcome.Disclosed, null, null), new ApproveReply(Core.Requests.Workflow.ReplyApprovalStep.ConfidentialityReview));
        var second = await kit.ReceivedAsync(agency);
        MoveTo(due.AddDays(-1));
        await kit.WithAsync<ReminderDesk, ReminderRun>(d => d.RunAsync("web"));

        var client = app.CreateStaffClient(agency, AccountRole.Clerk);
        var html = await client.GetStringAsync($"/requests?year={request.Number[..4]}");
        Assert.Contains("办理提醒", html);
        Assert.Contains($"申请{second.Number}", html);
        Assert.Contains("知悉", html);
        Assert.Contains("id=\"requests-by-month\"", html);
        Assert.Contains("（一）予以公开", html);

        var reminderId = (await RemindersAsync(second.Id)).Single().Id;
        var post = await client.PostAsync("/requests?handler=Dismiss", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reminderId"] = reminderId.ToString(),
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(html),
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, post.StatusCode);
        Assert.NotNull((await RemindersAsync(second.Id)).Single().DismissedAt);
    }

    [DatabaseFact]
    public async Task TheMonthlyFigures_CountReceivedAndConcludedByTheirTableGroup()
    {
        var (_, agency) = await kit.AgencyAsync();
        var a = await kit.ReceivedAsync(agency);
        var b = await kit.ReceivedAsync(agency);
        await kit.StepsAsync(RequestTestKit.Everyone(agency), a.Id, new DraftReply(Outcome.NotHeld, "经检索没有该信息", null),
            new ApproveReply(Core.Requests.Workflow.ReplyApprovalStep.ConfidentialityReview), new ApproveReply(Core.Requests.Workflow.ReplyApprovalStep.LeaderApproval),
            new ReleaseReply());
        await kit.StepsAsync(RequestTestKit.Clerk(agency), b.Id, new WithdrawRequest("不再需要"));
        var today = Core.Requests.Workflow.Acting.By(Core.Requests.Workflow.Actor.System, app.Clock.GetUtcNow()).On;

        var figures = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestYearByMonth>>(q => q.ByMonthAsync(RequestTestKit.Clerk(agency), today.Year))).Value;
        var month = figures.Months[today.Month - 1];
        Assert.Equal(2, month.Received);
        Assert.Equal(1, month.ConcludedByGroup["r3.4"]);
        Assert.Equal(1, month.ConcludedByGroup["r3.6"]);
        Assert.Equal(2, figures.Months.Sum(m => m.Received));
        Assert.Equal(2, figures.Months.Sum(m => m.ConcludedByGroup.Values.Sum()));

        var (_, other) = await kit.AgencyAsync();
        Assert.IsType<RequestNotFoundError>((await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestYearByMonth>>(
            q => q.ByMonthAsync(RequestTestKit.Clerk(other), today.Year, agency))).Error);
    }
}

public sealed class SqliteReminderTests(SqliteAppFixture app) : ReminderTests<SqliteAppFixture>(app);

public sealed class PostgresReminderTests(PostgresAppFixture app) : ReminderTests<PostgresAppFixture>(app);
