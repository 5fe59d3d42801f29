using System.Net;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;
using Xunit;

namespace Gongkai.Web.Tests.Access;

/// <summary>The test sign-in path behaves like a real one: policies see its roles, anonymous callers are challenged.</summary>
public sealed class TestStaffSignInTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task PublicPages_StayOpenToAnonymousCallers()
    {
        var response = await app.CreateClient().GetAsync("/reports/check");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownBackOfficePath_IsNotFound_ForStaffAndAnonymous()
    {
        var staff = app.CreateStaffClient(Guid.NewGuid(), AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/no-such-page")).StatusCode);
    }
}
