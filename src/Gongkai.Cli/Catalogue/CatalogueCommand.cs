using System.CommandLine;
using Gongkai.Cli.Hosting;
using Gongkai.Cli.LegalTime;
using Gongkai.Core;
using Gongkai.Core.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Catalogue;

/// <summary>
/// <c>gongkai catalogue list|show|import-register</c>: the 主动公开目录 from the server's shell, against the configured database
/// (default <c>./gongkai-data</c>). Reading is done as a supervisor over every agency (read-only); an import is recorded as the
/// agency's own staff work, audited as <c>cli:USER</c>. Exit 0 done, 1 refused or not found, 2 bad usage.
/// </summary>
internal static class CatalogueCommand
{
    public static Command Build()
    {
        var group = new Command("catalogue", "Proactive disclosure catalogue (主动公开目录): list and show items, import the registers behind table 二");
        var database = CliDatabase.AddOptions(group);
        group.Subcommands.Add(List(database));
        group.Subcommands.Add(Show(database));
        group.Subcommands.Add(ImportRegister(database));
        return group;
    }

    private static Option<string> AgencyOption() => new("--agency") { Description = "机关: its name or 统一社会信用代码", Required = true };

    private static Command List((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var agency = AgencyOption();
        var queue = new Option<string>("--queue")
        {
            Description = "All (default), AwaitingConfidentialityReview or AwaitingLeaderApproval", DefaultValueFactory = _ => nameof(ItemQueue.All),
        };
        LegalTimeCli.OneOf(queue, nameof(ItemQueue.All), nameof(ItemQueue.AwaitingConfidentialityReview), nameof(ItemQueue.AwaitingLeaderApproval));
        var take = new Option<int>("--take") { Description = "At most this many items, newest change first (1–200, default 50)", DefaultValueFactory = _ => 50 };
        var json = LegalTimeCli.JsonOption();
        var command = new Command("list", "Lists an agency's items: 索引号, status, 有效性 standing, title, id");
        foreach (var o in new Option[] { agency, queue, take, json }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var agencyId = await FindAgencyAsync(parse, session.Services, parse.GetValue(agency)!, ct);
            if (agencyId is null) return CliRunner.Failed;
            var desk = session.Services.GetRequiredService<DisclosureDesk>();
            var result = await desk.ListAsync(Reader(agencyId.Value), Enum.Parse<ItemQueue>(parse.GetValue(queue)!), agencyId, 0, parse.GetValue(take), ct);
            if (!result.Succeeded) return Refused(parse, result);
            var o = LegalTimeCli.Out(parse);
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, result.Value.Select(e => new
                {
                    id = e.Id, e.Title, category = e.CategoryCode, status = e.Status.ToString(), e.IndexNumber, e.Revision, e.UpdatedAt,
                    timeliness = e.Timeliness.State.ToString(), timelinessExplanation = e.Timeliness.ExplanationZh,
                }));
                return CliRunner.Ok;
            }
            if (result.Value.Count == 0) o.WriteLine("没有信息。");
            foreach (var e in result.Value)
                o.WriteLine($"{e.IndexNumber ?? "（未编号）"}\t{StatusZh(e.Status)}\t{e.Title}\t{e.Id:N}" +
                            (e.Timeliness.NeedsAttention ? $"\t{e.Timeliness.ExplanationZh}" : ""));
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Show((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var id = new Argument<string>("id") { Description = "The item's id (as printed by list)" };
        var json = LegalTimeCli.JsonOption();
        var command = new Command("show", "Shows an item: the metadata block, status, 有效性, body and review history");
        command.Arguments.Add(id);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            if (!Guid.TryParse(parse.GetValue(id), out var itemId)) throw new CliUsageException($"id: '{parse.GetValue(id)}' is not an item id");
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var all = await session.Services.GetRequiredService<GongkaiDbContext>().Agencies.AsNoTracking().Select(a => a.Id).ToListAsync(ct);
            var scope = new StaffScope(Guid.Empty, Operator, Guid.Empty, [AccountRole.Supervisor], all);
            var found = await session.Services.GetRequiredService<DisclosureDesk>().GetAsync(scope, itemId, ct);
            if (!found.Succeeded) return Refused(parse, found);
            var d = found.Value;
            var item = d.Item;
            var c = item.Content;
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, new
                {
                    id = item.Id.Value, agencyId = d.Record.AgencyId, c.Title, category = c.CategoryCode, c.IssuingAgency, c.GeneratedOn, c.DocumentNumber,
                    c.Summary, c.Body, channels = c.Channels.Select(x => x.Code), attachments = c.Attachments.Select(a => new { a.FileName, a.Sha256, a.Size }),
                    status = item.Status.ToString(), item.Revision, indexNumber = item.IndexNumber?.Text, validity = item.Validity.ToString(),
                    item.ValidityEndedOn, supersedesId = item.SupersedesId?.Value, supersededById = item.SupersededById?.Value,
                    item.FirstPublishAt, item.WithdrawnAt, timeliness = d.Timeliness.ExplanationZh,
                    history = d.History.Select(h => new { h.Sequence, h.Kind, h.At, h.Summary }),
                });
                return CliRunner.Ok;
            }
            var o = LegalTimeCli.Out(parse);
            o.WriteLine(c.Title);
            o.WriteLine($"索引号：{item.IndexNumber?.Text ?? "（审批时编制）"}");
            o.WriteLine($"信息分类：{d.Catalogue.Tree.Find(c.CategoryCode)?.LabelZh ?? c.CategoryCode}");
            o.WriteLine($"发布机构：{c.IssuingAgency}");
            o.WriteLine($"生成日期：{c.GeneratedOn:yyyy-MM-dd}");
            o.WriteLine($"文号：{c.DocumentNumber ?? "无"}");
            o.WriteLine($"状态：{StatusZh(item.Status)}（第{item.Revision}稿）");
            o.WriteLine($"有效性：{ValidityZh(item.Validity)}" + (item.ValidityEndedOn is { } ended ? $"（自 {ended:yyyy-MM-dd} 起）" : ""));
            o.WriteLine($"时效：{d.Timeliness.ExplanationZh}");
            o.WriteLine($"正文：{ItemBody.PlainText(c.Body)}");
            foreach (var a in c.Attachments) o.WriteLine($"附件：{a.FileName}（{a.Size} 字节）");
            foreach (var h in d.History) o.WriteLine($"记录：{h.At.ToOffset(Gongkai.Core.Calendar.ChinaStandardTime.Offset):yyyy-MM-dd HH:mm} {h.Summary}");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command ImportRegister((Option<string?>, Option<string?>, Option<string?>) database)
    {
        var agency = AgencyOption();
        var kind = new Option<string>("--kind")
        {
            Description = "documents (规章、行政规范性文件: 类别,名称,文号,制发日期[,废止日期,修订日期]) or statistics (年度,行政许可,行政处罚,行政强制,收费金额（万元）)",
            Required = true,
        };
        LegalTimeCli.OneOf(kind, "documents", "statistics");
        var file = new Argument<FileInfo>("file") { Description = "UTF-8 CSV or .xlsx with a header row" };
        var command = new Command("import-register", "Imports a register file for table 二, all lines or none (errors name their lines)");
        command.Options.Add(agency);
        command.Options.Add(kind);
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) throw new CliUsageException($"file: {path.FullName} does not exist");
            var content = await File.ReadAllBytesAsync(path.FullName, ct);
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var agencyId = await FindAgencyAsync(parse, session.Services, parse.GetValue(agency)!, ct);
            if (agencyId is null) return CliRunner.Failed;
            var registers = session.Services.GetRequiredService<RegisterBook>();
            // The operator records the agency's own register: a work role in that agency, as its clerk would.
            var scope = new StaffScope(Guid.Empty, Operator, agencyId.Value, [AccountRole.Clerk], []);
            var result = parse.GetValue(kind) == "documents"
                ? await registers.ImportDocumentsAsync(scope, path.Name, content, ct)
                : await registers.ImportStatisticsAsync(scope, path.Name, content, ct);
            if (!result.Succeeded)
            {
                if (result.Error is RegisterImportRefusedError refused)
                {
                    foreach (var line in refused.Lines) parse.InvocationConfiguration.Error.WriteLine(line.ToString());
                    parse.InvocationConfiguration.Error.WriteLine("导入失败，未导入任何数据。");
                    return CliRunner.Failed;
                }
                return Refused(parse, result);
            }
            LegalTimeCli.Out(parse).WriteLine($"已导入 {result.Value} 行。");
            return CliRunner.Ok;
        });
        return command;
    }

    private static string Operator => "cli:" + Environment.UserName;

    private static StaffScope Reader(Guid agencyId) => new(Guid.Empty, Operator, agencyId, [AccountRole.Supervisor], []);

    private static async Task<Guid?> FindAgencyAsync(ParseResult parse, IServiceProvider services, string reference, CancellationToken ct)
    {
        reference = reference.Trim();
        var matches = await services.GetRequiredService<GongkaiDbContext>().Agencies.AsNoTracking()
            .Where(a => a.CreditCode == reference.ToUpperInvariant() || a.Name == reference).Select(a => a.Id).ToListAsync(ct);
        if (matches.Count == 1) return matches[0];
        parse.InvocationConfiguration.Error.WriteLine(matches.Count == 0
            ? $"未找到机关“{reference}”"
            : $"名称为“{reference}”的机关不止一个，请改填其统一社会信用代码");
        return null;
    }

    private static string StatusZh(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "拟稿",
        ItemStatus.AwaitingConfidentialityReview => "待保密审查",
        ItemStatus.AwaitingLeaderApproval => "待分管领导审批",
        ItemStatus.Scheduled => "定时发布",
        ItemStatus.Published => "已发布",
        _ => "已撤回",
    };

    private static string ValidityZh(Validity validity) => validity switch
    {
        Validity.InForce => "有效",
        Validity.Amended => "已修订",
        _ => "已废止",
    };

    private static int Refused(ParseResult parse, IDomainResult result)
    {
        foreach (var e in result.Errors) parse.InvocationConfiguration.Error.WriteLine(e.MessageZh);
        return CliRunner.Failed;
    }
}
