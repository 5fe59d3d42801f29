using Gongkai.Core;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Errors;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>An import refused: every line's problems (第N行“列”：…), nothing stored.</summary>
public sealed record RegisterImportRefusedError(IReadOnlyList<ImportLineError> Lines) : DomainError("register-import-refused",
    "导入失败，未导入任何数据：" + string.Join("；", Lines.Take(20)) + (Lines.Count > 20 ? $"；另有{Lines.Count - 20}处错误" : ""),
    $"import refused, nothing stored: {Lines.Count} problem(s)"), IInvalidInputError;

public sealed record RegisterFileUnreadableError() : DomainError("register-file-unreadable",
    "无法读取该文件：请上传 UTF-8 编码的 CSV 文件或 .xlsx 工作簿，第一行为列名", "the file is not a readable CSV or .xlsx sheet with a header row"), IInvalidInputError;

public sealed record RegisterDocumentNumberTakenError(string Number) : DomainError("register-document-number-taken",
    $"文号“{Number}”已登记", $"document number '{Number}' is already registered"), IInvalidInputError;

public sealed record RegisterEntry(Guid Id, NormativeDocumentEntry Entry);

/// <summary>
/// 登记簿 behind table 二: rules and normative documents issued and repealed (第二十条第（一）项) and each year's licensing, penalty
/// and enforcement decisions and fee income (第（五）（六）（八）项), entered one by one or imported from CSV/XLSX all or nothing.
/// Readable by the agency's staff and supervisors, changed by the agency's staff.
/// </summary>
public sealed class RegisterBook(GongkaiDbContext db, TimeProvider clock)
{
    public async Task<DomainResult<IReadOnlyList<RegisterEntry>>> DocumentsAsync(StaffScope scope, Guid agencyId, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new CatalogueAgencyNotFoundError();
        var rows = await db.NormativeDocuments().AsNoTracking().Where(d => d.AgencyId == agencyId).OrderByDescending(d => d.IssuedOn).ToListAsync(cancellationToken);
        return rows.Select(r => new RegisterEntry(r.Id, ToEntry(r))).ToList();
    }

