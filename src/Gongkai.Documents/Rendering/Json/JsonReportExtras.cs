using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gongkai.Documents.Rendering.Json;

/// <summary>
/// Named JSON values a caller adds to a report's JSON under <c>extras</c>, e.g. <c>"proseFacts"</c> (figures stated in the
/// prose, such as section 一's count of proactively disclosed items). Written in the order added.
/// </summary>
public sealed class JsonReportExtras
{
    private static readonly JsonSerializerOptions DefaultOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly OrderedDictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonNode?> Values => _values;

    /// <summary>Adds (or replaces) a value. The node is copied, so the caller may keep using it.</summary>
    public JsonReportExtras Add(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _values[name] = value?.DeepClone();
        return this;
    }

    /// <summary>Adds an object serialised with camelCase names and enums as camelCase strings (or with the given options).</summary>
    public JsonReportExtras Add<T>(string name, T value, JsonSerializerOptions? options = null) =>
        Add(name, JsonSerializer.SerializeToNode(value, options ?? DefaultOptions));
}
