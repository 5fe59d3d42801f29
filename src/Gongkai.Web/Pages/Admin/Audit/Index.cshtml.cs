using Gongkai.Core;
using Gongkai.Core.Auditing;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Services.Auditing;
using Gongkai.Web.Access;
using Gongkai.Web.Hosting;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Auditing;

/// <summary>
/// 审计日志: administrators browse the log newest first, filtered by date (China Standard Time), actor, record type,
/// record id and agency; a system administrator also verifies the whole hash chain.
/// </summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class IndexModel(AuditLog log, AgencyDirectory directory, StaffScopeAccessor scopes) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? RecordType { get; set; }
    [BindProperty(SupportsGet = true)] public string? RecordId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public AuditPage Entries { get; private set; } = new([], false);

    public IReadOnlyList<AgencyNode> Agencies { get; private set; } = [];

    public bool IsSystemAdmin { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public DomainError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Error is null ? Page() : StatusCode(ProblemMapping.StatusFor(Error));
    }

    /// <summary>Walks the whole chain (system administrators): the first entry changed, removed or inserted is named.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        if (!scope.Has(AccountRole.SystemAdmin)) return Forbid();
        Verification = await log.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(HostingDefaults.ChinaStandardTime);

    public string AgencyName(Guid? id) =>
        id is null ? "" : Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? id.Value.ToString();

    /// <summary>The query string of the older page, keeping the filters.</summary>
    public string OlderPageQuery(long before)
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["actor"] = Actor,
            ["recordType"] = RecordType, ["recordId"] = RecordId, ["agency"] = Agency?.ToString(),
            ["before"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryString.Create(query.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        IsSystemAdmin = scope.Has(AccountRole.SystemAdmin);
        Agencies = await directory.ListAsync(scope, cancellationToken);
        var query = new AuditQuery(Clean(Actor), Agency, Clean(RecordType), Clean(RecordId), StartOf(From), StartOf(To?.AddDays(1)), PageSize, Before);
        var page = await log.SearchAsync(query, scope, cancellationToken);
        if (page.Succeeded) Entries = page.Value;
        else Error = page.Error;
    }

    // A date typed by a person is a day in China Standard Time; the log stores UTC instants.
    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), HostingDefaults.ChinaStandardTime).ToUniversalTime() : null;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static IReadOnlyList<AuditChange> Changes(AuditFacts entry) => AuditChange.Parse(entry.Changes);
}
