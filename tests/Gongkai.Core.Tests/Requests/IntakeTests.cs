using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>条例第二十九条第二款: what an application must contain, and 第三十一条: which day it is received.</summary>
public class IntakeTests
{
    private static readonly ApplicantContact Phone = new("138 0000 0000", null, null);

    [Fact]
    public void Applicant_WithValidIdNumberNameAndContact_IsAccepted_InColumnC1()
    {
        var a = Person();
        Assert.Equal("c1", a.ColumnId);
        Assert.Equal("ID:" + IdNumber(), a.Document.IdentityKey);
        Assert.False(a.Document.NeedsManualCheck);
    }

    [Theory]
    [InlineData(ApplicantKind.CommercialEnterprise, "c2", "商业企业")]
    [InlineData(ApplicantKind.ResearchInstitution, "c3", "科研机构")]
    [InlineData(ApplicantKind.PublicWelfareOrganization, "c4", "社会公益组织")]
    [InlineData(ApplicantKind.LegalServiceAgency, "c5", "法律服务机构")]
    [InlineData(ApplicantKind.OtherOrganization, "c6", "其他")]
    public void Organisation_WithCreditCode_IsCountedInItsKindsColumn(ApplicantKind kind, string column, string label)
    {
        var a = Company(kind);
        Assert.Equal(column, a.ColumnId);
        Assert.Equal(label, kind.LabelZh());
        Assert.Equal(label, Gongkai.Core.Reporting.ReportLayout.F2021.RequestColumns.Single(c => c.Id == column).Label);
    }

    [Fact]
    public void ApplicantNameMissingError_WhenNoNameIsGiven_AlongWithEveryOtherMissingPart()
    {
        var result = Applicant.Create(ApplicantKind.NaturalPerson, " ", null, new ApplicantContact(null, " ", null));
        Assert.False(result.Succeeded);
        Assert.Collection(result.Errors,
            e => Assert.IsType<ApplicantNameMissingError>(e),
            e => Assert.IsType<IdentityDocumentMissingError>(e),
            e => Assert.IsType<ContactMissingError>(e));
    }

    [Fact]
    public void IdentityDocumentMissingError_WhenNoDocumentIsGiven()
    {
        Refused<IdentityDocumentMissingError>(Applicant.Create(ApplicantKind.NaturalPerson, "张三", null, Phone));
    }

    [Fact]
    public void ContactMissingError_WhenNoPhoneEmailOrAddressIsGiven()
    {
        var doc = IdentityDocuments.ResidentId(IdNumber(), D("2024-01-01")).Value;
        var e = Refused<ContactMissingError>(Applicant.Create(ApplicantKind.NaturalPerson, "张三", doc, null));
        Assert.Contains("第二十九条", e.MessageZh);
    }

    [Fact]
    public void IdentityDocumentInvalidError_WhenTheIdNumbersCheckCharacterIsWrong()
    {
        var id = IdNumber();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var error = Refused<IdentityDocumentInvalidError>(IdentityDocuments.ResidentId(wrong, D("2024-01-01")));
        Assert.Equal(Gongkai.Core.Identifiers.IdentifierFailureKind.CheckDigit, error.Detail.Kind);
        Assert.Contains("校验码", error.MessageZh);
    }

    [Fact]
    public void IdentityDocumentInvalidError_WhenTheCreditCodeContainsTheLetterO()
    {
        Refused<IdentityDocumentInvalidError>(IdentityDocuments.CreditCode("91110000O00037341X"));
    }

    [Fact]
    public void IdentityDocumentKindMismatchError_WhenANaturalPersonGivesACreditCode()
    {
        var doc = IdentityDocuments.CreditCode(CreditCodeNumber()).Value;
        Refused<IdentityDocumentKindMismatchError>(Applicant.Create(ApplicantKind.NaturalPerson, "张三", doc, Phone));
    }

    [Fact]
    public void IdentityDocumentKindMismatchError_WhenAnOrganisationGivesAPersonalIdCard()
    {
        var doc = IdentityDocuments.ResidentId(IdNumber(), D("2024-01-01")).Value;
        Refused<IdentityDocumentKindMismatchError>(Applicant.Create(ApplicantKind.LegalServiceAgency, "某律师事务所", doc, Phone));
    }

    [Fact]
    public void Passport_IsAcceptedForANaturalPerson_ButNeedsAManualCheck()
    {
        var a = Foreigner();
        Assert.True(a.Document.NeedsManualCheck);
        Assert.Equal("OTHER:Passport:E12345678", a.Document.IdentityKey);
        Assert.Equal("E123*5678", a.Document.Masked);
    }

    [Fact]
    public void OtherDocumentNumberMissingError_WhenAPermitIsNamedWithoutItsNumber()
    {
        Refused<OtherDocumentNumberMissingError>(IdentityDocuments.Other(OtherDocumentType.HongKongMacaoPermit, "  "));
    }

    [Fact]
    public void InformationNotDescribedError_WhenNeitherTitleNorNumberNorDescriptionIsGiven_AlongWithTheMissingForm()
    {
        var result = RequestedInformation.Create(" ", null, "", null, null);
        Assert.Collection(result.Errors,
            e => Assert.IsType<InformationNotDescribedError>(e),
            e => Assert.IsType<InformationFormMissingError>(e),
            e => Assert.IsType<DeliveryMethodMissingError>(e));
    }

    [Fact]
    public void InformationFormMissingError_WhenPaperOrElectronicIsNotChosen()
    {
        Refused<InformationFormMissingError>(RequestedInformation.Create("某文件", null, null, null, DeliveryMethod.Post));
    }

    [Fact]
    public void DeliveryMethodMissingError_WhenTheWayToObtainItIsNotChosen()
    {
        Refused<DeliveryMethodMissingError>(RequestedInformation.Create("某文件", null, null, InformationForm.Paper, null));
    }

    [Fact]
    public void RequestedInformation_DocumentNumberAloneIsEnoughDescription()
    {
        var info = RequestedInformation.Create(null, " 宁科发〔2023〕12号 ", null, InformationForm.Paper, DeliveryMethod.Post).Value;
        Assert.Equal("宁科发〔2023〕12号", info.DocumentNumber);
        Assert.Equal("宁科发〔2023〕12号", info.Text);
    }

    [Theory]
    [InlineData(ReceiptChannel.InPerson, ReceivedDateRule.DayHandedIn, false)]
    [InlineData(ReceiptChannel.Post, ReceivedDateRule.DaySignedFor, false)]
    [InlineData(ReceiptChannel.Letter, ReceivedDateRule.DayConfirmedWithApplicant, true)]
    [InlineData(ReceiptChannel.Online, ReceivedDateRule.DayBothPartiesConfirm, true)]
    [InlineData(ReceiptChannel.Fax, ReceivedDateRule.DayBothPartiesConfirm, true)]
    [InlineData(ReceiptChannel.Email, ReceivedDateRule.DayBothPartiesConfirm, true)]
    public void EachChannel_FollowsItsArticle31ReceivedDateRule(ReceiptChannel channel, ReceivedDateRule rule, bool needsConfirmation)
    {
        Assert.Equal(rule, channel.ReceivedDateRule());
        Assert.Equal(needsConfirmation, channel.NeedsReceiptConfirmation());
    }
}
