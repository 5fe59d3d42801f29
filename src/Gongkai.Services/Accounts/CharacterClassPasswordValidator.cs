using Gongkai.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Accounts;

/// <summary>
/// 口令复杂度: at least <see cref="AccountsOptions.RequiredCharacterClasses"/> of the four classes (upper case, lower case,
/// digit, other), the usual reading of 等保 level 2's "口令应有复杂度要求". Identity's own options can only demand each class.
/// </summary>
public sealed class CharacterClassPasswordValidator(IOptions<AccountsOptions> options) : IPasswordValidator<StaffAccount>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffAccount> manager, StaffAccount user, string? password)
    {
        var required = options.Value.RequiredCharacterClasses;
        return Task.FromResult(CountClasses(password ?? "") >= required
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCharacterClasses",
                Description = $"密码须包含大写字母、小写字母、数字、其他符号中的至少 {required} 类。",
            }));
    }

    public static int CountClasses(string password) =>
        (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsDigit) ? 1 : 0)
        + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
}
