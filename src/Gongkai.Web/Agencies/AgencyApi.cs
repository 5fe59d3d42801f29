using Gongkai.Core;
using Gongkai.Services.Agencies;
using Gongkai.Web.Access;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Agencies;

/// <summary>
/// <c>/api/v1/agencies</c>: the agency tree for administrators. A system administrator lists, adds and changes the
/// agencies it administers; an agency administrator sees its own agency and may change its disclosure office's contact
/// data. Another agency's id answers 404, never 403, so ids do not reveal what exists.
/// </summary>
internal static class AgencyApi
{
    public static IEndpointRouteBuilder MapAgencyApi(this IEndpointRouteBuilder app)
    {
        var agencies = app.MapGroup($"{ApiRoutes.V1}/agencies").WithTags("Agencies");

        agencies.MapGet("", ListAsync)
            .WithName("ListAgencies")
            .WithSummary("机关列表 — the agencies you administer, in tree order (parent before children, siblings by name)")
            .RequireAuthorization(Policies.AgencyAdmin);

        agencies.MapGet("/tree", TreeAsync)
            .WithName("GetAgencyTree")
            .WithSummary("机关树 — the agencies you administer, nested")
            .RequireAuthorization(Policies.AgencyAdmin);

        agencies.MapGet("/{id:guid}", GetAsync)
            .WithName("GetAgency")
            .WithSummary("机关详情 — one agency")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.AgencyAdmin);

        agencies.MapPost("", AddAsync)
            .WithName("AddAgency")
            .WithSummary("新增机关 — add an agency under one you administer (system administrators)")
            .WithDescription("Validated as the CLI and the import validate: name, level, 统一社会信用代码 (check character), unique credit code " +
                             "and sibling name, regions only under regions. Every problem is listed under 'errors'.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.SystemAdmin);

        agencies.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateAgency")
            .WithSummary("修改机关 — change an agency (system administrators: every field; agency administrators: the contact data of their own agency)")
            .WithDescription("Send every field. An agency administrator must send the fields other than 'contact' unchanged (403 otherwise).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.AgencyAdmin);

        return app;
    }

    private static async Task<Ok<IReadOnlyList<AgencyDocument>>> ListAsync(
        AgencyDirectory directory, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var nodes = await directory.ListAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AgencyDocument>>(nodes.Select(AgencyDocument.From).ToList());
    }

    private static async Task<Ok<IReadOnlyList<AgencyTreeDocument>>> TreeAsync(
        AgencyDirectory directory, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var nodes = await directory.ListAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);
        return TypedResults.Ok(AgencyTreeDocument.Nest(nodes));
    }

    private static async Task<Results<Ok<AgencyDocument>, ProblemHttpResult>> GetAsync(
        Guid id, AgencyDirectory directory, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var found = await directory.FindAsync(id, await scopes.RequireAsync(cancellationToken), cancellationToken);
        return found.Succeeded ? TypedResults.Ok(AgencyDocument.From(found.Value)) : Problem(found);
    }

    private static async Task<Results<Created<AgencyDocument>, ProblemHttpResult>> AddAsync(
        AgencyRequest body, AgencyDirectory directory, StaffScopeAccessor scopes, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var added = await directory.AddAsync(new NewAgency(body.ParentId?.ToString(), body.ToInput()),
            await scopes.RequireAsync(cancellationToken), cancellationToken);
        if (!added.Succeeded) return Refused(logs, "add", body, added);
        return TypedResults.Created($"{ApiRoutes.V1}/agencies/{added.Value.Id}", AgencyDocument.From(added.Value));
    }

    private static async Task<Results<Ok<AgencyDocument>, ProblemHttpResult>> UpdateAsync(
        Guid id, AgencyRequest body, AgencyDirectory directory, StaffScopeAccessor scopes, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var updated = await directory.UpdateAsync(id, new AgencyUpdate(body.ParentId, body.ToInput()),
            await scopes.RequireAsync(cancellationToken), cancellationToken);
        return updated.Succeeded ? TypedResults.Ok(AgencyDocument.From(updated.Value)) : Refused(logs, "update", body, updated);
    }

    // The refused input is logged for the operator (what was sent, why it failed); the logging pipeline masks the
    // telephone numbers and any ID number typed into a field.
    private static ProblemHttpResult Refused(ILoggerFactory logs, string operation, AgencyRequest body, IDomainResult result)
    {
        logs.CreateLogger(typeof(AgencyApi).FullName!).LogInformation("Agency {Operation} refused ({Codes}) for input {@Input}",
            operation, string.Join(",", result.Errors.Select(e => e.Code)), body);
        return Problem(result);
    }

    private static ProblemHttpResult Problem(IDomainResult result) => TypedResults.Problem(ProblemMapping.ToProblemDetails(result.Errors));
}
