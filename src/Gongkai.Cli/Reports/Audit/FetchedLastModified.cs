using Gongkai.Core.Calendar;
using Gongkai.Core.Reporting.Publication;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>
/// The HTTP Last-Modified <c>report fetch</c> records beside a downloaded file (<c>FILE.last-modified</c>, an ISO date in
/// China Standard Time). The weakest publication date: a server may report when the file was last touched.
/// </summary>
internal static class FetchedLastModified
{
    public const string Suffix = ".last-modified";

    public static PublicationDate? Read(string reportPath, int? reportYear)
    {
        var path = reportPath + Suffix;
        if (!File.Exists(path)) return null;
        return ChineseDates.ParseIso(File.ReadAllText(path).Trim()) is { } date && (reportYear is not { } y || date.Year > y)
            ? new PublicationDate(date, PublicationDateSource.LastModified)
            : null;
    }

    public static void Write(string reportPath, DateTimeOffset lastModified) =>
        File.WriteAllText(reportPath + Suffix, ChineseDates.Iso(ChinaStandardTime.DateOf(lastModified)) + "\n");
}
