using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Gongkai.Core;
using Gongkai.Services.Errors;
using Gongkai.Services.Requests;

namespace Gongkai.Web.Requests;

public sealed record MalformedStepError(string Step) : DomainError("malformed-step",
    $"办理步骤“{Step}”的填写内容格式不正确", $"the fields of step '{Step}' are malformed"), IInvalidInputError;

/// <summary>Turns a step name and its fields (a JSON body or an HTML form) into the <see cref="RequestCommand"/> it names.</summary>
internal static class RequestCommandBinder
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    public static DomainResult<RequestCommand> FromJson(string step, JsonNode? body)
    {
        if (RequestCommands.TypeOf(step) is not { } type) return new UnknownRequestStepError(step);
        try
        {
            var command = (RequestCommand?)(body ?? new JsonObject()).Deserialize(type, Json);
            return command is null ? new MalformedStepError(step) : command;
        }
        catch (JsonException)
        {
            return new MalformedStepError(step);
        }
    }

    /// <summary>Empty form fields are left out (= not given), so optional numbers and dates stay null.</summary>
    public static DomainResult<RequestCommand> FromForm(string step, IFormCollection form)
    {
        var body = new JsonObject();
        foreach (var (key, value) in form)
        {
            if (key.StartsWith("__", StringComparison.Ordinal) || key == "step" || string.IsNullOrWhiteSpace(value)) continue;
            body[key] = value.ToString();
        }
        return FromJson(step, body);
    }
}
