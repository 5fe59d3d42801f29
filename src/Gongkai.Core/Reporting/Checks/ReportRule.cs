namespace Gongkai.Core.Reporting.Checks;

/// <summary>Where a rule comes from (report-format.md §6).</summary>
public enum RuleBasis
{
    /// <summary>Written in the format itself.</summary>
    Stated,
    /// <summary>Follows from what the report itself writes: a total row or column, or a total stated beside its parts.</summary>
    Implied,
    /// <summary>Plausibility only.</summary>
    Heuristic,
    /// <summary>Holds for records; cannot be checked on a report file.</summary>
    RecordLevel,
}

/// <summary>
/// 勾稽关系规则: one consistency rule as listed to users (CLI, JSON, docs). <paramref name="Severity"/> is the severity
/// of its findings when the rule is broken; R11 also emits warnings for extra parts.
/// </summary>
public sealed record ReportRule(string Id, RuleBasis Basis, FindingSeverity Severity, string TitleZh, string TitleEn, string Source, bool CrossReport = false);
