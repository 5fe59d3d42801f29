using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;

namespace Gongkai.Services.ReportChecking;

// The JSON shapes of a check's reading problems and findings. The same shapes are stored with the check (so it reopens
// exactly as it was made, whatever later versions of the reader or the rules would say) and served by the API. They are
// kept apart from the Core types so that renaming a Core member never makes stored checks unreadable. The report itself is
// stored in the project's report JSON (docs/report-json.md), written by JsonReportWriter and read back by JsonReportReader.

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
