using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Accounts;

public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// Identity's account store and rules (password policy, lockout) shared by the web host and the CLI; the web host adds
    /// sign-in, cookies and token providers on top of the returned builder.
    /// </summary>
    public static IdentityBuilder AddGongkaiAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountsOptions>()
            .BindConfiguration(AccountsOptions.SectionName)
            .Validate(o => o.IsValid, "Accounts: a password length, lockout, timeout or token lifetime setting is out of range.")
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((identity, accounts) =>
        {
            var a = accounts.Value;
            identity.Password.RequiredLength = a.MinPasswordLength;
            // The classes are counted by CharacterClassPasswordValidator ("3 of 4"), which Identity's switches cannot express.
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = a.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(a.LockoutMinutes);
            identity.User.RequireUniqueEmail = false;
            identity.SignIn.RequireConfirmedAccount = false;
        });
        services.AddScoped<StaffAccounts>();
        services.AddScoped<AccountBootstrap>();
        services.AddScoped<PersonalAccessTokens>();
        return services.AddIdentityCore<StaffAccount>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<CharacterClassPasswordValidator>();
    }
}
