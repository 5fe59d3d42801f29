using System.Text.Json.Nodes;
using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Requests;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Requests;

/// <summary>
/// <c>/api/v1/requests</c>: the same use cases as the pages. Anonymous: submit, status, correction, withdrawal (number and code
/// travel in the body, never in the URL). Staff: work queue, detail, intake, every workflow step, table 三.
/// </summary>
internal static class RequestApi
{
    public static IEndpointRouteBuilder MapRequestApi(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup($"{ApiRoutes.V1}/requests").WithTags("Requests");

        requests.MapPost("/", SubmitAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Public).DisableAntiforgery()
            .WithName("SubmitRequest").WithSummary("网上申请 — submit a disclosure request online (no account)");
        requests.MapPost("/status", StatusAsync).AllowAnonymous().RequireRateLimiting(RateLimits.StatusLookup).DisableAntiforgery()
            .WithName("RequestStatus").WithSummary("申请查询 — status of a request by number and lookup code");
        requests.MapPost("/status/correction", CorrectAsync).AllowAnonymous().RequireRateLimiting(RateLimits.StatusLookup).DisableAntiforgery()
            .WithName("SubmitCorrection").WithSummary("补正 — the applicant's corrected application");
        requests.MapPost("/status/withdrawal", WithdrawAsync).AllowAnonymous().RequireRateLimiting(RateLimits.StatusLookup).DisableAntiforgery()
            .WithName("WithdrawRequest").WithSummary("撤回 — the applicant withdraws");

        requests.MapPost("/status/letter", ApplicantLetterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.StatusLookup).DisableAntiforgery()
            .WithName("DownloadReplyLetter").WithSummary("答复书 — the reply letter as DOCX or PDF, once released");

        var staff = requests.MapGroup("").RequireAuthorization(Policies.AgencyWork);
        staff.MapGet("/", QueueAsync).WithName("RequestQueue").WithSummary("工作队列 — the agency's requests by what needs doing");
        staff.MapGet("/{id:guid}", DetailAsync).WithName("GetRequest").WithSummary("申请详情 — a request with its history and deadline");
        // 登记 is the clerk's step (RequestIntake.RegisterAsync refuses every other role), so its policy says so.
        staff.MapPost("/intake", IntakeAsync).RequireAuthorization(Policies.Clerk).WithName("RegisterRequest").WithSummary("登记 — record a letter, visit, post, fax or e-mail application");
        staff.MapPost("/{id:guid}/steps/{step}", StepAsync).WithName("RequestStep")
            .WithSummary("办理步骤 — one workflow step, e.g. confirm-receipt, request-correction, draft-reply, approve-reply, release-reply");
        staff.MapGet("/{id:guid}/letter", StaffLetterAsync).WithName("GetReplyLetter").WithSummary("答复书 — the issued reply letter (format=docx|pdf)");
        staff.MapGet("/table", TableAsync).WithName("RequestTable").WithSummary("表三 — table 三 of a year computed from the records");
        return app;
    }

    /// <summary>The online application: the form's fields plus the agency and optional base64 attachments.</summary>
    public sealed class SubmitBody
    {
        public Guid AgencyId { get; set; }
        public RequestForm Form { get; set; } = new();
        public List<AttachmentBody> Attachments { get; set; } = [];
    }

    public sealed record AttachmentBody(string FileName, string ContentBase64, AttachmentPurpose Purpose = AttachmentPurpose.Other);

    public sealed record LookupBody(string? Number, string? Code);

    public sealed record CorrectionBody(string? Number, string? Code, RequestForm? Form);

    public sealed record WithdrawalBody(string? Number, string? Code, string? Reason);

    public sealed record IntakeBody(ReceiptChannel Channel, DateOnly? On, RequestForm Form);

    private static async Task<IResult> SubmitAsync(HttpRequest http, RequestIntake intake, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<SubmitBody>(http, cancellationToken);
        if (body is null) return RequestProblems.Problem(new MalformedStepError("submit"));
        var files = new List<AttachmentUpload>();
        foreach (var a in body.Attachments)
        {
            try
            {
                files.Add(new AttachmentUpload(a.FileName, Convert.FromBase64String(a.ContentBase64), a.Purpose));
            }
            catch (FormatException)
            {
                return RequestProblems.Problem(new AttachmentTypeRejectedError(a.FileName));
            }
        }
        var result = await intake.SubmitOnlineAsync(body.AgencyId, body.Form, files, cancellationToken);
        if (!result.Succeeded) return RequestProblems.Problem(result.Errors);
        var s = result.Value;
        return TypedResults.Created((string?)null, new { id = s.Id, number = s.Number, lookupCode = s.LookupCode, status = s.Status.ToString() });
    }

