using Gongkai.Web.Access;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Access;

/// <summary>Every endpoint of the app declares a policy or declares itself public (issue 4: authorization everywhere).</summary>
public sealed class EndpointPolicyTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public void EveryEndpoint_DeclaresAPolicyOrAnonymousAccess()
    {
        var endpoints = EndpointInventory.Read(app.Services.GetRequiredService<EndpointDataSource>());

        Assert.Contains(endpoints, e => e.Pattern == "/account/login" && e.Anonymous);
        Assert.Contains(endpoints, e => e.Pattern == "/admin/accounts" && e.Policy == Policies.AgencyAdmin);
        Assert.Contains(endpoints, e => e.Pattern == "/api/v1/me" && e.Policy == Policies.Staff);
        var undeclared = EndpointInventory.Undeclared(endpoints);
        Assert.True(undeclared.Count == 0, "Endpoints without [Authorize(Policy = …)] or [AllowAnonymous]: " +
            string.Join(", ", undeclared.Select(e => e.DisplayName)));
    }

    [Fact]
    public async Task AnEndpointWithoutAPolicy_FailsTheCheck_WhileItsDeclaredNeighboursPass()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthorization();
        await using var second = builder.Build();
        second.MapGet("/public", () => "ok").AllowAnonymous();
        second.MapGet("/staff", () => "ok").RequireAuthorization(Policies.Staff);
        second.MapGet("/forgotten", () => "ok");

        var endpoints = EndpointInventory.Read(new CompositeEndpointDataSource(((IEndpointRouteBuilder)second).DataSources));

        Assert.Equal(3, endpoints.Count);
        Assert.Equal("/forgotten", Assert.Single(EndpointInventory.Undeclared(endpoints)).Pattern);
    }
}
