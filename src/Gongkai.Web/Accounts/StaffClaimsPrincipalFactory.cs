using System.Security.Claims;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Accounts;

/// <summary>
/// The claims of a signed-in staff account (cookie or personal access token): Identity's id, name and role claims
/// (<see cref="AccountRole"/> names), the account's agency (<see cref="GongkaiClaims.Agency"/>), and a
/// <see cref="AccountGate.PendingClaim"/> for each step the account must finish before any other work.
/// </summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffAccount> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> identity, IOptions<AccountsOptions> accounts)
    : UserClaimsPrincipalFactory<StaffAccount, IdentityRole<Guid>>(users, roles, identity)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        var claims = await base.GenerateClaimsAsync(user);
        claims.AddClaim(new Claim(GongkaiClaims.Agency, user.AgencyId.ToString()));
        if (user.MustChangePassword) claims.AddClaim(new Claim(AccountGate.PendingClaim, AccountGate.ChangePassword));
        var accountRoles = claims.FindAll(claims.RoleClaimType)
            .Select(c => Enum.TryParse<AccountRole>(c.Value, out var r) ? r : (AccountRole?)null).OfType<AccountRole>();
        if (!user.TwoFactorEnabled && accounts.Value.RequiresTwoFactor(accountRoles))
            claims.AddClaim(new Claim(AccountGate.PendingClaim, AccountGate.EnrolAuthenticator));
        return claims;
    }
}
