using Gongkai.Core.Reporting;

namespace Gongkai.Core.Appeals;

/// <summary>What table 四 needs of one case. Inconsistent facts are a bug of the caller and throw.</summary>
public sealed record AppealFacts
{
    public AppealFacts(AppealKind kind, DateOnly filed, DateOnly? concluded, AppealResult? result)
    {
        if (concluded.HasValue != result.HasValue) throw new ArgumentException("A case has a result exactly when it is concluded.");
        if (concluded < filed) throw new ArgumentException($"Concluded {concluded} before filed {filed}.");
        Kind = kind;
        Filed = filed;
        Concluded = concluded;
        Result = result;
    }

    public AppealKind Kind { get; }
    public DateOnly Filed { get; }
    public DateOnly? Concluded { get; }
    public AppealResult? Result { get; }
}

/// <summary>Table 四 of one year as counted from records: the 15 cells t4.a1 … t4.c5.</summary>
public sealed class AppealTable
{
    private readonly Dictionary<string, int> _cells;

    internal AppealTable(int year, Dictionary<string, int> cells)
    {
        Year = year;
        _cells = cells;
    }

    public int Year { get; }

    /// <summary>Cell id (<c>t4.a1</c> …) → count.</summary>
    public IReadOnlyDictionary<string, int> Cells => _cells;

    public int this[string columnId] => _cells[ReportLayout.AppealCellId(columnId)];

    public void ApplyTo(AnnualReport report)
    {
        foreach (var (id, n) in _cells) report.Set(id, n);
    }
}

/// <summary>
/// 表四统计口径 (report-format.md §5, Gongkai's rule; the format does not say — UNVERIFIED): a case counts in year Y when it was
/// filed in Y or was still open on 1 January of Y. Its cell is its result when concluded in Y, otherwise 尚未审结. x5 is the sum
/// of the group. A case open across a year end therefore counts in both years, so x5(Y) ≥ x4(Y−1) (R9) and R5 hold by construction.
/// </summary>
public static class AppealTableCounter
{
    public static AppealTable Count(IEnumerable<AppealFacts> cases, int year)
    {
        var cells = ReportLayout.F2021.AppealColumns.ToDictionary(c => ReportLayout.AppealCellId(c.Id), _ => 0);
        var first = new DateOnly(year, 1, 1);
        foreach (var c in cases)
        {
            var filedInYear = c.Filed.Year == year;
            var openOnFirstJanuary = c.Filed < first && (c.Concluded is null || c.Concluded >= first);
            if (!filedInYear && !openOnFirstJanuary) continue;
            var result = c.Concluded is { } concluded && concluded.Year == year ? c.Result : null;
            cells[ReportLayout.AppealCellId(c.Kind.ColumnId(result))]++;
            cells[ReportLayout.AppealCellId(c.Kind.TotalColumnId())]++;
        }
        return new AppealTable(year, cells);
    }
}