    public async Task<DomainResult<Guid>> AddDocumentAsync(StaffScope scope, NormativeDocumentKind kind, string title, string? documentNumber, DateOnly issuedOn,
        DateOnly? repealedOn, DateOnly? supersededOn, CancellationToken cancellationToken = default)
    {
        var agencyId = scope.HomeAgencyId;
        if (!scope.CanWrite(agencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        var entry = NormativeDocumentEntry.Create(kind, title, documentNumber, issuedOn, repealedOn, supersededOn);
        if (!entry.Succeeded) return DomainResult<Guid>.Failure(entry.Errors);
        var e = entry.Value;
        if (e.DocumentNumber is { } number && await db.NormativeDocuments().AnyAsync(d => d.AgencyId == agencyId && d.Kind == kind && d.DocumentNumber == number, cancellationToken))
            return new RegisterDocumentNumberTakenError(number);
        var record = ToRecord(agencyId, e);
        db.NormativeDocuments().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>Records the repeal (废止) of a registered document.</summary>
    public async Task<DomainResult<Guid>> RepealDocumentAsync(StaffScope scope, Guid id, DateOnly repealedOn, CancellationToken cancellationToken = default)
    {
        var record = await db.NormativeDocuments().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null || !scope.CanRead(record.AgencyId)) return new CatalogueItemNotFoundError();
        if (!scope.CanWrite(record.AgencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        var changed = NormativeDocumentEntry.Create(record.Kind, record.Title, record.DocumentNumber, record.IssuedOn, repealedOn, record.SupersededOn);
        if (!changed.Succeeded) return DomainResult<Guid>.Failure(changed.Errors);
        record.RepealedOn = repealedOn;
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    public async Task<DomainResult<IReadOnlyList<EnforcementStatistics>>> StatisticsAsync(StaffScope scope, Guid agencyId, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new CatalogueAgencyNotFoundError();
        var rows = await db.EnforcementStatistics().AsNoTracking().Where(s => s.AgencyId == agencyId).OrderByDescending(s => s.Year).ToListAsync(cancellationToken);
        return rows.Select(ToStatistics).ToList();
    }

    /// <summary>Enters or corrects one year's numbers (the fee in 分).</summary>
    public async Task<DomainResult<EnforcementStatistics>> SetStatisticsAsync(StaffScope scope, int year, long licensing, long penalty, long enforcement, long feeIncomeFen,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanWrite(scope.HomeAgencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        var statistics = EnforcementStatistics.Create(year, licensing, penalty, enforcement, feeIncomeFen);
        if (!statistics.Succeeded) return statistics;
        await UpsertAsync(scope.HomeAgencyId, [statistics.Value], cancellationToken);
        return statistics;
    }

    /// <summary>Imports documents from a CSV or XLSX file: every line checked, one error and nothing is stored.</summary>
    public async Task<DomainResult<int>> ImportDocumentsAsync(StaffScope scope, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var agencyId = scope.HomeAgencyId;
        if (!scope.CanWrite(agencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        if (RegisterFile.Read(fileName, content) is not { } sheet) return new RegisterFileUnreadableError();
        var existing = await db.NormativeDocuments().AsNoTracking().Where(d => d.AgencyId == agencyId).ToListAsync(cancellationToken);
        var result = RegisterImport.Documents(sheet, existing.Select(ToEntry));
        if (!result.Succeeded) return new RegisterImportRefusedError(result.Errors);
        db.NormativeDocuments().AddRange(result.Entries.Select(e => ToRecord(agencyId, e)));
        await db.SaveChangesAsync(cancellationToken);
        return result.Entries.Count;
    }

    /// <summary>Imports yearly statistics from a CSV or XLSX file (a year already entered is replaced); all or nothing.</summary>
    public async Task<DomainResult<int>> ImportStatisticsAsync(StaffScope scope, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        if (!scope.CanWrite(scope.HomeAgencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        if (RegisterFile.Read(fileName, content) is not { } sheet) return new RegisterFileUnreadableError();
        var result = RegisterImport.Statistics(sheet);
        if (!result.Succeeded) return new RegisterImportRefusedError(result.Errors);
        await UpsertAsync(scope.HomeAgencyId, result.Entries, cancellationToken);
        return result.Entries.Count;
    }

    private async Task UpsertAsync(Guid agencyId, IReadOnlyList<EnforcementStatistics> entries, CancellationToken cancellationToken)
    {
        var years = entries.Select(e => e.Year).ToList();
        var stored = await db.EnforcementStatistics().Where(s => s.AgencyId == agencyId && years.Contains(s.Year)).ToDictionaryAsync(s => s.Year, cancellationToken);
        foreach (var e in entries)
        {
            if (!stored.TryGetValue(e.Year, out var row))
            {
                row = new EnforcementStatisticsRecord { AgencyId = agencyId, Year = e.Year };
                db.EnforcementStatistics().Add(row);
            }
            row.LicensingDecisions = e.LicensingDecisions;
            row.PenaltyDecisions = e.PenaltyDecisions;
            row.EnforcementDecisions = e.EnforcementDecisions;
            row.FeeIncomeFen = e.FeeIncomeFen;
            row.RecordedAt = clock.GetUtcNow();
        }
        // One SaveChanges, one transaction: the whole file or nothing.
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static NormativeDocumentEntry ToEntry(NormativeDocumentRecord r) =>
        NormativeDocumentEntry.Create(r.Kind, r.Title, r.DocumentNumber, r.IssuedOn, r.RepealedOn, r.SupersededOn).Value;

    internal static EnforcementStatistics ToStatistics(EnforcementStatisticsRecord r) =>
        EnforcementStatistics.Create(r.Year, r.LicensingDecisions, r.PenaltyDecisions, r.EnforcementDecisions, r.FeeIncomeFen).Value;

    private NormativeDocumentRecord ToRecord(Guid agencyId, NormativeDocumentEntry e) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()), AgencyId = agencyId, Kind = e.Kind, Title = e.Title, DocumentNumber = e.DocumentNumber,
        IssuedOn = e.IssuedOn, RepealedOn = e.RepealedOn, SupersededOn = e.SupersededOn, RecordedAt = clock.GetUtcNow(),
    };
}

/// <summary>Reads a register import file into Core's <see cref="RegisterSheet"/>: .xlsx by its ZIP signature, otherwise UTF-8 CSV.</summary>
public static class RegisterFile
{
    public static RegisterSheet? Read(string fileName, byte[] content)
    {
        if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K' || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return Xlsx(content);
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
        return RegisterSheet.FromCsv(text);
    }

    // Line numbers are the worksheet's row numbers, as a clerk sees them in the spreadsheet.
    private static RegisterSheet? Xlsx(byte[] content)
    {
        var rows = new List<RegisterSheetRow>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
            {
                line++;
                var cells = row.Values.Select(v => v switch
                {
                    null => null,
                    DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
                }).ToList();
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new RegisterSheetRow(line, cells));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return null;
        }
        if (rows.Count == 0) return null;
        return new RegisterSheet(rows[0].Line, rows[0].Cells.Select(c => (c ?? "").Trim()).ToList(), rows.Skip(1).ToList());
    }
}
