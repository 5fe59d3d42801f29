using System.Globalization;
using Gongkai.Core;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>The registers behind table 二: documents issued and repealed, yearly enforcement numbers and fees; by form or import.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class RegistersModel(RegisterBook registers, StaffScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<RegisterEntry> Documents { get; private set; } = [];
    public IReadOnlyList<EnforcementStatistics> Statistics { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostDocumentAsync(NormativeDocumentKind kind, string? title, string? number, DateOnly issuedOn, DateOnly? repealedOn, CancellationToken ct)
    {
        var result = await registers.AddDocumentAsync(await scopes.RequireAsync(ct), kind, title ?? "", number, issuedOn, repealedOn, null, ct);
        return await AfterAsync(result, "已登记。", ct);
    }

    public async Task<IActionResult> OnPostStatisticsAsync(int year, long licensing, long penalty, long enforcement, string? feeWan, CancellationToken ct)
    {
        if (!decimal.TryParse(feeWan, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan) || decimal.Round(wan, 6) != wan)
        {
            Errors.Add("收费金额应为以万元计、至多6位小数的数字");
            return await ShowAsync(ct);
        }
        var result = await registers.SetStatisticsAsync(await scopes.RequireAsync(ct), year, licensing, penalty, enforcement,
            (long)(wan * EnforcementStatistics.FenPerWan), ct);
        return await AfterAsync(result, $"{year}年度统计已保存。", ct);
    }

    public async Task<IActionResult> OnPostImportAsync(string what, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add("请选择文件");
            return await ShowAsync(ct);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var scope = await scopes.RequireAsync(ct);
        var result = what == "statistics"
            ? await registers.ImportStatisticsAsync(scope, file.FileName, buffer.ToArray(), ct)
            : await registers.ImportDocumentsAsync(scope, file.FileName, buffer.ToArray(), ct);
        if (result.Error is RegisterImportRefusedError refused)
        {
            Errors.Add("导入失败，未导入任何数据：");
            Errors.AddRange(refused.Lines.Select(l => l.ToString()));
            return await ShowAsync(ct);
        }
        return await AfterAsync(result, result.Succeeded ? $"已导入 {result.Value} 行。" : "", ct);
    }

    private async Task<IActionResult> AfterAsync(IDomainResult result, string done, CancellationToken ct)
    {
        if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
        if (result.Succeeded) Message = done;
        else Errors.AddRange(result.Errors.Select(e => e.MessageZh));
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var scope = await scopes.RequireAsync(ct);
        var documents = await registers.DocumentsAsync(scope, scope.HomeAgencyId, ct);
        if (StaffResults.ForRefusal(this, documents) is { } refused) return refused;
        Documents = documents.Value;
        Statistics = (await registers.StatisticsAsync(scope, scope.HomeAgencyId, ct)).Value;
        return Page();
    }
}
