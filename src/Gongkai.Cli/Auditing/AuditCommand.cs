using System.CommandLine;
using Gongkai.Cli.Hosting;
using Gongkai.Cli.LegalTime;
using Gongkai.Services.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Auditing;

/// <summary><c>gongkai audit verify</c>: walks the audit chain; exit 0 intact, 1 naming the first broken entry.</summary>
internal static class AuditCommand
{
    public static Command Build()
    {
        var group = new Command("audit", "The tamper-evident audit log (审计日志)");
        var database = CliDatabase.AddOptions(group);
        var verify = new Command("verify", "Checks every entry's hash and link; exit 1 names the first broken entry");
        verify.SetAction(async (parse, ct) =>
        {
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var result = await session.Services.GetRequiredService<AuditLog>().VerifyAsync(ct);
            if (result.FirstBreak is { } broken)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"审计日志已被篡改：第{broken.Sequence}条 — {broken.ReasonZh}（此前 {result.EntriesChecked} 条完好）");
                return CliRunner.Failed;
            }
            LegalTimeCli.Out(parse).WriteLine($"审计日志完整：共 {result.EntriesChecked} 条，末条哈希 {result.HeadHash ?? "（空）"}");
            return CliRunner.Ok;
        });
        group.Subcommands.Add(verify);
        return group;
    }
}
