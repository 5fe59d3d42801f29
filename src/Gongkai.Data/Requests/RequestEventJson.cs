using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Data.Requests;

/// <summary>
/// Stores Core's <see cref="RequestEvent"/>s as JSON and reads them back, so that <see cref="DisclosureRequest.FromHistory"/>
/// rebuilds exactly the request that was saved. The event's type name is its <c>Kind</c> column; the payload is the whole
/// event. Applicant and requested information are written as the data typed in and re-validated through Core's factories
/// on reading (they have no public constructors: Core owns what a valid applicant is).
/// </summary>
public static class RequestEventJson
{
    private static readonly Dictionary<string, Type> Kinds = typeof(RequestEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(RequestEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            IgnoreReadOnlyProperties = true,
            IgnoreReadOnlyFields = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new RequestIdConverter());
        options.Converters.Add(new ApplicantConverter());
        options.Converters.Add(new RequestedInformationConverter());
        return options;
    }

    /// <summary>The event's kind (its type name) and JSON payload.</summary>
    public static (string Kind, string Payload) Write(RequestEvent e) => (e.GetType().Name, JsonSerializer.Serialize(e, e.GetType(), Options));

    public static RequestEvent Read(string kind, string payload)
    {
        if (!Kinds.TryGetValue(kind, out var type)) throw new InvalidOperationException($"Unknown request event kind '{kind}'.");
        return (RequestEvent)(JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"Empty payload for request event '{kind}'."));
    }

    private sealed class RequestIdConverter : JsonConverter<RequestId>
    {
        public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed record ApplicantData(ApplicantKind Kind, string Name, IdentityData Document, ApplicantContact Contact);

    private sealed record IdentityData(string Type, OtherDocumentType? OtherType, string Number);

    private sealed record InformationData(string? Title, string? DocumentNumber, string? Description, InformationForm Form, DeliveryMethod Delivery);

    // Numbers were validated at intake; the birth-date-in-the-future check is meaningless when reading back.
    private static readonly DateOnly FarFuture = new(9000, 1, 1);

    private sealed class ApplicantConverter : JsonConverter<Applicant>
    {
        public override Applicant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var data = JsonSerializer.Deserialize<ApplicantData>(ref reader, Plain)!;
            var document = data.Document.Type switch
            {
                "resident-id" => IdentityDocuments.ResidentId(data.Document.Number, FarFuture),
                "credit-code" => IdentityDocuments.CreditCode(data.Document.Number),
                _ => IdentityDocuments.Other(data.Document.OtherType ?? OtherDocumentType.Other, data.Document.Number),
            };
            return Applicant.Create(data.Kind, data.Name, document.Value, data.Contact).Value;
        }

        public override void Write(Utf8JsonWriter writer, Applicant value, JsonSerializerOptions options)
        {
            var (type, other, number) = Identity(value.Document);
            JsonSerializer.Serialize(writer, new ApplicantData(value.Kind, value.Name, new IdentityData(type, other, number), value.Contact), Plain);
        }
    }

    /// <summary>The stored type keyword, the kind of other document and the number of an identity document.</summary>
    public static (string Type, OtherDocumentType? OtherType, string Number) Identity(IdentityDocument document) => document switch
    {
        ResidentIdCard id => ("resident-id", null, id.Number.Value),
        CreditCode code => ("credit-code", null, code.Code.Value),
        OtherIdentityDocument other => ("other", other.Type, other.Number),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    private sealed class RequestedInformationConverter : JsonConverter<RequestedInformation>
    {
        public override RequestedInformation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var d = JsonSerializer.Deserialize<InformationData>(ref reader, Plain)!;
            return RequestedInformation.Create(d.Title, d.DocumentNumber, d.Description, d.Form, d.Delivery).Value;
        }

        public override void Write(Utf8JsonWriter writer, RequestedInformation value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new InformationData(value.Title, value.DocumentNumber, value.Description, value.Form, value.Delivery), Plain);
    }

    private static readonly JsonSerializerOptions Plain = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
