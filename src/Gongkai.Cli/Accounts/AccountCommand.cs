using System.CommandLine;
using Gongkai.Cli.Hosting;
using Gongkai.Cli.LegalTime;
using Gongkai.Core;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Accounts;

/// <summary>
/// <c>gongkai account add|reset-password</c>: staff accounts from the server's shell, with the rights of the system admin
/// (whoever can run this can read the database anyway). A password not given on stdin is generated and printed once;
/// either way the holder must change it at the first sign-in. Exit 0 done, 1 refused, 2 bad usage.
/// </summary>
internal static class AccountCommand
{
    public static Command Build()
    {
        var group = new Command("account", "Staff accounts (工作人员账户): add one, reset a password");
        var database = CliDatabase.AddOptions(group);
        group.Subcommands.Add(Add(database));
        group.Subcommands.Add(ResetPassword(database));
        return group;
    }

    private static Option<bool> PasswordStdin() => new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input instead of generating one",
    };

    private static Command Add((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var agency = new Option<string>("--agency") { Description = "机关或区域: its name or 统一社会信用代码", Required = true };
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var name = new Option<string?>("--name") { Description = "姓名 (default: the user name)" };
        var roles = new Option<string[]>("--role")
        {
            Description = $"角色, one or more: {string.Join("|", Enum.GetNames<AccountRole>())} (or the Chinese name)",
            Required = true, AllowMultipleArgumentsPerToken = true,
        };
        var stdin = PasswordStdin();
        var command = new Command("add", "Adds an account to an agency or region");
        foreach (var o in new Option[] { agency, user, name, roles, stdin }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            var parsedRoles = parse.GetValue(roles)!.Select(ParseRole).ToList();
            var password = parse.GetValue(stdin) ? ReadPassword() : null;
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var services = session.Services;
            await services.GetRequiredService<AccountBootstrap>().EnsureRolesAsync(ct);
            var scope = await OperatorScopeAsync(services, ct);
            var reference = parse.GetValue(agency)!.Trim();
            var db = services.GetRequiredService<GongkaiDbContext>();
            var matches = await db.Agencies.AsNoTracking()
                .Where(a => a.CreditCode == reference.ToUpperInvariant() || a.Name == reference).Select(a => a.Id).ToListAsync(ct);
            if (matches.Count != 1)
            {
                parse.InvocationConfiguration.Error.WriteLine(matches.Count == 0
                    ? new StaffAccountAgencyNotFoundError(reference).MessageZh
                    : $"名称为“{reference}”的机关不止一个，请改填其统一社会信用代码");
                return CliRunner.Failed;
            }
            var userName = parse.GetValue(user)!;
            var result = await services.GetRequiredService<StaffAccounts>().CreateAsync(scope,
                new NewStaffAccount(userName, parse.GetValue(name) ?? userName, matches[0], parsedRoles, password), ct);
            if (!result.Succeeded) return Refused(parse, result);
            var o = LegalTimeCli.Out(parse);
            o.WriteLine($"已创建账户：{result.Value.Account.UserName}（{result.Value.Account.AgencyName}） {result.Value.Account.Id}");
            if (result.Value.Generated) o.WriteLine($"初始密码：{result.Value.Password}");
            o.WriteLine("首次登录后须修改密码。");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command ResetPassword((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var stdin = PasswordStdin();
        var command = new Command("reset-password", "Sets a new password (generated unless given on stdin) that must be changed at the next sign-in");
        command.Options.Add(user);
        command.Options.Add(stdin);
        command.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(stdin) ? ReadPassword() : null;
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var services = session.Services;
            var account = await services.GetRequiredService<UserManager<Gongkai.Data.Accounts.StaffAccount>>().FindByNameAsync(parse.GetValue(user)!);
            if (account is null)
            {
                parse.InvocationConfiguration.Error.WriteLine(new StaffAccountNotFoundError().MessageZh + $"：{parse.GetValue(user)}");
                return CliRunner.Failed;
            }
            var result = await services.GetRequiredService<StaffAccounts>().ResetPasswordAsync(await OperatorScopeAsync(services, ct), account.Id, password, ct);
            if (!result.Succeeded) return Refused(parse, result);
            var o = LegalTimeCli.Out(parse);
            o.WriteLine($"已重置密码：{result.Value.Account.UserName}");
            if (result.Value.Generated) o.WriteLine($"新密码：{result.Value.Password}");
            o.WriteLine("下次登录后须修改密码。");
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>The operator at the server's shell acts as system admin over every agency and region.</summary>
    private static async Task<StaffScope> OperatorScopeAsync(IServiceProvider services, CancellationToken ct)
    {
        var all = await services.GetRequiredService<GongkaiDbContext>().Agencies.AsNoTracking().Select(a => a.Id).ToListAsync(ct);
        return new StaffScope(Guid.Empty, "cli:" + Environment.UserName, Guid.Empty, [AccountRole.SystemAdmin], all);
    }

    private static AccountRole ParseRole(string text)
    {
        foreach (var role in Enum.GetValues<AccountRole>())
            if (string.Equals(role.ToString(), text, StringComparison.OrdinalIgnoreCase) || role.Label() == text) return role;
        throw new CliUsageException($"--role: '{text}' is not one of {string.Join(", ", Enum.GetNames<AccountRole>())}");
    }

    private static string ReadPassword() =>
        Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : throw new CliUsageException("--password-stdin: standard input is empty");

    private static int Refused(ParseResult parse, IDomainResult result)
    {
        foreach (var e in result.Errors) parse.InvocationConfiguration.Error.WriteLine(e.MessageZh);
        return CliRunner.Failed;
    }
}
