using Gongkai.Core;
using Gongkai.Core.Appeals;
using Gongkai.Services.Appeals;
using Gongkai.Web.Access;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Appeals;

/// <summary>File a case: the agency defaults to the caller's own.</summary>
public sealed record FileAppealBody(
    Guid? AgencyId, AppealKind Kind, Guid RequestId, string RequestNumber, DateOnly RequestReceivedOn, string? CaseNumber, DateOnly FiledOn);

public sealed record ConcludeAppealBody(
    AppealDecision Decision, DateOnly ConcludedOn, bool OrdersNewAnswer, DateOnly? DecisionReceivedOn, DateOnly? DueDateSetByDecision);

/// <summary>Table 四 of (agency, year) as computed from the cases.</summary>
public sealed record AppealTableResponse(Guid AgencyId, int Year, IReadOnlyDictionary<string, int> Cells);

/// <summary><c>/api/v1/appeals</c>: the agency's reconsideration and litigation cases (staff only, scoped to the caller's agencies).</summary>
internal static class AppealApi
{
    public static IEndpointRouteBuilder MapAppealApi(this IEndpointRouteBuilder app)
    {
        var appeals = app.MapGroup($"{ApiRoutes.V1}/appeals").WithTags("Appeals");

        appeals.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff)
            .WithName("ListAppealCases").WithSummary("复议、诉讼案件 — the cases of an agency, optionally those counted in one year's table 四");
        appeals.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetAppealCase").WithSummary("复议、诉讼案件 — one case");
        appeals.MapGet("/table", TableAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetAppealTable").WithSummary("表四 — table 四 of (agency, year) computed from the cases");
        appeals.MapPost("/", FileAsync).RequireAuthorization(Policies.AgencyWork)
            .WithName("FileAppealCase").WithSummary("登记案件 — record a filed reconsideration or lawsuit")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        appeals.MapPost("/{id:guid}/conclusion", ConcludeAsync).RequireAuthorization(Policies.AgencyWork)
            .WithName("ConcludeAppealCase").WithSummary("案件审结 — record the decision; a 纠正 ordering a new answer returns the request to reopen")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AppealCaseView>>, ProblemHttpResult>> ListAsync(
        Guid? agencyId, int? year, AppealCases cases, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await cases.ListAsync(scope, agencyId ?? scope.HomeAgencyId, year, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : Problem(result.Error!);
    }

    private static async Task<Results<Ok<AppealCaseView>, ProblemHttpResult>> GetAsync(
        Guid id, AppealCases cases, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var result = await cases.FindAsync(await scopes.RequireAsync(cancellationToken), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : Problem(result.Error!);
    }

    private static async Task<Results<Ok<AppealTableResponse>, ProblemHttpResult>> TableAsync(
        Guid? agencyId, int year, AppealTableQuery query, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var agency = agencyId ?? scope.HomeAgencyId;
        if (!scope.ReadableAgencyIds.Any(scope.CanRead)) return Problem(new AppealRecordsNotReadableError());
        if (!scope.CanRead(agency)) return Problem(new AgencyRecordsNotFoundError(agency));
        return TypedResults.Ok(new AppealTableResponse(agency, year, await query.CountAsync(agency, year, cancellationToken)));
    }

    private static async Task<Results<Created<AppealCaseView>, ProblemHttpResult>> FileAsync(
        FileAppealBody body, AppealCases cases, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await cases.FileAsync(scope, new NewAppealCase(body.AgencyId ?? scope.HomeAgencyId, body.Kind, body.RequestId,
            body.RequestNumber, body.RequestReceivedOn, body.CaseNumber, body.FiledOn), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"{ApiRoutes.V1}/appeals/{result.Value.Id}", result.Value) : Problem(result.Error!);
    }

    private static async Task<Results<Ok<ConcludedAppeal>, ProblemHttpResult>> ConcludeAsync(
        Guid id, ConcludeAppealBody body, AppealCases cases, StaffScopeAccessor scopes, CancellationToken cancellationToken)
    {
        var result = await cases.ConcludeAsync(await scopes.RequireAsync(cancellationToken), id,
            new AppealConclusion(body.Decision, body.ConcludedOn, body.OrdersNewAnswer, body.DecisionReceivedOn, body.DueDateSetByDecision),
            cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : Problem(result.Error!);
    }

    private static ProblemHttpResult Problem(DomainError error) => TypedResults.Problem(ProblemMapping.ToProblemDetails(error));
}
