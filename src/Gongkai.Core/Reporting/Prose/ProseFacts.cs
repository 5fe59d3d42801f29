using System.Buffers;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// 文字部分事实: what a report's prose states, per section — the entry point renderers (JSON) and checks (R8, R12, P1) use.
/// </summary>
public static partial class ProseFacts
{
    /// <summary>The sections written as prose (二、三、四 hold the tables).</summary>
    public static IReadOnlyList<SectionId> ProseSections => ProseSectionIds;

    private static readonly SectionId[] ProseSectionIds = [SectionId.Overview, SectionId.ProblemsAndImprovements, SectionId.OtherMatters];

    /// <summary>
    /// The sections read for numbers about this year's applications, appeals and fees (R8, R12): 一、总体情况 and 六、其他需要报告的事项.
    /// 五 is left out: it discusses problems and their history, where numbers of other years are common.
    /// </summary>
    public static IReadOnlyList<SectionId> StatementSections => StatementSectionIds;

    private static readonly SectionId[] StatementSectionIds = [SectionId.Overview, SectionId.OtherMatters];

    public static ProseAnalysis Analyze(AnnualReport report, IEnumerable<SectionId> sections)
    {
        // One set of lists filled section by section (the same order as concatenating each section's analysis).
        var result = ProseAnalysis.Lists();
        foreach (var id in sections)
            if (report.Sections.TryGetValue(id, out var section) && section.Body.Length > 0)
                ProseAnalyzer.AnalyzeInto(section.Body, id, report.Year, breakdownsOnly: false, result);
        return result;
    }

    /// <summary>
    /// What the checks use (P1, R8, R12): the breakdowns of every prose section, and the statements, denials and fees of the
    /// <see cref="StatementSections"/> only — R8 and R12 read no others, so section 五 is read for its breakdowns alone.
    /// </summary>
    internal static ProseAnalysis ForChecks(AnnualReport report)
    {
        var result = ProseAnalysis.Lists();
        // The bodies first, then all read with one buffer (a rent and a return per section were a fixed cost).
        Span<string?> bodies = [ProseBody(report, ProseSectionIds[0]), ProseBody(report, ProseSectionIds[1]), ProseBody(report, ProseSectionIds[2])];
        int longest = 0;
        foreach (var body in bodies) longest = Math.Max(longest, body?.Length ?? 0);
        if (longest == 0) return result;
        char[] buffer = ArrayPool<char>.Shared.Rent(longest);
        try
        {
            for (int i = 0; i < bodies.Length; i++)
                if (bodies[i] is { } body)
                    ProseAnalyzer.AnalyzeInto(body, ProseSectionIds[i], report.Year, breakdownsOnly: !IsStatementSection(ProseSectionIds[i]), result, buffer);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return result;
    }

    private static string? ProseBody(AnnualReport report, SectionId id) =>
        report.Sections.TryGetValue(id, out var section) && section.Body.Length > 0 ? section.Body : null;

    /// <summary>Whether <paramref name="section"/> is one of the <see cref="StatementSections"/>.</summary>
    internal static bool IsStatementSection(SectionId section) => Array.IndexOf(StatementSectionIds, section) >= 0;

    /// <summary>Numbers the prose states about applications, outcomes and appeals, including zeros read from denials.</summary>
    public static IReadOnlyList<ProseStatement> Statements(AnnualReport report) => Analyze(report, StatementSections).Statements;

    /// <summary>Every stated total with listed parts, in any prose section.</summary>
    public static IReadOnlyList<ProseBreakdown> Breakdowns(AnnualReport report) => Analyze(report, ProseSections).Breakdowns;

    /// <summary>
    /// Section 一's stated number of proactively disclosed items (e.g. SEED: 225 with nine parts), or null when none is stated.
    /// A total stated without a list of parts comes back with no parts.
    /// </summary>
    public static ProseBreakdown? ProactiveItems(AnnualReport report)
    {
        var overview = Analyze(report, [SectionId.Overview]);
        var listed = overview.Breakdowns.FirstOrDefault(b => ProactiveTotal().IsMatch(b.TotalLabel));
        if (listed is not null) return listed;
        var stated = overview.Statements.FirstOrDefault(s => s.Quantity == ProseQuantity.ProactiveItems);
        return stated is null ? null
            : new ProseBreakdown(SectionId.Overview, stated.Quote, stated.Count, stated.Unit, [], false, stated.Approximate, stated.Quote);
    }

    [GeneratedRegex("主动公开|公布|发布")]
    private static partial Regex ProactiveTotal();
}
