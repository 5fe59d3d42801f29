using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Services.Requests;

/// <summary>
/// 答复书 wording: Gongkai's default template for each outcome, and the filling of a template from a request. Placeholders:
/// {申请人} {编号} {收到日期} {所需信息} {理由} {条款} {依据} {机关} {答复日期}. {条款} cites the article of Core's outcome table
/// (<see cref="Outcomes"/>), {依据} is its legal ground; where the table names no article the letter cites "有关规定".
/// </summary>
public static class ReplyLetterTexts
{
    public const string RegulationTitle = "《中华人民共和国政府信息公开条例》";

    private const string Opening = "{申请人}：\n本机关于{收到日期}收到您提出的政府信息公开申请（编号{编号}），申请获取“{所需信息}”。经审查，现答复如下：\n";

    // 条例第五十一条: the applicant may seek reconsideration or sue; the periods are those of the 行政复议法 (60 days) and 行政诉讼法 (6 months).
    private const string Remedy = "\n如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法提起行政诉讼。";

    public static string Title(Outcome outcome) =>
        outcome is Outcome.Disclosed or Outcome.PartlyDisclosed ? "政府信息公开申请答复书" : "政府信息公开申请告知书";

    public static string DefaultTemplate(Outcome outcome) => Opening + outcome switch
    {
        Outcome.Disclosed => "您申请获取的政府信息属于公开范围。根据{条款}的规定，本机关予以公开，按您要求的形式和获取方式提供。{理由}",
        Outcome.PartlyDisclosed => "您申请获取的政府信息中部分内容不应当公开。根据{条款}的规定，本机关向您提供可以公开的部分；不予公开部分的理由：{理由}",
        Outcome.NotHeld => "经检索，{依据}。根据{条款}的规定，特此告知。{理由}",
        Outcome.RepeatedRequest => "{依据}。根据{条款}的规定，本机关不再重复处理。{理由}",
        Outcome.OtherEnding => "{理由}",
        _ => "根据{条款}的规定，{依据}，本机关依法作如下处理：{理由}",
    } + Remedy;

    /// <summary>The letter's paragraphs (addressee first) filled from the request as it stands when the reply is released.</summary>
    public static IReadOnlyList<string> Fill(string template, DisclosureRequest request, string agencyName, string number, DateOnly issuedOn)
    {
        var outcome = request.Draft?.Outcome ?? request.Outcome ?? throw new InvalidOperationException("The request has no reply outcome.");
        var info = outcome.Info();
        var article = info.ArticleZh.StartsWith("条例", StringComparison.Ordinal)
            ? RegulationTitle + info.ArticleZh["条例".Length..]
            : info.ArticleZh.StartsWith("国办函", StringComparison.Ordinal) ? "《政府信息公开信息处理费管理办法》（" + info.ArticleZh + "）" : "有关规定";
        var sought = request.Information.Title ?? request.Information.DocumentNumber ?? request.Information.Description ?? "";
        var text = template
            .Replace("{申请人}", request.Applicant.Name, StringComparison.Ordinal)
            .Replace("{编号}", number, StringComparison.Ordinal)
            .Replace("{收到日期}", request.ReceivedOn is { } r ? ChineseDates.Format(r) : "", StringComparison.Ordinal)
            .Replace("{所需信息}", sought, StringComparison.Ordinal)
            .Replace("{理由}", request.Draft?.ReasonsZh ?? "", StringComparison.Ordinal)
            .Replace("{条款}", article, StringComparison.Ordinal)
            .Replace("{依据}", info.GroundZh, StringComparison.Ordinal)
            .Replace("{机关}", agencyName, StringComparison.Ordinal)
            .Replace("{答复日期}", ChineseDates.Format(issuedOn), StringComparison.Ordinal);
        return [.. text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];
    }
}
