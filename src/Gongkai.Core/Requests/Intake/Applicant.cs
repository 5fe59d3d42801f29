namespace Gongkai.Core.Requests.Intake;

/// <summary>
/// 申请人: who applies — kind (the table-三 column), name (姓名或者名称), identity document and contact, as required by
/// 条例第二十九条第二款第一项. Immutable; a request keeps the applicant as it was at application time.
/// </summary>
public sealed record Applicant
{
    private Applicant(ApplicantKind kind, string name, IdentityDocument document, ApplicantContact contact)
    {
        Kind = kind;
        Name = name;
        Document = document;
        Contact = contact;
    }

    public ApplicantKind Kind { get; }
    public string Name { get; }
    public IdentityDocument Document { get; }
    public ApplicantContact Contact { get; }

    /// <summary>The table-三 column c1 … c6.</summary>
    public string ColumnId => Kind.ColumnId();

    /// <summary>Validates every part and reports all problems at once.</summary>
    public static DomainResult<Applicant> Create(ApplicantKind kind, string? name, IdentityDocument? document, ApplicantContact? contact)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new ApplicantNameMissingError(kind));
        switch (document)
        {
            case null:
                errors.Add(new IdentityDocumentMissingError());
                break;
            case CreditCode when kind == ApplicantKind.NaturalPerson:
            case ResidentIdCard or OtherIdentityDocument when kind.IsOrganization():
                errors.Add(new IdentityDocumentKindMismatchError(kind, document.LabelZh));
                break;
        }
        if (contact is null || contact.IsEmpty) errors.Add(new ContactMissingError());
        if (errors.Count > 0) return DomainResult<Applicant>.Failure(errors);
        return new Applicant(kind, name!.Trim(), document!, contact!.Trimmed());
    }
}
