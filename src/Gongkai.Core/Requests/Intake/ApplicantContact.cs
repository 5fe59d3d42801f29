namespace Gongkai.Core.Requests.Intake;

/// <summary>联系方式 (条例第二十九条第二款第一项): at least one way to reach the applicant. Values are stored trimmed.</summary>
public sealed record ApplicantContact(string? Phone, string? Email, string? PostalAddress)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(PostalAddress);

    /// <summary>Digits only, for comparing phone numbers written with spaces or dashes.</summary>
    public string? NormalizedPhone => string.IsNullOrWhiteSpace(Phone) ? null : new string(Phone.Where(char.IsAsciiDigit).ToArray());

    public string? NormalizedEmail => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();

    internal ApplicantContact Trimmed() => new(Trim(Phone), Trim(Email), Trim(PostalAddress));

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
