using Gongkai.Data.Auditing;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Who changes data over the web: today every change comes from the anonymous public pages (report checks); the
/// client address is the one ASP.NET Core resolved for the connection.
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Actor => accessor.HttpContext is null ? "system" : "anonymous";

    public Guid? AgencyId => null;

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
