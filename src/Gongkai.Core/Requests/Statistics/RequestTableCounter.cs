using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Statistics;

/// <summary>Table 三 of one year as counted from records: every cell of the format, numbers only.</summary>
public sealed class RequestTable
{
    private readonly Dictionary<string, int> _cells;

    internal RequestTable(int year, ReportFormat format, Dictionary<string, int> cells)
    {
        Year = year;
        Format = format;
        _cells = cells;
    }

    public int Year { get; }
    public ReportFormat Format { get; }

    /// <summary>Cell id (<c>t3.r1.c1</c> …) → count, for every table-三 cell of <see cref="Format"/>.</summary>
    public IReadOnlyDictionary<string, int> Cells => _cells;

    public int this[string rowId, string columnId] => _cells[ReportLayout.RequestCellId(rowId, columnId)];

    /// <summary>Writes every table-三 cell into <paramref name="report"/> (which must be of the same format).</summary>
    public void ApplyTo(AnnualReport report)
    {
        if (report.Format != Format) throw new ArgumentException($"The report is in {report.Format}, the table in {Format}.", nameof(report));
        foreach (var (id, n) in _cells) report.Set(id, n);
    }
}

/// <summary>
/// 表三统计口径 — the reference semantics of table 三 (report-format.md §4.3) that the SQL statistics must reproduce:
/// <list type="bullet">
/// <item>r1: received (条例第三十一条 date) in the year;</item>
/// <item>r2: received before 1 January and not concluded before it (= r4 of the year before);</item>
/// <item>r3.x: concluded in the year, in the row of its one outcome (a deemed withdrawal is concluded on the first working day
/// after its correction period — that date is already the conclusion date of the facts);</item>
/// <item>r4: received by 31 December and not concluded by then;</item>
/// <item>each request in the column of its applicant kind; c7 and r3.7 are the sums.</item>
/// </list>
/// R1 (r1 + r2 = r3.7 + r4), R2, R3 and R7 (r2(Y) = r4(Y−1)) hold by construction.
/// </summary>
public static class RequestTableCounter
{
    /// <summary>Counts in the format the year's report is due in (the trial format for 2019 and 2020).</summary>
    public static RequestTable Count(IEnumerable<RequestFacts> requests, int year) =>
        Count(requests, year, ReportLayout.FormatForYear(year));

    public static RequestTable Count(IEnumerable<RequestFacts> requests, int year, ReportFormat format)
    {
        var layout = ReportLayout.For(format);
        var cells = layout.Cells.Where(c => c.Table == ReportTable.Requests).ToDictionary(c => c.Id, _ => 0);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        void Add(string rowId, ApplicantKind kind)
        {
            cells[ReportLayout.RequestCellId(rowId, kind.ColumnId())]++;
            cells[ReportLayout.RequestCellId(rowId, "c7")]++;
        }

        foreach (var r in requests)
        {
            if (r.Received.Year == year) Add("r1", r.Kind);
            if (r.OpenAtStartOf(first)) Add("r2", r.Kind);
            if (r.Concluded is { } concluded && concluded.Year == year)
            {
                Add(r.Outcome!.Value.Info().RowIdIn(format), r.Kind);
                Add("r3.7", r.Kind);
            }
            if (r.OpenAtEndOf(last)) Add("r4", r.Kind);
        }
        return new RequestTable(year, format, cells);
    }
}
