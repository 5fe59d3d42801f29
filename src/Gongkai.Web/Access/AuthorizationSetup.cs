using Gongkai.Services.Access;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Access;

/// <summary>Registers the policies of <see cref="Policies"/> as role requirements over <see cref="AccountRole"/> names.</summary>
public static class AuthorizationSetup
{
    public static IServiceCollection AddGongkaiAuthorization(this IServiceCollection services)
    {
        services.AddScoped<StaffScopeAccessor>();
        services.AddAuthorizationBuilder()
            // Anything that forgot to declare a policy still needs a signed-in user; the endpoint test also fails it.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(GongkaiClaims.Agency))
            .AddPolicy(Policies.Clerk, p => Roles(p, AccountRole.Clerk))
            .AddPolicy(Policies.ConfidentialityReviewer, p => Roles(p, AccountRole.ConfidentialityReviewer))
            .AddPolicy(Policies.ApprovingLeader, p => Roles(p, AccountRole.ApprovingLeader))
            .AddPolicy(Policies.DisclosureOfficeHead, p => Roles(p, AccountRole.DisclosureOfficeHead))
            .AddPolicy(Policies.AgencyWork, p => Roles(p, AccountRole.Clerk, AccountRole.ConfidentialityReviewer,
                AccountRole.ApprovingLeader, AccountRole.DisclosureOfficeHead))
            .AddPolicy(Policies.AgencyAdmin, p => Roles(p, AccountRole.AgencyAdmin, AccountRole.SystemAdmin))
            .AddPolicy(Policies.Supervisor, p => Roles(p, AccountRole.Supervisor))
            .AddPolicy(Policies.SystemAdmin, p => Roles(p, AccountRole.SystemAdmin));
        return services;
    }

    private static void Roles(AuthorizationPolicyBuilder policy, params AccountRole[] roles) => policy
        .RequireAuthenticatedUser()
        .RequireClaim(GongkaiClaims.Agency)
        .RequireRole(roles.Select(r => r.ToString()));
}
