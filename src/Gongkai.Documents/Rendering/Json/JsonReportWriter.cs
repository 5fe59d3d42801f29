using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering.Json;

/// <summary>
/// Writes an annual report (政府信息公开工作年度报告) as JSON (schema in docs/report-json.md): stable English names with the
/// official Chinese labels alongside, the three tables as labelled views, and <c>cells</c> holding every cell of the layout
/// under its id (null = not read). Chinese is written as is; numbers as JSON numbers with the decimals stored.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnnualReport report, IReadOnlyList<ReportFinding>? findings = null, JsonReportExtras? extras = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonReportSchema.Name);
            w.WriteNumber("schemaVersion", JsonReportSchema.Version);
            w.WriteString("format", JsonReportSchema.FormatName(report.Format));
            w.WriteString("formatLabel", JsonReportSchema.FormatLabel(report.Format));
            w.WriteString("agency", report.AgencyName);
            if (report.Year is int year) w.WriteNumber("year", year); else w.WriteNull("year");
            w.WriteString("title", report.Title);
            w.WriteString("preamble", report.Preamble);
            if (report.PublishedOn is DateOnly published)
                w.WriteString("publishedOn", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else w.WriteNull("publishedOn");

            WriteSections(w, report);
            w.WriteStartObject("tables");
            WriteProactiveTable(w, report);
            WriteRequestTable(w, report);
            WriteAppealTable(w, report);
            w.WriteEndObject();
            WriteCells(w, report);
            WriteReadingNotes(w, report);
            WriteFindings(w, findings ?? []);

            w.WriteStartObject("extras");
            if (extras is not null)
                foreach (var (name, value) in extras.Values)
                {
                    w.WritePropertyName(name);
                    if (value is null) w.WriteNullValue(); else value.WriteTo(w);
                }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSections(Utf8JsonWriter w, AnnualReport report)
    {
        w.WriteStartArray("sections");
        foreach (var definition in report.Layout.Sections)
        {
            if (!report.Sections.TryGetValue(definition.Id, out var section)) continue;
            w.WriteStartObject();
            w.WriteString("id", JsonReportSchema.SectionKey(definition.Id));
            w.WriteString("heading", definition.Heading);
            w.WriteString("headingAsWritten", section.Heading);
            w.WriteString("body", section.Body);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteProactiveTable(Utf8JsonWriter w, AnnualReport report)
    {
        var layout = report.Layout;
        w.WriteStartObject("table2");
        w.WriteString("heading", layout.Section(SectionId.ProactiveDisclosure).Heading);
        w.WriteStartArray("blocks");
        foreach (var block in layout.ProactiveBlocks)
        {
            w.WriteStartObject();
            w.WriteString("id", block.Id);
            w.WriteString("caption", block.Caption);
            w.WriteString("contentLabel", ProactiveBlock.ContentHeading);
            w.WriteStartArray("columns");
            foreach (var col in block.Columns)
            {
                w.WriteStartObject();
                w.WriteString("id", col.Key);
                w.WriteString("label", col.Label);
                w.WriteString("type", JsonReportSchema.ValueTypeName(col.Type));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in block.Rows)
            {
                w.WriteStartObject();
                w.WriteString("id", row);
                w.WriteString("label", row);
                w.WriteStartObject("cells");
                foreach (var col in block.Columns)
                {
                    w.WritePropertyName(col.Key);
                    WriteValue(w, report[ReportLayout.ProactiveCellId(row, col.Key)]);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRequestTable(Utf8JsonWriter w, AnnualReport report)
    {
        var layout = report.Layout;
        w.WriteStartObject("table3");
        w.WriteString("heading", layout.Section(SectionId.Requests).Heading);
        w.WriteString("note", ReportLayout.RequestTableNote);
        w.WriteString("columnGroup", ReportLayout.ApplicantGroupLabel);
        w.WriteStartArray("columns");
        foreach (var col in layout.RequestColumns)
        {
            w.WriteStartObject();
            w.WriteString("id", col.Id);
            w.WriteString("label", col.Label);
            w.WriteString("group", col.GroupLabel);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in layout.RequestRows)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Id);
            w.WriteString("label", row.Label);
            w.WriteString("kind", JsonReportSchema.RowKindName(row.Kind));
            w.WriteString("parent", row.ParentId);
            if (row.HasCells)
            {
                w.WriteStartObject("cells");
                foreach (var col in layout.RequestColumns)
                {
                    w.WritePropertyName(col.Id);
                    WriteValue(w, report[ReportLayout.RequestCellId(row.Id, col.Id)]);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAppealTable(Utf8JsonWriter w, AnnualReport report)
    {
        var layout = report.Layout;
        w.WriteStartObject("table4");
        w.WriteString("heading", layout.Section(SectionId.Appeals).Heading);
        w.WriteStartArray("columns");
        foreach (var col in layout.AppealColumns)
        {
            w.WriteStartObject();
            w.WriteString("id", col.Id);
            w.WriteString("group", col.Group);
            w.WriteString("subgroup", col.SubGroup);
            w.WriteString("label", col.Label);
            w.WritePropertyName("value");
            WriteValue(w, report[ReportLayout.AppealCellId(col.Id)]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCells(Utf8JsonWriter w, AnnualReport report)
    {
        var cells = report.Layout.Cells;
        w.WriteStartObject("cells");
        foreach (var cell in cells)
        {
            w.WritePropertyName(cell.Id);
            WriteValue(w, report[cell.Id]);
        }
        w.WriteEndObject();

        w.WriteStartObject("cellKinds");
        foreach (var cell in cells)
            if (report[cell.Id] is { IsNumber: false } value)
                w.WriteString(cell.Id, CellKindNames.Of(value.Kind));
        w.WriteEndObject();

        w.WriteStartObject("ambiguous");
        foreach (var cell in cells)
        {
            if (!report.AmbiguousCells.TryGetValue(cell.Id, out var candidates)) continue;
            w.WriteStartArray(cell.Id);
            foreach (var candidate in candidates) w.WriteNumberValue(candidate);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteReadingNotes(Utf8JsonWriter w, AnnualReport report)
    {
        w.WriteStartArray("absentLabels");
        foreach (var label in report.AbsentLabels) w.WriteStringValue(label);
        w.WriteEndArray();
        w.WriteStartArray("extraParts");
        foreach (var extra in report.Extras)
        {
            w.WriteStartObject();
            w.WriteNumber("table", (int)extra.Table);
            w.WriteString("label", extra.Label);
            w.WriteString("location", extra.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<ReportFinding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", finding.RuleId);
            w.WriteString("severity", JsonReportSchema.SeverityName(finding.Severity));
            w.WriteStartArray("cells");
            foreach (var cell in finding.Cells)
            {
                w.WriteStartObject();
                w.WriteNumber("table", (int)cell.Table);
                w.WriteString("row", cell.RowId.Length == 0 ? null : cell.RowId);
                w.WriteString("column", cell.ColumnId);
                w.WriteString("id", cell.CellId);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("expected", finding.Expected);
            w.WriteString("found", finding.Found);
            w.WriteString("messageZh", finding.MessageZh);
            w.WriteString("messageEn", finding.MessageEn);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A number as a JSON number (decimals as stored), blank/dash/不适用 as the text written, not read as null.</summary>
    private static void WriteValue(Utf8JsonWriter w, CellValue? value)
    {
        if (value is not CellValue v) w.WriteNullValue();
        else if (v.IsNumber) w.WriteNumberValue(v.Number);
        else w.WriteStringValue(v.Text ?? "");
    }
}
