using Gongkai.Core;
using Gongkai.Services.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalogue;

/// <summary>How the staff pages answer a refused step: 404 for records the caller may not see, 403 for a missing role, else the messages.</summary>
public static class StaffResults
{
    /// <summary>The response for a refusal that is not shown on the form, or null when the form should show the messages.</summary>
    public static IActionResult? ForRefusal(PageModel page, IDomainResult result)
    {
        if (result.Errors.Any(e => e is INotFoundError)) return page.NotFound();
        if (result.Errors.Any(e => e is IForbiddenError)) return page.StatusCode(StatusCodes.Status403Forbidden);
        return null;
    }

    public static string StatusZh(Gongkai.Core.Disclosure.ItemStatus status) => status switch
    {
        Gongkai.Core.Disclosure.ItemStatus.Draft => "拟稿",
        Gongkai.Core.Disclosure.ItemStatus.AwaitingConfidentialityReview => "待保密审查",
        Gongkai.Core.Disclosure.ItemStatus.AwaitingLeaderApproval => "待分管领导审批",
        Gongkai.Core.Disclosure.ItemStatus.Scheduled => "定时发布",
        Gongkai.Core.Disclosure.ItemStatus.Published => "已发布",
        _ => "已撤回",
    };
}
