namespace Gongkai.Web.Access;

/// <summary>Claim types the sign-in (cookie or personal access token) puts on a staff principal.</summary>
public static class GongkaiClaims
{
    /// <summary>The account's agency or region id.</summary>
    public const string Agency = "gongkai:agency";

    /// <summary>One claim per <see cref="Gongkai.Services.Access.AccountRole"/> name (ClaimTypes.Role is used too).</summary>
    public const string Role = System.Security.Claims.ClaimTypes.Role;
}
