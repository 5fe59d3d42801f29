namespace Gongkai.Core.Requests.Intake;

/// <summary>形式: the form in which the applicant wants the information (条例第二十九条第二款第三项, 第四十条).</summary>
public enum InformationForm
{
    /// <summary>纸质.</summary>
    Paper,
    /// <summary>电子.</summary>
    Electronic,
}

/// <summary>获取信息的方式、途径 (条例第二十九条第二款第三项).</summary>
public enum DeliveryMethod
{
    /// <summary>邮寄.</summary>
    Post,
    /// <summary>电子邮件.</summary>
    Email,
    /// <summary>传真.</summary>
    Fax,
    /// <summary>自行领取.</summary>
    PickUp,
    /// <summary>当场阅读、抄录.</summary>
    OnSiteReading,
    /// <summary>网上获取 (through the portal).</summary>
    Online,
}

/// <summary>
/// 申请公开的政府信息: what is asked for — 名称、文号或者便于行政机关查询的其他特征性描述 (at least one), and the form and delivery
/// wanted (条例第二十九条第二款第二项、第三项).
/// </summary>
public sealed record RequestedInformation
{
    private RequestedInformation(string? title, string? documentNumber, string? description, InformationForm form, DeliveryMethod delivery)
    {
        Title = title;
        DocumentNumber = documentNumber;
        Description = description;
        Form = form;
        Delivery = delivery;
    }

    /// <summary>名称.</summary>
    public string? Title { get; }

    /// <summary>文号, e.g. 宁科发〔2023〕12号.</summary>
    public string? DocumentNumber { get; }

    /// <summary>其他特征性描述.</summary>
    public string? Description { get; }

    public InformationForm Form { get; }
    public DeliveryMethod Delivery { get; }

    /// <summary>Title, document number and description joined: the text compared when looking for similar requests.</summary>
    public string Text => string.Join("\n", new[] { Title, DocumentNumber, Description }.Where(s => s is not null));

    /// <summary>Validates the three required parts and reports all problems at once.</summary>
    public static DomainResult<RequestedInformation> Create(
        string? title, string? documentNumber, string? description, InformationForm? form, DeliveryMethod? delivery)
    {
        var errors = new List<DomainError>();
        string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var (t, n, d) = (Clean(title), Clean(documentNumber), Clean(description));
        if (t is null && n is null && d is null) errors.Add(new InformationNotDescribedError());
        if (form is null) errors.Add(new InformationFormMissingError());
        if (delivery is null) errors.Add(new DeliveryMethodMissingError());
        if (errors.Count > 0) return DomainResult<RequestedInformation>.Failure(errors);
        return new RequestedInformation(t, n, d, form!.Value, delivery!.Value);
    }
}
