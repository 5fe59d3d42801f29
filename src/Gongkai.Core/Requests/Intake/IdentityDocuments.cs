using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Requests.Intake;

/// <summary>Builds an <see cref="IdentityDocument"/> from what was typed, validating ID numbers and credit codes.</summary>
public static class IdentityDocuments
{
    /// <param name="today">Date in China, to rule out birth dates in the future.</param>
    public static DomainResult<IdentityDocument> ResidentId(string? number, DateOnly today)
    {
        var check = ResidentIdNumber.Validate(number, today);
        return check.Value is { } id ? new ResidentIdCard(id) : new IdentityDocumentInvalidError(check.Error!);
    }

    public static DomainResult<IdentityDocument> CreditCode(string? code)
    {
        var check = UnifiedSocialCreditCode.Validate(code);
        return check.Value is { } c ? new CreditCode(c) : new IdentityDocumentInvalidError(check.Error!);
    }

    /// <summary>A passport or permit: the number is only normalised; a clerk checks the document itself.</summary>
    public static DomainResult<IdentityDocument> Other(OtherDocumentType type, string? number)
    {
        var n = Identifier.Normalize(number);
        return n.Length == 0 ? new OtherDocumentNumberMissingError(type) : new OtherIdentityDocument(type, n);
    }
}
