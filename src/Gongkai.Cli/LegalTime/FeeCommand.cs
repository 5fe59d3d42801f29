using System.CommandLine;
using Gongkai.Core.Requests.Fees;

namespace Gongkai.Cli.LegalTime;

/// <summary>
/// <c>gongkai fee --method piece|page --count N</c>: the 信息处理费 of one application, in whole 元 on the first line, then the
/// itemisation. Exemptions come from <c>DATA_DIR/fees/exemptions.csv</c> (<c>code,name,percent</c>); none exist by default.
/// </summary>
internal static class FeeCommand
{
    public static Command Build()
    {
        var method = new Option<string>("--method") { Description = "piece (按件计收) or page (按量计收)", Required = true };
        LegalTimeCli.OneOf(method, "piece", "page");
        var count = new Option<int>("--count") { Description = "piece: the 件 in this application; page: its pages", Required = true };
        var earlier = new Option<int>("--earlier-this-month") { Description = "piece: the applicant's 件 already received this calendar month (ignored for pages)" };
        var exemption = new Option<string?>("--exemption") { Description = "Code of an exemption configured in DATA_DIR/fees/exemptions.csv" };
        var dataDir = LegalTimeCli.DataDirOption();
        var json = LegalTimeCli.JsonOption();

        var command = new Command("fee", "Information processing fee (信息处理费) of one application, itemised by band");
        foreach (var o in new Option[] { method, count, earlier, exemption, dataDir, json }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var m = parse.GetValue(method) == "piece" ? FeeMethod.PerPiece : FeeMethod.PerPage;
            FeeExemption? exempt = null;
            if (parse.GetValue(exemption) is { } code)
            {
                var (found, error) = LoadExemptions(parse.GetValue(dataDir)!).Find(code);
                exempt = found ?? throw new CliUsageException("--exemption: " + error!.MessageZh);
            }
            var earlierCount = parse.GetValue(earlier);
            var result = ProcessingFee.Compute(m, parse.GetValue(count), earlierCount, exempt);
            if (!result.IsValid) throw new CliUsageException(result.Errors[0].MessageZh);
            var q = result.Quote!;
            var ignored = m == FeeMethod.PerPage && earlierCount != 0;

            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, new
                {
                    method = m == FeeMethod.PerPiece ? "piece" : "page",
                    count = q.Count,
                    earlierThisMonth = q.EarlierThisMonth,
                    lines = q.Lines.Select(l => new { from = l.FromUnit, to = l.ToUnit, units = l.Units, yuanPerUnit = l.YuanPerUnit, amount = l.Amount, tier = l.TierZh }),
                    gross = q.Gross,
                    exemption = q.Exemption,
                    reduction = q.Reduction,
                    total = q.Total,
                    explanation = q.ExplanationZh,
                });
                return CliRunner.Ok;
            }
            var o = LegalTimeCli.Out(parse);
            o.WriteLine(q.Total);
            foreach (var line in q.ExplanationZh) o.WriteLine(line);
            if (ignored) o.WriteLine("按量计收按单件申请的页数计算，不累计本月件数（已忽略 --earlier-this-month）");
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Reads <c>fees/exemptions.csv</c>: header <c>code,name,percent</c>, one exemption a line.</summary>
    internal static FeeExemptionPolicy LoadExemptions(string dataDir)
    {
        var path = Path.Combine(dataDir, "fees", "exemptions.csv");
        if (!File.Exists(path)) return FeeExemptionPolicy.None;
        var list = new List<FeeExemption>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || (i == 0 && line.StartsWith("code,", StringComparison.OrdinalIgnoreCase))) continue;
            var f = line.Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length != 3 || f[0].Length == 0 || !int.TryParse(f[2], out var pct) || pct is < 1 or > 100)
                throw new CliUsageException($"{path}:{i + 1}: expected code,name,percent with percent 1–100");
            list.Add(new FeeExemption(f[0], f[1], pct));
        }
        return new FeeExemptionPolicy(list);
    }
}
