using System.Security.Claims;
using Gongkai.Data.Auditing;
using Gongkai.Web.Access;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Who changes data over the web: the signed-in account (its id and agency, by cookie or personal access token), or
/// <c>anonymous</c> on the public pages. The client address is the one ASP.NET Core resolved for the connection.
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Actor
    {
        get
        {
            var context = accessor.HttpContext;
            if (context is null) return "system";
            return context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? id : "anonymous";
        }
    }

    public Guid? AgencyId => Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(GongkaiClaims.Agency), out var agency) ? agency : null;

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