    private static async Task<IResult> StatusAsync(HttpRequest http, ApplicantDesk desk, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<LookupBody>(http, cancellationToken);
        var result = await desk.StatusAsync(body?.Number, body?.Code, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(StatusJson(result.Value)) : RequestProblems.Problem(result.Errors);
    }

    private static async Task<IResult> CorrectAsync(HttpRequest http, ApplicantDesk desk, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<CorrectionBody>(http, cancellationToken);
        var result = await desk.SubmitCorrectionAsync(body?.Number, body?.Code, body?.Form ?? new RequestForm(), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(StepJson(result.Value)) : RequestProblems.Problem(result.Errors);
    }

    private static async Task<IResult> WithdrawAsync(HttpRequest http, ApplicantDesk desk, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<WithdrawalBody>(http, cancellationToken);
        var result = await desk.WithdrawAsync(body?.Number, body?.Code, body?.Reason, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(StepJson(result.Value)) : RequestProblems.Problem(result.Errors);
    }

    public sealed record LetterBody(string? Number, string? Code, string? Format);

    private static async Task<IResult> ApplicantLetterAsync(HttpRequest http, ReplyLetterDesk letters, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<LetterBody>(http, cancellationToken);
        var file = await letters.ForApplicantAsync(body?.Number, body?.Code, body?.Format == "pdf" ? LetterFormat.Pdf : LetterFormat.Docx, cancellationToken);
        return file.Succeeded ? TypedResults.File(file.Value.Content, file.Value.MediaType, file.Value.FileName) : RequestProblems.Problem(file.Errors);
    }

    private static async Task<IResult> StaffLetterAsync(Guid id, string? format, StaffScopeAccessor scopes, ReplyLetterDesk letters, CancellationToken cancellationToken)
    {
        var file = await letters.ForStaffAsync(await scopes.RequireAsync(cancellationToken), id, format == "pdf" ? LetterFormat.Pdf : LetterFormat.Docx, cancellationToken);
        return file.Succeeded ? TypedResults.File(file.Value.Content, file.Value.MediaType, file.Value.FileName) : RequestProblems.Problem(file.Errors);
    }

    private static async Task<IResult> QueueAsync(StaffScopeAccessor scopes, RequestQueries queries, CancellationToken cancellationToken)
    {
        var result = await queries.QueueAsync(await scopes.RequireAsync(cancellationToken), null, cancellationToken);
        if (!result.Succeeded) return RequestProblems.Problem(result.Errors);
        var q = result.Value;
        return TypedResults.Ok(new
        {
            today = q.Today, dueSoonUntil = q.DueSoonUntil,
            overdue = q.Overdue.Select(ItemJson), dueSoon = q.DueSoon.Select(ItemJson), awaitingReceipt = q.AwaitingReceipt.Select(ItemJson),
            awaitingCorrection = q.AwaitingCorrection.Select(ItemJson), open = q.Open.Select(ItemJson), recentlyConcluded = q.RecentlyConcluded.Select(ItemJson),
        });
    }

    private static async Task<IResult> DetailAsync(Guid id, StaffScopeAccessor scopes, RequestQueries queries, CancellationToken cancellationToken)
    {
        var result = await queries.DetailAsync(await scopes.RequireAsync(cancellationToken), id, cancellationToken);
        if (!result.Succeeded) return RequestProblems.Problem(result.Errors);
        var d = result.Value;
        var r = d.Request;
        return TypedResults.Ok(new
        {
            id = d.Id, number = d.Number, status = r.Status.ToString(), channel = r.Channel.Keyword(),
            applicant = new { kind = r.Applicant.Kind.ToString(), name = r.Applicant.Name, identity = d.IdentityMasked, r.Applicant.Contact.Phone, r.Applicant.Contact.Email, r.Applicant.Contact.PostalAddress },
            information = new { r.Information.Title, r.Information.DocumentNumber, r.Information.Description, form = r.Information.Form.ToString(), delivery = r.Information.Delivery.ToString() },
            arrivedOn = r.ArrivedOn, receivedOn = r.ReceivedOn, concludedOn = r.ConcludedOn, outcome = r.Outcome?.RowId(),
            deadline = d.Deadline is { Succeeded: true } dl ? new { dueDate = dl.Value.DueDate, explanation = dl.Value.ExplanationZh } : null,
            history = d.History.Select(h => new { h.Sequence, h.Kind, h.On, h.RecordedAt, h.ActorId, summary = h.SummaryZh }),
            attachments = d.Attachments.Select(a => new { a.Id, a.FileName, a.MediaType, a.Length, a.Sha256, purpose = a.Purpose.ToString() }),
        });
    }

    private static async Task<IResult> IntakeAsync(HttpRequest http, StaffScopeAccessor scopes, RequestIntake intake, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<IntakeBody>(http, cancellationToken);
        if (body?.Form is null) return RequestProblems.Problem(new MalformedStepError("intake"));
        var result = await intake.RegisterAsync(await scopes.RequireAsync(cancellationToken), new StaffIntake(body.Channel, body.On), body.Form, [], cancellationToken);
        if (!result.Succeeded) return RequestProblems.Problem(result.Errors);
        var s = result.Value;
        return TypedResults.Created($"{ApiRoutes.V1}/requests/{s.Id}", new { id = s.Id, number = s.Number, lookupCode = s.LookupCode, status = s.Status.ToString() });
    }

    private static async Task<IResult> StepAsync(Guid id, string step, HttpRequest http, StaffScopeAccessor scopes, RequestWorkflow workflow, CancellationToken cancellationToken)
    {
        JsonNode? body = null;
        if (http.ContentLength is > 0 || http.HasJsonContentType())
        {
            try
            {
                body = await JsonNode.ParseAsync(http.Body, cancellationToken: cancellationToken);
            }
            catch (System.Text.Json.JsonException)
            {
                return RequestProblems.Problem(new MalformedStepError(step));
            }
        }
        var command = RequestCommandBinder.FromJson(step, body);
        if (!command.Succeeded) return RequestProblems.Problem(command.Errors);
        var result = await workflow.ApplyAsync(await scopes.RequireAsync(cancellationToken), id, command.Value, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(StepJson(result.Value)) : RequestProblems.Problem(result.Errors);
    }

    private static async Task<IResult> TableAsync(int year, StaffScopeAccessor scopes, RequestQueries queries, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        if (year is < 2008 or > 9999) return RequestProblems.Problem(new MalformedStepError("table"));
        var result = await queries.RequestTableAsync(scope, scope.HomeAgencyId, year, cancellationToken);
        if (!result.Succeeded) return RequestProblems.Problem(result.Errors);
        var report = result.Value;
        return TypedResults.Ok(new
        {
            year, format = report.Format.ToString(),
            cells = report.Cells.Where(c => ReportLayout.For(report.Format).TryGetCell(c.Key, out var cell) && cell.Table == ReportTable.Requests)
                .ToDictionary(c => c.Key, c => c.Value.AsNumber),
        });
    }

    private static object ItemJson(RequestListItem r) => new
    {
        r.Id, r.Number, applicantKind = r.ApplicantKind.ToString(), r.ApplicantName, identity = r.IdentityMasked, r.Title, channel = r.Channel.Keyword(),
        r.ArrivedOn, r.ReceivedOn, status = r.Status.ToString(), r.DueDate, outcome = r.Outcome?.RowId(), r.ConcludedOn,
    };

    private static object StepJson(StepResult s) => new
    {
        id = s.RequestId, number = s.Number, status = s.Status.ToString(), dueDate = s.DueDate, summary = s.SummaryZh,
        warnings = s.Warnings.Select(w => new { kind = w.Kind.ToString(), message = w.MessageEn, messageZh = w.MessageZh }),
    };

    private static object StatusJson(ApplicantStatus s) => new
    {
        number = s.Number, agency = s.AgencyName, status = s.Status.ToString(), submittedAt = s.SubmittedAt, receivedOn = s.ReceivedOn,
        dueDate = s.DueDate, deadlineExplanation = s.DeadlineExplanationZh,
        correction = s.PendingCorrection is { } c ? new { items = c.ItemsZh, noticeOn = c.NoticeOn, periodEnds = c.PeriodEnds } : null,
        fee = s.Fee is { } f ? new { amountYuan = f.Quote.Total, noticeOn = f.NoticeSentOn, paymentDue = f.PaymentDue, paidOn = f.PaidOn } : null,
        outcome = s.Outcome?.RowId(), concludedOn = s.ConcludedOn, replyLetterAvailable = s.ReplyLetterAvailable,
        history = s.History.Select(h => new { h.On, summary = h.SummaryZh }),
    };

    private static async Task<T?> ReadAsync<T>(HttpRequest http, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await http.ReadFromJsonAsync<T>(RequestCommandBinder.Json, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
