using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>An item for staff: content, timeliness, history, and the step the caller's role allows (the service decides).</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class ItemModel(DisclosureDesk desk, StaffScopeAccessor scopes, TimeProvider clock) : PageModel
{
    public ItemDetails Details { get; private set; } = null!;
    public DateTimeOffset Now => clock.GetUtcNow();
    public List<string> Errors { get; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => StepAsync(id, (s, c) => desk.SubmitAsync(s, id, c), ct);

    public Task<IActionResult> OnPostPassAsync(Guid id, string? comment, CancellationToken ct) =>
        StepAsync(id, (s, c) => desk.PassConfidentialityReviewAsync(s, id, comment, c), ct);

    public Task<IActionResult> OnPostSendBackAsync(Guid id, string? comment, CancellationToken ct) =>
        StepAsync(id, (s, c) => desk.SendBackAsync(s, id, comment ?? "", c), ct);

    /// <param name="publishAt">A local date-time in China Standard Time, as the form's datetime-local field sends it.</param>
    public Task<IActionResult> OnPostApproveAsync(Guid id, string? comment, DateTime? publishAt, CancellationToken ct) =>
        StepAsync(id, (s, c) => desk.ApproveAsync(s, id,
            publishAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaStandardTime.Offset).ToUniversalTime() : null,
            comment, c), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken ct) =>
        StepAsync(id, (s, c) => desk.WithdrawAsync(s, id, reason ?? "", c), ct);

    private async Task<IActionResult> StepAsync(Guid id, Func<StaffScope, CancellationToken, Task<DomainResult<Guid>>> step, CancellationToken ct)
    {
        var result = await step(await scopes.RequireAsync(ct), ct);
        if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
        if (result.Succeeded) return Redirect($"/staff/catalogue/{id:N}");
        Errors.AddRange(result.Errors.Select(e => e.MessageZh));
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var details = await desk.GetAsync(await scopes.RequireAsync(ct), id, ct);
        if (StaffResults.ForRefusal(this, details) is { } refused) return refused;
        Details = details.Value;
        return Page();
    }
}
