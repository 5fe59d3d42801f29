using Gongkai.Core.Identifiers;
using Serilog.Events;
using Serilog.Parsing;

namespace Gongkai.Web.Logging;

/// <summary>
/// Rewrites a log event so that no ID number or telephone number survives in it: the message template's text, every
/// string (or number) property at any depth, and the exception. An event without personal data is returned as it is.
/// </summary>
internal static class PersonalDataMasking
{
    private static readonly MessageTemplateParser Parser = new();

    public static LogEvent Mask(LogEvent logEvent)
    {
        var template = logEvent.MessageTemplate.Text;
        var maskedTemplate = PersonalDataText.Mask(template);
        var changed = !ReferenceEquals(template, maskedTemplate);

        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var masked = Mask(value);
            changed |= !ReferenceEquals(masked, value);
            properties.Add(new LogEventProperty(name, masked));
        }

        var exception = logEvent.Exception;
        if (exception is not null && exception is not MaskedException && PersonalDataText.ContainsPersonalData(exception.ToString()))
        {
            exception = new MaskedException(exception);
            changed = true;
        }

        if (!changed) return logEvent;
        return new LogEvent(logEvent.Timestamp, logEvent.Level, exception,
            ReferenceEquals(template, maskedTemplate) ? logEvent.MessageTemplate : Parser.Parse(maskedTemplate),
            properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    /// <summary>The value with its personal data masked; the same instance when it holds none.</summary>
    public static LogEventPropertyValue Mask(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
            {
                var masked = PersonalDataText.Mask(s);
                return ReferenceEquals(masked, s) ? value : new ScalarValue(masked);
            }
            // A phone or ID number held as a number (a long, a decimal) is still one.
            case ScalarValue { Value: long or ulong or decimal } number:
            {
                var text = Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture)!;
                return PersonalDataText.ContainsPersonalData(text) ? new ScalarValue(PersonalDataText.Mask(text)) : value;
            }
            case SequenceValue sequence:
            {
                var elements = sequence.Elements.Select(Mask).ToList();
                return elements.SequenceEqual(sequence.Elements, ReferenceEqualityComparer.Instance) ? value : new SequenceValue(elements);
            }
            case StructureValue structure:
            {
                var members = structure.Properties.Select(p => (p, masked: Mask(p.Value))).ToList();
                return members.All(m => ReferenceEquals(m.masked, m.p.Value)) ? value
                    : new StructureValue(members.Select(m => new LogEventProperty(m.p.Name, m.masked)), structure.TypeTag);
            }
            case DictionaryValue dictionary:
            {
                var entries = dictionary.Elements.Select(e => (key: (ScalarValue)Mask(e.Key), value: Mask(e.Value), e)).ToList();
                return entries.All(x => ReferenceEquals(x.key, x.e.Key) && ReferenceEquals(x.value, x.e.Value)) ? value
                    : new DictionaryValue(entries.Select(x => new KeyValuePair<ScalarValue, LogEventPropertyValue>(x.key, x.value)));
            }
            default:
                return value;
        }
    }
}

/// <summary>
/// Stands in for a logged exception whose message or stack trace holds personal data (an input echoed in a parse error):
/// sinks render it exactly as the original, masked.
/// </summary>
internal sealed class MaskedException(Exception original)
    : Exception(PersonalDataText.Mask(original.Message))
{
    private readonly string rendered = PersonalDataText.Mask(original.ToString());

    public string OriginalType { get; } = original.GetType().FullName ?? original.GetType().Name;

    public override string? StackTrace => original.StackTrace is { } trace ? PersonalDataText.Mask(trace) : null;

    public override string ToString() => rendered;
}
