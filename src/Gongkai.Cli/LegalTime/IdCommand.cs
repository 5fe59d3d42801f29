using System.CommandLine;
using Gongkai.Core.Calendar;
using Gongkai.Core.Identifiers;

namespace Gongkai.Cli.LegalTime;

/// <summary>
/// <c>gongkai id check NUMBER</c>: validates a 居民身份证号码 or a 统一社会信用代码 (exit 0 valid, 1 invalid, with the specific reason).
/// </summary>
internal static class IdCommand
{
    /// <param name="clock">Where "today" comes from when not given (China Standard Time); the system clock by default.</param>
    public static Command Build(TimeProvider? clock = null)
    {
        var number = new Argument<string>("NUMBER") { Description = "18-character resident ID number or unified social credit code" };
        var kind = new Option<string>("--kind") { Description = "auto (default), resident or credit", DefaultValueFactory = _ => "auto" };
        LegalTimeCli.OneOf(kind, "auto", "resident", "credit");
        var json = LegalTimeCli.JsonOption();
        var check = new Command("check", "Validates an identifier and says exactly what is wrong");
        check.Arguments.Add(number);
        check.Options.Add(kind);
        check.Options.Add(json);
        check.SetAction(parse =>
        {
            var today = ChinaStandardTime.Today(clock ?? TimeProvider.System);
            var text = parse.GetValue(number) ?? "";
            var asResident = parse.GetValue(kind) switch
            {
                "resident" => true,
                "credit" => false,
                _ => LooksLikeResidentId(text, today),
            };
            var o = LegalTimeCli.Out(parse);
            if (asResident)
            {
                var r = ResidentIdNumber.Validate(text, today);
                if (parse.GetValue(json))
                    LegalTimeCli.WriteJson(parse, new
                    {
                        kind = "resident",
                        valid = r.IsValid,
                        value = r.Value?.Value,
                        masked = r.Value?.Masked,
                        province = r.Value?.ProvinceNameZh,
                        regionCode = r.Value?.RegionCode,
                        birthDate = r.Value?.BirthDate,
                        sex = r.Value?.Sex,
                        error = r.Error,
                        warnings = r.WarningsZh,
                    });
                else if (r.Value is { } id)
                {
                    o.WriteLine($"有效：居民身份证号码 {id.Value}");
                    o.WriteLine($"地址码 {id.RegionCode}（{id.ProvinceNameZh}），出生日期 {ChineseDates.Iso(id.BirthDate)}，性别 {(id.Sex == Sex.Male ? "男" : "女")}，脱敏 {id.Masked}");
                    foreach (var w in r.WarningsZh) o.WriteLine("提示：" + w);
                }
                else o.WriteLine($"无效：{r.Error!.MessageZh}");
                return r.IsValid ? CliRunner.Ok : CliRunner.Failed;
            }

            var c = UnifiedSocialCreditCode.Validate(text);
            if (parse.GetValue(json))
                LegalTimeCli.WriteJson(parse, new
                {
                    kind = "credit",
                    valid = c.IsValid,
                    value = c.Value?.Value,
                    masked = c.Value?.Masked,
                    registrationAuthority = c.Value?.RegistrationAuthority.ToString(),
                    category = c.Value?.Category.ToString(),
                    regionCode = c.Value?.RegionCode,
                    organizationCode = c.Value?.OrganizationCode,
                    organizationCodeCheckMatches = c.Value?.OrganizationCodeCheckMatches,
                    error = c.Error,
                });
            else if (c.Value is { } code)
            {
                o.WriteLine($"有效：统一社会信用代码 {code.Value}");
                o.WriteLine($"登记管理部门代码 {code.RegistrationAuthority}，机构类别代码 {code.Category}，行政区划码 {code.RegionCode}，主体标识码 {code.OrganizationCode}"
                            + (code.OrganizationCodeCheckMatches ? "" : "（不符合组织机构代码校验，仅供参考）") + $"，脱敏 {code.Masked}");
            }
            else o.WriteLine($"无效：{c.Error!.MessageZh}");
            return c.IsValid ? CliRunner.Ok : CliRunner.Failed;
        });

        var command = new Command("id", "Identifiers: resident ID numbers and unified social credit codes");
        command.Subcommands.Add(check);
        return command;
    }

    /// <summary>
    /// Digits with an optional final X read as an ID number, unless only the credit code validates (an all-digit credit code
    /// exists); anything with other letters is a credit code.
    /// </summary>
    private static bool LooksLikeResidentId(string text, DateOnly today)
    {
        var s = Identifier.Normalize(text);
        var digitsAndX = s.Length > 0 && s[..^1].All(char.IsAsciiDigit) && (char.IsAsciiDigit(s[^1]) || s[^1] == 'X');
        if (!digitsAndX) return false;
        return ResidentIdNumber.Validate(s, today).IsValid || !UnifiedSocialCreditCode.Validate(s).IsValid;
    }
}
