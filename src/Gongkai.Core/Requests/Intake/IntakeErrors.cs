using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Requests.Intake;

// 条例第二十九条第二款: the content an application must contain. One error per missing or invalid part, all reported at once.

/// <summary>（一）申请人的姓名或者名称 is missing.</summary>
public sealed record ApplicantNameMissingError(ApplicantKind Kind) : DomainError("applicant-name-missing",
    Kind == ApplicantKind.NaturalPerson ? "请填写申请人姓名（条例第二十九条第二款第一项）" : "请填写申请单位名称（条例第二十九条第二款第一项）",
    "the applicant's name is required (Art 29(1))");

/// <summary>（一）身份证明 is missing.</summary>
public sealed record IdentityDocumentMissingError() : DomainError("identity-document-missing",
    "请提供申请人的身份证明（条例第二十九条第二款第一项）", "an identity document is required (Art 29(1))");

/// <summary>The ID number or credit code failed its check; <see cref="Detail"/> says where.</summary>
public sealed record IdentityDocumentInvalidError(IdentifierError Detail) : DomainError("identity-document-invalid",
    Detail.MessageZh, Detail.MessageEn);

/// <summary>A natural person with a credit code, or an organisation with a personal document.</summary>
public sealed record IdentityDocumentKindMismatchError(ApplicantKind Kind, string DocumentZh) : DomainError("identity-document-kind-mismatch",
    Kind == ApplicantKind.NaturalPerson
        ? $"自然人申请应提供个人身份证明，不能使用{DocumentZh}"
        : $"法人或其他组织申请应提供统一社会信用代码，不能使用{DocumentZh}",
    Kind == ApplicantKind.NaturalPerson
        ? "a natural person must show a personal identity document, not a credit code"
        : "an organisation must give its unified social credit code");

/// <summary>Another identity document was named without its number.</summary>
public sealed record OtherDocumentNumberMissingError(OtherDocumentType Type) : DomainError("other-document-number-missing",
    "请填写身份证明的号码", $"the number of the {Type} document is required");

/// <summary>（一）联系方式 is missing: no phone, e-mail or postal address.</summary>
public sealed record ContactMissingError() : DomainError("contact-missing",
    "请至少填写一种联系方式：电话、电子邮箱或通信地址（条例第二十九条第二款第一项）",
    "at least one contact (phone, e-mail or postal address) is required (Art 29(1))");

/// <summary>（二）名称、文号或者便于行政机关查询的其他特征性描述: none of the three was given.</summary>
public sealed record InformationNotDescribedError() : DomainError("information-not-described",
    "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述（条例第二十九条第二款第二项）",
    "give the title, document number or another description of the information (Art 29(2))");

/// <summary>（三）形式要求: the form (paper or electronic) was not stated.</summary>
public sealed record InformationFormMissingError() : DomainError("information-form-missing",
    "请选择所需政府信息的形式（纸质或电子，条例第二十九条第二款第三项）",
    "state the form wanted, paper or electronic (Art 29(3))");

/// <summary>（三）获取信息的方式、途径: the delivery method was not stated.</summary>
public sealed record DeliveryMethodMissingError() : DomainError("delivery-method-missing",
    "请选择获取信息的方式（邮寄、电子邮件、传真、自行领取、当场阅读或网上获取，条例第二十九条第二款第三项）",
    "state how the information is to be obtained (Art 29(3))");
