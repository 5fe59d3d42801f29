using System.Text.Json;

namespace Gongkai.Web.Auditing;

/// <summary>One property of an audit entry's "changes": its old and new values as recorded.</summary>
public sealed record AuditChange(string Property, string? Old, string? New)
{
    /// <summary>Reads the <c>{"property": [old, new]}</c> document the audit writer records; anything else is shown as it is.</summary>
    public static IReadOnlyList<AuditChange> Parse(string changes)
    {
        try
        {
            using var document = JsonDocument.Parse(changes);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [new AuditChange("", null, changes)];
            return document.RootElement.EnumerateObject()
                .Select(p => p.Value is { ValueKind: JsonValueKind.Array, } pair && pair.GetArrayLength() == 2
                    ? new AuditChange(p.Name, Text(pair[0]), Text(pair[1]))
                    : new AuditChange(p.Name, null, p.Value.GetRawText()))
                .ToList();
        }
        catch (JsonException)
        {
            return [new AuditChange("", null, changes)];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
