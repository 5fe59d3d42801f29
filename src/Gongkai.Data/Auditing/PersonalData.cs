using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Auditing;

/// <summary>
/// Marks a column as personal data (ID numbers, phones, addresses, uploaded identity copies): the audit log records only a
/// digest of its value, never the value in clear, yet still proves what was stored.
/// </summary>
public static class PersonalData
{
    private const string Annotation = "Gongkai:PersonalData";

    public static PropertyBuilder<T> IsPersonalData<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Annotation, true);

    internal static bool IsPersonal(IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;

    internal static string? Digest(object? value) => value switch
    {
        null => null,
        byte[] bytes => $"personal sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}",
        _ => $"personal sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value.ToString() ?? "")))}",
    };
}
