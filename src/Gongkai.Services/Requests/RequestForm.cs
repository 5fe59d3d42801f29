using Gongkai.Core;
using Gongkai.Core.Requests.Intake;

namespace Gongkai.Services.Requests;

/// <summary>
/// 政府信息公开申请表: what an applicant (online) or a clerk (for a letter, visit, fax or e-mail) types in. Plain settable
/// properties so pages and the API bind it directly; <see cref="Validate"/> turns it into Core's applicant and requested
/// information, reporting every problem at once. Text is kept exactly as typed (markup included) and encoded on output.
/// </summary>
public sealed class RequestForm
{
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 500;
    public const int MaxDocumentNumberLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxContactLength = 254;
    public const int MaxAddressLength = 500;

    public ApplicantKind? ApplicantKind { get; set; }
    public string? Name { get; set; }

    /// <summary>resident-id (居民身份证), credit-code (统一社会信用代码) or other (passport, permit …).</summary>
    public string? IdentityType { get; set; }

    public OtherDocumentType? OtherDocumentType { get; set; }
    public string? IdentityNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PostalAddress { get; set; }
    public string? Title { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Description { get; set; }
    public InformationForm? Form { get; set; }
    public DeliveryMethod? Delivery { get; set; }

    /// <summary>The form field each error is about, for showing the message beside it.</summary>
    public static string FieldOf(DomainError error) => error switch
    {
        FieldTooLongError f => f.Field,
        ApplicantKindMissingError => nameof(ApplicantKind),
        ApplicantNameMissingError => nameof(Name),
        IdentityTypeMissingError or IdentityDocumentKindMismatchError => nameof(IdentityType),
        IdentityDocumentMissingError or IdentityDocumentInvalidError or OtherDocumentNumberMissingError => nameof(IdentityNumber),
        ContactMissingError => nameof(Phone),
        InformationNotDescribedError => nameof(Title),
        InformationFormMissingError => nameof(Form),
        DeliveryMethodMissingError => nameof(Delivery),
        _ => "",
    };

    /// <summary>The applicant and what is asked for, or every problem found (条例第二十九条第二款).</summary>
    public DomainResult<(Applicant Applicant, RequestedInformation Information)> Validate(DateOnly today)
    {
        var errors = new List<DomainError>(Lengths());
        Applicant? applicant = null;
        if (ApplicantKind is not { } kind) errors.Add(new ApplicantKindMissingError());
        else
        {
            var document = Document(kind, today, errors);
            var created = Core.Requests.Intake.Applicant.Create(kind, Name, document, new ApplicantContact(Phone, Email, PostalAddress));
            if (created.Succeeded) applicant = created.Value;
            // The document's own error was already reported; Create would only add "missing".
            else errors.AddRange(created.Errors.Where(e => e is not IdentityDocumentMissingError || document is null && errors.All(x => FieldOf(x) != nameof(IdentityNumber))));
        }
        var information = InformationOnly();
        if (!information.Succeeded) errors.AddRange(information.Errors);
        if (errors.Count > 0) return DomainResult<(Applicant, RequestedInformation)>.Failure(errors);
        return (applicant!, information.Value);
    }

    /// <summary>Only the requested information (a correction replaces it, 条例第三十条).</summary>
    public DomainResult<RequestedInformation> InformationOnly()
    {
        var lengths = Lengths().Where(e => e.Field is nameof(Title) or nameof(DocumentNumber) or nameof(Description)).ToList();
        var created = RequestedInformation.Create(Title, DocumentNumber, Description, Form, Delivery);
        if (lengths.Count == 0) return created;
        return DomainResult<RequestedInformation>.Failure([.. lengths, .. created.Errors]);
    }

    private IdentityDocument? Document(ApplicantKind kind, DateOnly today, List<DomainError> errors)
    {
        var type = string.IsNullOrWhiteSpace(IdentityType) ? (kind.IsOrganization() ? "credit-code" : "resident-id") : IdentityType.Trim();
        if (string.IsNullOrWhiteSpace(IdentityNumber)) return null;
        var result = type switch
        {
            "resident-id" => IdentityDocuments.ResidentId(IdentityNumber, today),
            "credit-code" => IdentityDocuments.CreditCode(IdentityNumber),
            "other" => IdentityDocuments.Other(OtherDocumentType ?? Core.Requests.Intake.OtherDocumentType.Other, IdentityNumber),
            _ => new IdentityTypeMissingError(),
        };
        if (result.Succeeded) return result.Value;
        errors.AddRange(result.Errors);
        return null;
    }

    private IEnumerable<FieldTooLongError> Lengths()
    {
        static FieldTooLongError? Check(string? value, int max, string field, string zh) =>
            value is not null && value.Trim().Length > max ? new FieldTooLongError(field, zh, max) : null;
        return new[]
        {
            Check(Name, MaxNameLength, nameof(Name), "姓名或名称"),
            Check(IdentityNumber, 64, nameof(IdentityNumber), "证件号码"),
            Check(Phone, 64, nameof(Phone), "联系电话"),
            Check(Email, MaxContactLength, nameof(Email), "电子邮箱"),
            Check(PostalAddress, MaxAddressLength, nameof(PostalAddress), "通信地址"),
            Check(Title, MaxTitleLength, nameof(Title), "信息名称"),
            Check(DocumentNumber, MaxDocumentNumberLength, nameof(DocumentNumber), "文号"),
            Check(Description, MaxDescriptionLength, nameof(Description), "特征性描述"),
        }.OfType<FieldTooLongError>();
    }
}
