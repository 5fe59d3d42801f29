using System.Collections.Concurrent;
using System.Collections.Frozen;
using Gongkai.Core.Reporting;

namespace Gongkai.Services.Reporting;

/// <summary>The cell ids of one table of a layout, built once per (layout, table): every live report asks each source for them.</summary>
internal static class TableCellIds
{
    private static readonly ConcurrentDictionary<(ReportLayout Layout, ReportTable Table), FrozenSet<string>> Sets = new();

    public static IReadOnlySet<string> Of(ReportLayout layout, ReportTable table) =>
        Sets.GetOrAdd((layout, table), key => key.Layout.Cells.Where(c => c.Table == key.Table).Select(c => c.Id).ToFrozenSet(StringComparer.Ordinal));
}
