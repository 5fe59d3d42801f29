using Gongkai.Core;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Gongkai.Services.Errors;
using Gongkai.Web.Access;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;

namespace Gongkai.Web.Catalogue;

/// <summary>A request body the endpoint cannot act on (a missing decision, reason or newer item).</summary>
public sealed record CatalogueRequestMalformedError(string Field, string MessageZhText) : DomainError("catalogue-request-malformed",
    MessageZhText, $"the request needs a valid '{Field}'"), IInvalidInputError;

/// <summary>
/// <c>/api/v1/catalogue</c>: the staff use cases of the pages — list, read, draft, edit, submit, 保密审查, 分管领导审批, 撤回, 修订, 废止,
/// the registers behind table 二 and their import — each under the caller's <see cref="StaffScope"/> (another agency's item is 404,
/// a missing role 403), plus anonymous reads of what the portal shows (published items and search).
/// </summary>
internal static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var catalogue = app.MapGroup($"{ApiRoutes.V1}/catalogue").WithTags("Catalogue");
        var items = catalogue.MapGroup("/items");

        items.MapGet("", ListAsync).RequireAuthorization(Policies.AgencyWork).WithName("ListCatalogueItems")
            .WithSummary("主动公开工作台 — the agency's items by queue (MyDrafts, AwaitingConfidentialityReview, AwaitingLeaderApproval, All)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        items.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.AgencyWork).WithName("GetCatalogueItem")
            .WithSummary("信息详情 — an item with its review history, revisions, 有效性 and 条例第二十六条 timeliness")
            .ProducesProblem(StatusCodes.Status404NotFound);
        items.MapPost("", DraftAsync).RequireAuthorization(Policies.Clerk).WithName("DraftCatalogueItem")
            .WithSummary("经办人拟稿 — a new draft of the caller's agency; attachments in base64")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPut("/{id:guid}", EditAsync).RequireAuthorization(Policies.Clerk).WithName("EditCatalogueItem")
            .WithSummary("修改 — a new revision (a draft in place; approved content restarts the review, the public version stays until replaced)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/submit", SubmitAsync).RequireAuthorization(Policies.Clerk).WithName("SubmitCatalogueItem")
            .WithSummary("提交保密审查").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/review", ReviewAsync).RequireAuthorization(Policies.ConfidentialityReviewer).WithName("ReviewCatalogueItem")
            .WithSummary("保密审查 — decision 'pass' or 'send-back' (with a comment)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.ApprovingLeader).WithName("ApproveCatalogueItem")
            .WithSummary("分管领导审批 — decision 'approve' (publish now, or at publishAt) or 'send-back'; the 索引号 is made here")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/withdraw", WithdrawAsync).RequireAuthorization(Policies.AgencyWork).WithName("WithdrawCatalogueItem")
            .WithSummary("撤回 — with a reason; approved content needs the approving leader")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/supersede", SupersedeAsync).RequireAuthorization(Policies.Clerk).WithName("SupersedeCatalogueItem")
            .WithSummary("修订 — a published newer item replaces this one, which becomes 已修订; both record the link")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/repeal", RepealAsync).RequireAuthorization(Policies.Clerk).WithName("RepealCatalogueItem")
            .WithSummary("废止 — the item becomes 已废止 from the given day (it stays in the catalogue, marked)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var registers = catalogue.MapGroup("/registers").RequireAuthorization(Policies.AgencyWork);
        registers.MapGet("/documents", DocumentsAsync).WithName("ListRegisterDocuments")
            .WithSummary("登记簿 — the agency's rules and normative documents issued and repealed (table 二)");
        registers.MapGet("/statistics", StatisticsAsync).WithName("ListEnforcementStatistics")
            .WithSummary("登记簿 — each year's licensing, penalty, enforcement decisions and fee income (table 二)");
        registers.MapPost("/documents/import", ImportDocumentsAsync).WithName("ImportRegisterDocuments")
            .WithSummary("导入规章、规范性文件 — the request body is the CSV (UTF-8) or XLSX file; all lines or none")
            .WithDescription("Body: text/csv or an .xlsx workbook (any content type: an .xlsx is recognised by its signature, so a " +
                             "content-type check, which would run before authorization, is not declared). Columns: 类别, 名称, 文号, 制发日期, 废止日期, " +
                             "修订日期. A refused import lists every bad line under 'errors'.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        registers.MapPost("/statistics/import", ImportStatisticsAsync).WithName("ImportEnforcementStatistics")
            .WithSummary("导入执法统计 — the request body is the CSV (UTF-8) or XLSX file; a year already entered is replaced; all lines or none")
            .WithDescription("Columns: 年度, 行政许可, 行政处罚, 行政强制, 收费金额（万元）. A refused import lists every bad line under 'errors'.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var published = catalogue.MapGroup("/public");
        published.MapGet("/items/{itemId:guid}", PublicItemAsync).AllowAnonymous().WithName("GetPublishedItem")
            .WithSummary("公开信息 — a published item as the portal shows it; drafts, items under review and withdrawn items are 404")
            .ProducesProblem(StatusCodes.Status404NotFound);
        published.MapGet("/search", SearchAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Public).WithName("SearchPublishedItems")
            .WithSummary("全文检索 — words separated by spaces; items with more of them rank first; highlights in <mark>");
        return app;
    }

    private static async Task<IResult> ListAsync(ItemQueue? queue, Guid? agencyId, int? skip, int? take, StaffScopeAccessor scopes, DisclosureDesk desk,
        CancellationToken ct)
    {
        var result = await desk.ListAsync(await scopes.RequireAsync(ct), queue ?? ItemQueue.All, agencyId, skip ?? 0, take ?? 50, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value.Select(ItemSummaryDocument.From).ToList()) : Problem(result);
    }

    private static async Task<IResult> GetAsync(Guid id, StaffScopeAccessor scopes, DisclosureDesk desk, TimeProvider clock, CancellationToken ct)
    {
        var result = await desk.GetAsync(await scopes.RequireAsync(ct), id, ct);
        return result.Succeeded ? TypedResults.Ok(ItemDocument.From(result.Value, clock.GetUtcNow())) : Problem(result);
    }

    private static async Task<IResult> DraftAsync(ItemRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, FileStore files, TimeProvider clock,
        CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var input = await InputAsync(body, [], files, clock, ct);
        if (!input.Succeeded) return Problem(input);
        var drafted = body.RevisionOf is { } older ? await desk.DraftRevisionAsync(scope, older, input.Value, ct) : await desk.DraftAsync(scope, input.Value, ct);
        if (!drafted.Succeeded) return Problem(drafted);
        return TypedResults.Created($"{ApiRoutes.V1}/catalogue/items/{drafted.Value}", await StepDocumentAsync(desk, scope, drafted.Value, ct));
    }

    private static async Task<IResult> EditAsync(Guid id, ItemRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, FileStore files, TimeProvider clock,
        CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var existing = await desk.GetAsync(scope, id, ct);
        if (!existing.Succeeded) return Problem(existing);
        var kept = existing.Value.Item.Content.Attachments.Where(a => body.KeepAttachments is null || body.KeepAttachments.Contains(a.Sha256)).ToList();
        var input = await InputAsync(body, kept, files, clock, ct);
        if (!input.Succeeded) return Problem(input);
        return await AfterAsync(desk, scope, await desk.EditAsync(scope, id, input.Value, ct), ct);
    }

    private static async Task<IResult> SubmitAsync(Guid id, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        return await AfterAsync(desk, scope, await desk.SubmitAsync(scope, id, ct), ct);
    }

    private static async Task<IResult> ReviewAsync(Guid id, ReviewRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        DomainResult<Guid> result = body.Decision switch
        {
            "pass" => await desk.PassConfidentialityReviewAsync(scope, id, body.Comment, ct),
            "send-back" => await desk.SendBackAsync(scope, id, body.Comment ?? "", ct),
            _ => await RefuseAsync(desk, scope, id, new CatalogueRequestMalformedError("decision", "请选择审查结论：pass（通过）或 send-back（退回）"), ct),
        };
        return await AfterAsync(desk, scope, result, ct);
    }

    private static async Task<IResult> ApproveAsync(Guid id, ApprovalRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        DomainResult<Guid> result = body.Decision switch
        {
            null or "approve" => await desk.ApproveAsync(scope, id, body.PublishAt, body.Comment, ct),
            "send-back" => await desk.SendBackAsync(scope, id, body.Comment ?? "", ct),
            _ => await RefuseAsync(desk, scope, id, new CatalogueRequestMalformedError("decision", "请选择审批结论：approve（同意发布）或 send-back（退回）"), ct),
        };
        return await AfterAsync(desk, scope, result, ct);
    }

    private static async Task<IResult> WithdrawAsync(Guid id, WithdrawalRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var result = string.IsNullOrWhiteSpace(body.Reason)
            ? await RefuseAsync(desk, scope, id, new CatalogueRequestMalformedError("reason", "请填写撤回理由"), ct)
            : await desk.WithdrawAsync(scope, id, body.Reason.Trim(), ct);
        return await AfterAsync(desk, scope, result, ct);
    }

    private static async Task<IResult> SupersedeAsync(Guid id, SupersedeRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var result = body.NewerId is { } newer
            ? await desk.SupersedeAsync(scope, id, newer, body.On, ct)
            : await RefuseAsync(desk, scope, id, new CatalogueRequestMalformedError("newerId", "请指定替代本信息的新版本（已发布的信息）"), ct);
        return await AfterAsync(desk, scope, result, ct);
    }

    private static async Task<IResult> RepealAsync(Guid id, RepealRequest body, StaffScopeAccessor scopes, DisclosureDesk desk, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        return await AfterAsync(desk, scope, await desk.RepealAsync(scope, id, body.On, body.RepealedBy, ct), ct);
    }

    private static async Task<IResult> DocumentsAsync(Guid? agencyId, StaffScopeAccessor scopes, RegisterBook registers, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var result = await registers.DocumentsAsync(scope, agencyId ?? scope.HomeAgencyId, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value.Select(RegisterDocumentDocument.From).ToList()) : Problem(result);
    }

    private static async Task<IResult> StatisticsAsync(Guid? agencyId, StaffScopeAccessor scopes, RegisterBook registers, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var result = await registers.StatisticsAsync(scope, agencyId ?? scope.HomeAgencyId, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value.Select(EnforcementStatisticsDocument.From).ToList()) : Problem(result);
    }

    private static Task<IResult> ImportDocumentsAsync(HttpRequest http, string? fileName, StaffScopeAccessor scopes, RegisterBook registers, CancellationToken ct) =>
        ImportAsync(http, fileName, scopes, (scope, name, content) => registers.ImportDocumentsAsync(scope, name, content, ct), ct);

    private static Task<IResult> ImportStatisticsAsync(HttpRequest http, string? fileName, StaffScopeAccessor scopes, RegisterBook registers, CancellationToken ct) =>
        ImportAsync(http, fileName, scopes, (scope, name, content) => registers.ImportStatisticsAsync(scope, name, content, ct), ct);

    private static async Task<IResult> ImportAsync(HttpRequest http, string? fileName, StaffScopeAccessor scopes,
        Func<StaffScope, string, byte[], Task<DomainResult<int>>> import, CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        using var buffer = new MemoryStream();
        await http.Body.CopyToAsync(buffer, ct);
        var name = fileName ?? (http.ContentType?.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) == true ? "import.xlsx" : "import.csv");
        var result = await import(scope, name, buffer.ToArray());
        return result.Succeeded ? TypedResults.Ok(new ImportDocument(result.Value)) : Problem(result);
    }

    private static async Task<IResult> PublicItemAsync(Guid itemId, PublicCatalogue catalogue, CancellationToken ct) =>
        await catalogue.ItemAsync(itemId, ct) is { } item
            ? TypedResults.Ok(PublicItemDocument.From(item))
            : ProblemMapping.ToProblem(new CatalogueItemNotFoundError());

    private static async Task<IResult> SearchAsync(string? q, Guid? agencyId, int? page, CatalogueSearch search, CancellationToken ct)
    {
        var r = await search.SearchAsync(q, agencyId, page ?? 1, ct);
        return TypedResults.Ok(new SearchDocument(r.Query.Input, r.Total, r.Page, r.PageCount, r.Results.Select(h => new SearchHitDocument(h.Entry.ItemId,
            h.Entry.Title, h.AgencyName, h.Entry.IndexNumber, h.Entry.PublishedAt, h.TitleHtml, h.SnippetHtml, h.MatchedTerms, PortalLinks.Item(h.Entry.ItemId))).ToList()));
    }

    /// <summary>The item's fields, with the new attachments stored (content-addressed) beside the ones kept.</summary>
    private static async Task<DomainResult<ItemInput>> InputAsync(ItemRequest body, List<AttachmentReference> kept, FileStore files, TimeProvider clock,
        CancellationToken ct)
    {
        var attachments = new List<AttachmentReference>(kept);
        var errors = new List<DomainError>();
        foreach (var upload in body.Attachments ?? [])
        {
            byte[] content;
            try
            {
                content = Convert.FromBase64String(upload.ContentBase64 ?? "");
            }
            catch (FormatException)
            {
                errors.Add(new CatalogueRequestMalformedError("attachments", $"附件“{upload.FileName}”的内容不是有效的 base64"));
                continue;
            }
            var stored = await files.StoreAsync(upload.FileName ?? "", content, ct);
            if (stored.Succeeded) attachments.Add(stored.Value);
            else errors.AddRange(stored.Errors);
        }
        if (errors.Count > 0) return DomainResult<ItemInput>.Failure(errors);
        return new ItemInput(body.Title ?? "", body.Category ?? "", body.IssuingAgency, body.GeneratedOn ?? Gongkai.Core.Calendar.ChinaStandardTime.Today(clock),
            body.DocumentNumber, body.Summary, body.Body, attachments, body.Channels ?? [PublicationChannel.PortalCode]);
    }

    /// <summary>Refuses a malformed request only after the item is known visible: another agency's item stays 404, whatever the body.</summary>
    private static async Task<DomainResult<Guid>> RefuseAsync(DisclosureDesk desk, StaffScope scope, Guid id, DomainError error, CancellationToken ct)
    {
        var visible = await desk.GetAsync(scope, id, ct);
        return DomainResult<Guid>.Failure(visible.Succeeded ? new[] { error } : visible.Errors);
    }

    private static async Task<IResult> AfterAsync(DisclosureDesk desk, StaffScope scope, DomainResult<Guid> result, CancellationToken ct) =>
        result.Succeeded ? TypedResults.Ok(await StepDocumentAsync(desk, scope, result.Value, ct)) : Problem(result);

    private static async Task<StepDocument> StepDocumentAsync(DisclosureDesk desk, StaffScope scope, Guid id, CancellationToken ct)
    {
        var item = (await desk.GetAsync(scope, id, ct)).Value.Item;
        return new StepDocument(id, item.Status.ToString(), StaffResults.StatusZh(item.Status), item.Revision, item.IndexNumber?.Text, item.Validity.ToString());
    }

    private static IResult Problem(IDomainResult result) => TypedResults.Problem(ProblemMapping.ToProblemDetails(result.Errors));
}
