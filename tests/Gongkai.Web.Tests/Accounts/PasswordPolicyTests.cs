using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>口令复杂度 (等保 level 2): at least 10 characters from at least 3 of upper case, lower case, digits and symbols.</summary>
public sealed class PasswordPolicyTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("Short1-", false)]              // 7 characters
    [InlineData("alllowercase1", false)]        // 2 classes
    [InlineData("ALLUPPER-CASE", false)]        // 2 classes
    [InlineData("lower-and-digit1", true)]      // lower, symbol, digit
    [InlineData("Upper and lower 1", true)]     // a space counts as a symbol
    [InlineData("Abcdefghi1", true)]            // exactly 10, three classes
    public async Task Password_IsAccepted_OnlyWithTenCharactersFromThreeClasses(string password, bool accepted)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount { UserName = "policy" };
        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, account, password)));
        Assert.Equal(accepted, results.All(r => r.Succeeded));
    }

    [Fact]
    public void GeneratedPasswords_HaveTwentyCharactersFromAllFourClasses()
    {
        for (var i = 0; i < 50; i++)
        {
            var password = StaffAccounts.GeneratePassword();
            Assert.Equal(20, password.Length);
            Assert.Equal(4, CharacterClassPasswordValidator.CountClasses(password));
        }
    }
}
