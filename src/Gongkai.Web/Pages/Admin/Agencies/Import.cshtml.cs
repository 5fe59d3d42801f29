using System.Text;
using Gongkai.Core;
using Gongkai.Services.Agencies;
using Gongkai.Web.Access;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Agencies;

/// <summary>导入机关: a CSV or XLSX file, all lines or none, every problem listed with its line number.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
[RequestSizeLimit(MaxBytes)]
public sealed class ImportModel(AgencyDirectory directory, StaffScopeAccessor scopes) : PageModel
{
    /// <summary>A region's agency list is a few hundred lines; 5 MB leaves room for a verbose workbook.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int? Stored { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(Upload, cancellationToken);
        var result = rows.Succeeded
            ? await directory.ImportAsync(rows.Value, await scopes.RequireAsync(cancellationToken), cancellationToken)
            : DomainResult<int>.Failure(rows.Errors);
        if (result.Succeeded)
        {
            Stored = result.Value;
            return Page();
        }
        Errors = result.Errors;
        Response.StatusCode = ProblemMapping.StatusFor(result.Errors[0]);
        return Page();
    }

    private static async Task<DomainResult<IReadOnlyList<AgencyImportRow>>> ReadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 }) return new AgencyImportFileError("请选择要导入的文件", "no file was uploaded");
        await using var stream = upload.OpenReadStream();
        if (Path.GetExtension(upload.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            // The workbook reader needs a seekable stream.
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return AgencyFile.ReadXlsx(buffer);
        }
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return AgencyFile.ReadCsv(await reader.ReadToEndAsync(cancellationToken));
    }
}
