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

    /// <summary>The agency's other published items, which can replace this one (修订).</summary>
    public IReadOnlyList<ItemListEntry> Replacements { get; private set; } = [];

    /// <summary>Catalogue maintenance (修订, 废止) is the clerk's (DisclosureDesk).</summary>
    public bool CanMaintain { get; private set; }

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

    /// <summary>修订: <paramref name="newerId"/> (published) replaces this item from <paramref name="on"/> (today when empty).</summary>
    public Task<IActionResult> OnPostSupersedeAsync(Guid id, Guid? newerId, DateOnly? on, CancellationToken ct) =>
        newerId is { } newer
            ? StepAsync(id, (s, c) => desk.SupersedeAsync(s, id, newer, on, c), ct)
            : ShowWithErrorAsync(id, "请选择替代本信息的新版本", ct);

    /// <summary>废止 from <paramref name="on"/> (today when empty).</summary>
    public Task<IActionResult> OnPostRepealAsync(Guid id, DateOnly? on, CancellationToken ct) =>
        StepAsync(id, (s, c) => desk.RepealAsync(s, id, on, null, c), ct);

    private async Task<IActionResult> ShowWithErrorAsync(Guid id, string error, CancellationToken ct)
    {
        Errors.Add(error);
        return await ShowAsync(id, ct);
    }

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
        var scope = await scopes.RequireAsync(ct);
        CanMaintain = scope.Has(AccountRole.Clerk) && scope.CanWrite(details.Value.Record.AgencyId);
        if (CanMaintain && details.Value.Item.Validity == Gongkai.Core.Disclosure.Validity.InForce && details.Value.Item.IsPublic(Now))
        {
            var published = await desk.ListAsync(scope, ItemQueue.All, details.Value.Record.AgencyId, 0, 200, ct);
            Replacements = published.Succeeded
                ? published.Value.Where(e => e.Id != id && e.Status == Gongkai.Core.Disclosure.ItemStatus.Published).ToList()
                : [];
        }
        return Page();
    }
}
