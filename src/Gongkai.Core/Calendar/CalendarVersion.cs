using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Core.Calendar;

/// <summary>
/// 日历版本: identifies the exact holiday data a deadline was computed with. <see cref="Hash"/> is the first 8 hex digits of the
/// SHA-256 of the sorted rows, so two calendars with the same rows have the same version wherever they were built.
/// Printed as covered years plus hash, e.g. <c>2019-2026@3f9a01bc</c>.
/// </summary>
public sealed record CalendarVersion(string Hash, IReadOnlyList<int> CoveredYears, int LocalDays)
{
    public string CoveredYearsText => YearRanges(CoveredYears);

    public override string ToString() => $"{(CoveredYears.Count == 0 ? "none" : CoveredYearsText)}@{Hash}";

    internal static CalendarVersion Of(IReadOnlyList<CalendarEntry> sortedEntries, IReadOnlyList<int> coveredYears)
    {
        var canonical = string.Join('\n', sortedEntries.Select(CalendarCsv.Describe));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        var hash = Convert.ToHexStringLower(digest.AsSpan(0, 4));
        return new CalendarVersion(hash, coveredYears, sortedEntries.Count(e => e.IsLocal));
    }

    /// <summary>"2019-2026", "2019-2024,2026".</summary>
    public static string YearRanges(IEnumerable<int> years)
    {
        var parts = new List<string>();
        int? start = null, prev = null;
        foreach (var y in years.Order())
        {
            if (prev is not null && y == prev + 1) { prev = y; continue; }
            if (start is not null) parts.Add(start == prev ? $"{start}" : $"{start}-{prev}");
            start = prev = y;
        }
        if (start is not null) parts.Add(start == prev ? $"{start}" : $"{start}-{prev}");
        return string.Join(',', parts);
    }

    // The record's generated equality would compare the year list by reference.
    public bool Equals(CalendarVersion? other) => other is not null && Hash == other.Hash;

    public override int GetHashCode() => Hash.GetHashCode(StringComparison.Ordinal);
}
