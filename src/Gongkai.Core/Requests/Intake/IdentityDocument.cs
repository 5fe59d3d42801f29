using Gongkai.Core.Identifiers;

namespace Gongkai.Core.Requests.Intake;

/// <summary>Kinds of identity document other than the resident ID card that a natural person may show (checked by hand).</summary>
public enum OtherDocumentType
{
    /// <summary>护照.</summary>
    Passport,
    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacaoPermit,
    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit,
    /// <summary>外国人永久居留身份证.</summary>
    ForeignPermanentResidentCard,
    /// <summary>其他身份证明.</summary>
    Other,
}

/// <summary>
/// 身份证明 (条例第二十九条第二款第一项): a validated 公民身份号码, a validated 统一社会信用代码, or — for natural persons only —
/// another document whose number cannot be checked by algorithm, so a clerk checks it by hand (see
/// <see cref="Workflow.DisclosureRequest.RecordIdentityCheck"/>).
/// </summary>
public abstract record IdentityDocument
{
    private protected IdentityDocument() { }

    /// <summary>A stable key for "same applicant" (fees.md §2 按件 counting, duplicate detection): kind prefix + normalised number.</summary>
    public abstract string IdentityKey { get; }

    /// <summary>For public pages and lists: first and last four characters only.</summary>
    public abstract string Masked { get; }

    /// <summary>True when no algorithm validated the number and a clerk must check the document.</summary>
    public virtual bool NeedsManualCheck => false;

    public abstract string LabelZh { get; }
}

/// <summary>居民身份证.</summary>
public sealed record ResidentIdCard(ResidentIdNumber Number) : IdentityDocument
{
    public override string IdentityKey => "ID:" + Number.Value;
    public override string Masked => Number.Masked;
    public override string LabelZh => "居民身份证";
}

/// <summary>统一社会信用代码 of an organisation.</summary>
public sealed record CreditCode(UnifiedSocialCreditCode Code) : IdentityDocument
{
    public override string IdentityKey => "USCC:" + Code.Value;
    public override string Masked => Code.Masked;
    public override string LabelZh => "统一社会信用代码";
}

/// <summary>Another document of a natural person; <see cref="Number"/> is stored normalised (upper case, no spaces).</summary>
public sealed record OtherIdentityDocument(OtherDocumentType Type, string Number) : IdentityDocument
{
    public override string IdentityKey => $"OTHER:{Type}:{Number}";
    public override string Masked => Identifier.Mask(Number);
    public override bool NeedsManualCheck => true;

    public override string LabelZh => Type switch
    {
        OtherDocumentType.Passport => "护照",
        OtherDocumentType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        OtherDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        OtherDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        _ => "其他身份证明",
    };
}
