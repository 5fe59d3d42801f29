using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;

namespace Gongkai.Services.ReportChecking;

// The JSON shapes of a check's result. The same shapes are stored with the check (so it reopens exactly as it was made,
// whatever later versions of the reader or the rules would say) and served by the API. They are kept apart from the
// Core types so that renaming a Core member never makes stored checks unreadable.

/// <summary>The report as read: format, metadata, sections and every cell found, keyed by cell id (report-format.md §9).</summary>
public sealed record ReportDocument(
    ReportFormat Format,
    string? AgencyName,
    int? Year,
    string? Title,
    string? Preamble,
    DateOnly? PublishedOn,
    IReadOnlyList<SectionDocument> Sections,
    IReadOnlyDictionary<string, CellDocument> Cells,
    IReadOnlyDictionary<string, IReadOnlyList<decimal>> AmbiguousCells,
    IReadOnlyList<string> AbsentLabels,
    IReadOnlyList<ExtraPartDocument> Extras)
{
    public static ReportDocument From(AnnualReport report) => new(
        report.Format, report.AgencyName, report.Year, report.Title, report.Preamble, report.PublishedOn,
        [.. report.Sections.Values.OrderBy(s => s.Id).Select(s => new SectionDocument(s.Id, s.Heading, s.Body))],
        report.Layout.Cells.Where(c => report.Cells.ContainsKey(c.Id))
            .ToDictionary(c => c.Id, c => CellDocument.From(report.Cells[c.Id]), StringComparer.Ordinal),
        report.AmbiguousCells.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        [.. report.AbsentLabels],
        [.. report.Extras.Select(e => new ExtraPartDocument(e.Table, e.Label, e.Location))]);

    /// <summary>The report model again, for rendering.</summary>
    public AnnualReport ToReport()
    {
        var report = new AnnualReport(Format)
        {
            AgencyName = AgencyName, Year = Year, Title = Title, Preamble = Preamble, PublishedOn = PublishedOn,
        };
        foreach (var section in Sections) report.SetSection(section.Id, section.Body, section.Heading);
        foreach (var (id, cell) in Cells) report.Set(id, cell.ToValue());
        foreach (var (id, candidates) in AmbiguousCells) report.SetAmbiguous(id, candidates);
        report.AbsentLabels.AddRange(AbsentLabels);
        report.Extras.AddRange(Extras.Select(e => new ExtraPart(e.Table, e.Label, e.Location)));
        return report;
    }
}

public sealed record SectionDocument(SectionId Id, string Heading, string Body);

/// <summary>A cell as stated: a number, or a blank / dash / 不适用 with the text written.</summary>
public sealed record CellDocument(CellKind Kind, decimal? Number, string? Text)
{
    public static CellDocument From(CellValue value) =>
        value.IsNumber ? new(value.Kind, value.Number, null) : new(value.Kind, null, value.Text);

    public CellValue ToValue() => Kind switch
    {
        CellKind.Number => CellValue.Of(Number ?? 0),
        CellKind.Blank => CellValue.Blank,
        CellKind.Dash => CellValue.DashOf(Text ?? ""),
        _ => CellValue.NotApplicableOf(Text ?? ""),
    };
}

public sealed record ExtraPartDocument(ReportTable Table, string Label, string? Location);

/// <summary>Something the reader could not read (<see cref="ReadProblem"/>).</summary>
public sealed record ProblemDocument(ReadProblemKind Kind, string Part, int? Line, string MessageZh, string MessageEn)
{
    public static ProblemDocument From(ReadProblem p) => new(p.Kind, p.Part, p.Line, p.MessageZh, p.MessageEn);
}

/// <summary>A consistency finding (<see cref="ReportFinding"/>).</summary>
public sealed record FindingDocument(
    string RuleId, FindingSeverity Severity, FindingKind Kind, IReadOnlyList<CellRefDocument> Cells, string? Expected, string? Found,
    string MessageZh, string MessageEn)
{
    public static FindingDocument From(ReportFinding f) => new(
        f.RuleId, f.Severity, f.Kind, [.. f.Cells.Select(c => new CellRefDocument(c.Table, c.RowId, c.ColumnId, c.CellId))],
        f.Expected, f.Found, f.MessageZh, f.MessageEn);
}

public sealed record CellRefDocument(ReportTable Table, string RowId, string ColumnId, string CellId);

/// <summary>The serializer settings of the stored documents (and of the API, which serves the same shapes).</summary>
public static class ReportCheckJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        // Stored, not embedded in HTML: keep Chinese readable and compact.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Applies the shared settings (enums by name, nulls omitted) to a host's serializer options.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");
}
