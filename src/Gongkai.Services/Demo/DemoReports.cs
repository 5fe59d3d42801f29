using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Disclosure.Summary;
using Gongkai.Core.Reporting;
using Gongkai.Services.Disclosure;
using Gongkai.Services.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Services.Demo;

/// <summary>
/// Report time: the registers of each year entered in January, the science bureau's prose as the seed report words it (its
/// section 一（一） sentence generated from the catalogue in the agency's wording), and publication of both 2023 reports before
/// the 31 January deadline (条例第四十九条), which freezes them and locks 2023. The busy agency's 2024 report stays computed.
/// </summary>
internal sealed class DemoReports(DemoSeeder seeder, DemoTimeline timeline)
{
    /// <summary>The science bureau's wording of the sentence (the seed's): what its WeChat posts mostly carry.</summary>
    public static readonly ProactiveSentenceTemplate ScienceSentence = ProactiveSentenceTemplate.Default with
    {
        ChannelDescriptions = new Dictionary<string, string> { [PublicationChannel.WeChatCode] = "日常科技服务、技术培训等" },
    };

    public List<string> Published { get; } = [];

    public void Plan(DemoAgency kjj, DemoAgency zrj)
    {
        timeline.At(DemoDatabase.Start, ct => DocumentAsync(zrj, "红寺堡区闲置土地处置办法", "红自然资发〔2021〕8号", new(2021, 6, 15), ct));
        timeline.At(new(2023, 3, 20), ct => DocumentAsync(zrj, "红寺堡区集体土地征收补偿安置办法", "红自然资发〔2023〕12号", new(2023, 3, 20), ct));
        timeline.At(new(2023, 9, 18), ct => DocumentAsync(zrj, "红寺堡区农村宅基地管理实施细则", "红自然资发〔2023〕35号", new(2023, 9, 18), ct));
        timeline.At(new(2024, 5, 20), async ct =>
        {
            await DocumentAsync(zrj, "红寺堡区国有建设用地供应管理办法", "红自然资发〔2024〕18号", new(2024, 5, 20), ct);
            var repealed = await seeder.StepAsync(zrj.Clerk, "find 〔2021〕8号", async sp =>
            {
                var documents = await sp.GetRequiredService<RegisterBook>().DocumentsAsync(zrj.Clerk.Scope, zrj.Id, ct);
                return documents.Map(list => list.Single(d => d.Entry.DocumentNumber == "红自然资发〔2021〕8号").Id);
            }, ct);
            await seeder.StepAsync(zrj.Clerk, "repeal 〔2021〕8号", sp => sp.GetRequiredService<RegisterBook>().RepealDocumentAsync(zrj.Clerk.Scope, repealed, new(2024, 5, 20), ct), ct);
        });

        // 执法统计 and fees of each year, entered in the first days of January.
        timeline.At(new(2024, 1, 8), async ct =>
        {
            await StatisticsAsync(kjj, 2023, 0, 0, 0, ct);
            await StatisticsAsync(zrj, 2023, 126, 37, 5, ct);
        });
        timeline.At(new(2025, 1, 8), async ct =>
        {
            await StatisticsAsync(kjj, 2024, 0, 0, 0, ct);
            await StatisticsAsync(zrj, 2024, 141, 29, 3, ct);
        });

        timeline.At(new(2024, 1, 15), ct => ScienceProseAsync(kjj, ct));
        timeline.At(new(2024, 1, 19), ct => PublishAsync(kjj, 2023, ct));
        timeline.At(new(2024, 1, 26), ct => PublishAsync(zrj, 2023, ct));
    }

    private Task DocumentAsync(DemoAgency agency, string title, string number, DateOnly issuedOn, CancellationToken ct) =>
        seeder.StepAsync(agency.Clerk, $"register {number}", sp => sp.GetRequiredService<RegisterBook>()
            .AddDocumentAsync(agency.Clerk.Scope, NormativeDocumentKind.NormativeDocument, title, number, issuedOn, null, null, ct), ct);

    private Task StatisticsAsync(DemoAgency agency, int year, long licensing, long penalty, long enforcement, CancellationToken ct) =>
        seeder.StepAsync(agency.Clerk, $"statistics {agency.Name} {year}", sp => sp.GetRequiredService<RegisterBook>()
            .SetStatisticsAsync(agency.Clerk.Scope, year, licensing, penalty, enforcement, 0, ct), ct);

    private async Task ScienceProseAsync(DemoAgency kjj, CancellationToken ct)
    {
        var year = await seeder.StepAsync(kjj.Clerk, "proactive statistics 2023", sp => sp.GetRequiredService<ProactiveStatistics>()
            .ComputeAsync(kjj.Clerk.Scope, kjj.Id, 2023, ReportFormat.F2021, ct), ct);
        var sentence = year.Summary.Sentence(ScienceSentence);
        if (!sentence.Succeeded) throw new DemoStepFailedException("proactive sentence", sentence.Errors);
        foreach (var (section, text) in SeedProse.Sections(sentence.Value))
            await seeder.StepAsync(kjj.Clerk, $"prose {section}", sp => sp.GetRequiredService<ReportProseEditor>()
                .SaveAsync(kjj.Clerk.Scope, kjj.Id, 2023, section, text, ct), ct);
    }

    private async Task PublishAsync(DemoAgency agency, int year, CancellationToken ct)
    {
        var published = await seeder.StepAsync(agency.Leader, $"publish {agency.Name} {year}", sp => sp.GetRequiredService<ReportPublisher>()
            .PublishAsync(agency.Leader.Scope, agency.Id, year, ct), ct);
        Published.Add($"{agency.Name} {year}（SHA-256 {published.ContentSha256[..12]}…）");
    }
}
