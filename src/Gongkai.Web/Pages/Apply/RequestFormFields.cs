using Gongkai.Core;
using Gongkai.Services.Requests;

namespace Gongkai.Web.Pages.Apply;

/// <summary>Errors of a request form, by field, for showing each message beside its input.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public FieldErrors()
    {
    }

    public FieldErrors(IEnumerable<DomainError> errors)
    {
        foreach (var e in errors)
        {
            var field = RequestForm.FieldOf(e);
            if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
            list.Add(e.MessageZh);
        }
    }

    public bool Any => byField.Count > 0;

    public IReadOnlyList<string> For(string field) => byField.TryGetValue(field, out var list) ? list : [];

    /// <summary>Every message, for the summary at the top of the form.</summary>
    public IEnumerable<string> All => byField.Values.SelectMany(v => v);
}
