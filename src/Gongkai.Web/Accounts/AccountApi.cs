using Gongkai.Web.Access;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Accounts;

/// <summary>The caller as the API sees it (账户信息).</summary>
public sealed record CurrentAccountResponse(Guid AccountId, string UserName, Guid AgencyId, IReadOnlyList<string> Roles);

/// <summary><c>GET /api/v1/me</c>: who a personal access token (or session) acts as — a script checks its token with it.</summary>
internal static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{ApiRoutes.V1}/me", async (StaffScopeAccessor scopes, CancellationToken cancellationToken) =>
            {
                var scope = await scopes.RequireAsync(cancellationToken);
                return new CurrentAccountResponse(scope.AccountId, scope.UserName, scope.HomeAgencyId,
                    scope.Roles.Order().Select(r => r.ToString()).ToList());
            })
            .WithTags("Accounts")
            .WithName("GetCurrentAccount")
            .WithSummary("当前账户 — the account, agency and roles the caller acts as")
            .Produces<CurrentAccountResponse>()
            .RequireAuthorization(Policies.Staff);
        return app;
    }
}
