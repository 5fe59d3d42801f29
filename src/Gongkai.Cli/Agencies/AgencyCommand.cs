using System.CommandLine;
using System.Text;
using Gongkai.Cli.Hosting;
using Gongkai.Cli.LegalTime;
using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Services.Agencies;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Agencies;

/// <summary>
/// <c>gongkai agency add|list|import</c>: the installation's agency tree (机关). Exit 0 done, 1 refused (every reason on
/// stderr, import lines with their numbers; nothing is stored), 2 bad usage.
/// </summary>
internal static class AgencyCommand
{
    public static Command Build()
    {
        var group = new Command("agency", "Regions and agencies (机关): add one, list the tree, import a CSV or XLSX file");
        var database = CliDatabase.AddOptions(group);
        group.Subcommands.Add(Add(database));
        group.Subcommands.Add(List(database));
        group.Subcommands.Add(Import(database));
        return group;
    }

    private static Command Add((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var name = new Option<string>("--name") { Description = "名称, e.g. 某市某区人民政府办公室", Required = true };
        var level = new Option<string>("--level") { Description = $"层级: {string.Join("|", AgencyLevels.Keys)} (or the Chinese name)", Required = true };
        var parent = new Option<string?>("--parent") { Description = "上级: the parent's credit code or name (omit only for a top-level region)" };
        var code = new Option<string?>("--credit-code") { Description = "统一社会信用代码 (required except for a region)" };
        var prefix = new Option<string?>("--index-prefix") { Description = "索引号前缀" };
        var shortName = new Option<string?>("--short-name") { Description = "机关代字 for document numbers, e.g. 浦府办" };
        var office = new Option<string?>("--office") { Description = "政府信息公开工作机构 (for the 公开指南)" };
        var address = new Option<string?>("--address") { Description = "its address" };
        var phone = new Option<string?>("--phone") { Description = "its telephone" };
        var hours = new Option<string?>("--hours") { Description = "its office hours" };
        var command = new Command("add", "Adds one region or agency");
        foreach (var o in new Option[] { name, level, parent, code, prefix, shortName, office, address, phone, hours }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var input = new AgencyInput(parse.GetValue(name), parse.GetValue(code), parse.GetValue(level), parse.GetValue(prefix), parse.GetValue(shortName),
                new DisclosureOfficeContact(parse.GetValue(office), parse.GetValue(address), parse.GetValue(phone), parse.GetValue(hours)));
            var result = await session.Services.GetRequiredService<AgencyDirectory>().AddAsync(new NewAgency(parse.GetValue(parent), input), ct);
            if (!result.Succeeded) return Refused(parse, result);
            LegalTimeCli.Out(parse).WriteLine($"已添加：{result.Value.Name}（{result.Value.Level.NameZh()}） {result.Value.Id}");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command List((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var json = LegalTimeCli.JsonOption();
        var command = new Command("list", "Lists the regions and agencies as a tree");
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var nodes = await session.Services.GetRequiredService<AgencyDirectory>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, nodes.Select(n => new
                {
                    n.Id, n.ParentId, n.Depth, n.Name, n.CreditCode, level = n.Level.Key(), n.IndexPrefix, n.ShortName, n.Contact,
                }));
                return CliRunner.Ok;
            }
            var o = LegalTimeCli.Out(parse);
            if (nodes.Count == 0) o.WriteLine("尚无机关。");
            foreach (var n in nodes)
            {
                var line = new StringBuilder(new string(' ', n.Depth * 2)).Append(n.Name).Append('（').Append(n.Level.NameZh()).Append('）');
                if (n.CreditCode is not null) line.Append(' ').Append(n.CreditCode);
                if (n.ShortName is not null) line.Append(" 代字 ").Append(n.ShortName);
                if (n.IndexPrefix is not null) line.Append(" 索引号前缀 ").Append(n.IndexPrefix);
                o.WriteLine(line.ToString());
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Import((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A .csv (UTF-8) or .xlsx file whose first line names the columns; see docs/security.md" };
        var command = new Command("import", "Imports agencies from a file: all lines or none, every bad line reported by number");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) throw new CliUsageException($"FILE: {path.FullName} does not exist");
            var rows = path.Extension.ToLowerInvariant() switch
            {
                ".csv" or ".txt" => AgencyFile.ReadCsv(await File.ReadAllTextAsync(path.FullName, Encoding.UTF8, ct)),
                ".xlsx" => ReadWorkbook(path),
                _ => throw new CliUsageException($"FILE: '{path.Extension}' files are not read; give a .csv or .xlsx file"),
            };
            if (!rows.Succeeded) return Refused(parse, rows);
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var result = await session.Services.GetRequiredService<AgencyDirectory>().ImportAsync(rows.Value, ct);
            if (!result.Succeeded) return Refused(parse, result);
            LegalTimeCli.Out(parse).WriteLine($"已导入 {result.Value} 个机关。");
            return CliRunner.Ok;
        });
        return command;
    }

    private static DomainResult<IReadOnlyList<AgencyImportRow>> ReadWorkbook(FileInfo path)
    {
        using var stream = path.OpenRead();
        return AgencyFile.ReadXlsx(stream);
    }

    private static int Refused(ParseResult parse, IDomainResult result)
    {
        var err = parse.InvocationConfiguration.Error;
        if (result.Errors.Count > 1) err.WriteLine($"未保存任何内容，共 {result.Errors.Count} 处问题：");
        foreach (var e in result.Errors) err.WriteLine(e.MessageZh);
        return CliRunner.Failed;
    }
}
