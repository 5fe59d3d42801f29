using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Agencies;

/// <summary>
/// 机关目录: the installation's agency tree — adding one agency, listing the tree, and importing many at once. An import is
/// all or nothing: every line is checked (against the database and against the lines above it) and, if any fails, nothing
/// is stored and every failing line is reported with its number.
/// </summary>
public sealed class AgencyDirectory(GongkaiDbContext db, TimeProvider clock)
{
    /// <summary>Adds an agency as an operator (CLI): any parent, top-level regions included.</summary>
    public Task<DomainResult<AgencyNode>> AddAsync(NewAgency request, CancellationToken cancellationToken = default) =>
        AddAsync(request, _ => null, cancellationToken);

    /// <summary>
    /// Adds an agency for a signed-in caller: only a system administrator, and only under a region or agency it
    /// administers (a new top-level region is an installation change, made with the CLI).
    /// </summary>
    public Task<DomainResult<AgencyNode>> AddAsync(NewAgency request, StaffScope scope, CancellationToken cancellationToken = default) =>
        scope.Has(AccountRole.SystemAdmin)
            ? AddAsync(request, a => MayPlace(scope, a.ParentId, []), cancellationToken)
            : Task.FromResult<DomainResult<AgencyNode>>(new AgencyAdministrationForbiddenError());

    private async Task<DomainResult<AgencyNode>> AddAsync(NewAgency request, Func<Agency, DomainError?> authorize, CancellationToken cancellationToken)
    {
        var known = await db.Agencies.ToListAsync(cancellationToken);
        var planned = Plan(request, known);
        if (!planned.Succeeded) return DomainResult<AgencyNode>.Failure(planned.Errors);
        if (authorize(planned.Value) is { } refused) return refused;
        db.Agencies.Add(planned.Value);
        await db.SaveChangesAsync(cancellationToken);
        return AgencyNode.From(planned.Value, Depth(planned.Value, known.Append(planned.Value).ToList()));
    }

    /// <summary>Every region and agency in tree order (each parent before its children, siblings by name).</summary>
    public async Task<IReadOnlyList<AgencyNode>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Agencies.AsNoTracking().ToListAsync(cancellationToken);
        var children = all.ToLookup(a => a.ParentId);
        var result = new List<AgencyNode>(all.Count);
        void Walk(Guid? parent, int depth)
        {
            foreach (var a in children[parent].OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                result.Add(AgencyNode.From(a, depth));
                Walk(a.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }

    /// <summary>The agencies the caller administers, in tree order (depth as in the whole tree).</summary>
    public async Task<IReadOnlyList<AgencyNode>> ListAsync(StaffScope scope, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(a => scope.CanAdminister(a.Id)).ToList();

    /// <summary>One agency the caller administers; any other is reported as not found (its existence is not revealed).</summary>
    public async Task<DomainResult<AgencyNode>> FindAsync(Guid id, StaffScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.CanAdminister(id)) return new AgencyNotFoundError(id);
        var node = (await ListAsync(cancellationToken)).FirstOrDefault(a => a.Id == id);
        return node is null ? new AgencyNotFoundError(id) : node;
    }

    /// <summary>
    /// Changes an agency, with the same rules as adding one (fields, unique credit code and sibling name, regions only
    /// under regions) and no cycle in the tree. A system administrator may change every field of an agency it
    /// administers; an agency administrator only the disclosure office's contact data of its own agency (the other
    /// fields must be sent unchanged).
    /// </summary>
    public async Task<DomainResult<AgencyNode>> UpdateAsync(Guid id, AgencyUpdate update, StaffScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.CanAdminister(id)) return new AgencyNotFoundError(id);
        var known = await db.Agencies.ToListAsync(cancellationToken);
        var agency = known.FirstOrDefault(a => a.Id == id);
        if (agency is null) return new AgencyNotFoundError(id);

        var profile = AgencyProfile.Validate(update.Input);
        if (!profile.Succeeded) return DomainResult<AgencyNode>.Failure(profile.Errors);
        var p = profile.Value;

        if (!scope.Has(AccountRole.SystemAdmin))
        {
            var unchanged = update.ParentId == agency.ParentId && p.Name == agency.Name && p.CreditCode?.Value == agency.CreditCode
                && p.Level == agency.Level && p.IndexPrefix == agency.IndexPrefix && p.ShortName == agency.ShortName;
            if (!unchanged) return new AgencyFieldsLockedError();
        }
        else if (update.ParentId != agency.ParentId && MayPlace(scope, update.ParentId, []) is { } refused)
        {
            return refused;
        }

        var errors = new List<DomainError>();
        var others = known.Where(a => a.Id != id).ToList();
        Agency? parent = null;
        if (update.ParentId is { } parentId)
        {
            parent = others.FirstOrDefault(a => a.Id == parentId);
            if (parent is null && parentId == id) errors.Add(new AgencyParentCycleError());
            else if (parent is null) errors.Add(new AgencyParentNotFoundError(parentId.ToString()));
            else if (AgencySubtree.Below(id, known.Select(a => (a.Id, a.ParentId))).Contains(parentId)) errors.Add(new AgencyParentCycleError());
        }
        if (update.ParentId is null && p.Level != AgencyLevel.Region) errors.Add(new AgencyParentRequiredError());
        if (parent is not null && p.Level == AgencyLevel.Region && parent.Level != AgencyLevel.Region) errors.Add(new AgencyRegionUnderAgencyError());
        if (p.Level != AgencyLevel.Region && known.Any(a => a.ParentId == id && a.Level == AgencyLevel.Region)) errors.Add(new AgencyRegionUnderAgencyError());
        if (p.CreditCode is { } code && others.Any(a => a.CreditCode == code.Value)) errors.Add(new AgencyCreditCodeTakenError(code.Value));
        if (others.Any(a => a.ParentId == update.ParentId && a.Name == p.Name)) errors.Add(new AgencySiblingNameTakenError(p.Name));
        if (errors.Count > 0) return DomainResult<AgencyNode>.Failure(errors);

        agency.Update(update.ParentId, p);
        await db.SaveChangesAsync(cancellationToken);
        return AgencyNode.From(agency, Depth(agency, known));
    }

    /// <summary>Imports the rows in order (a row may name a parent from an earlier row); returns how many were stored.</summary>
    public Task<DomainResult<int>> ImportAsync(IReadOnlyList<AgencyImportRow> rows, CancellationToken cancellationToken = default) =>
        ImportAsync(rows, (_, _) => null, cancellationToken);

    /// <summary>
    /// Imports for a signed-in system administrator: every line's parent must be an agency it administers or a line
    /// above it in the same file.
    /// </summary>
    public Task<DomainResult<int>> ImportAsync(IReadOnlyList<AgencyImportRow> rows, StaffScope scope, CancellationToken cancellationToken = default) =>
        scope.Has(AccountRole.SystemAdmin)
            ? ImportAsync(rows, (agency, added) => MayPlace(scope, agency.ParentId, added), cancellationToken)
            : Task.FromResult<DomainResult<int>>(new AgencyAdministrationForbiddenError());

    private async Task<DomainResult<int>> ImportAsync(IReadOnlyList<AgencyImportRow> rows, Func<Agency, IReadOnlyList<Agency>, DomainError?> authorize,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return new AgencyImportFileError("文件中没有机关数据", "the file holds no agency lines");
        var known = await db.Agencies.ToListAsync(cancellationToken);
        var added = new List<Agency>();
        var errors = new List<DomainError>();
        foreach (var row in rows)
        {
            var planned = Plan(row.Agency, known);
            if (!planned.Succeeded)
            {
                errors.AddRange(planned.Errors.Select(e => new AgencyImportLineError(row.Line, e)));
                continue;
            }
            if (authorize(planned.Value, added) is { } refused)
            {
                errors.Add(new AgencyImportLineError(row.Line, refused));
                continue;
            }
            known.Add(planned.Value);
            added.Add(planned.Value);
        }
        if (errors.Count > 0) return DomainResult<int>.Failure(errors);

        // One SaveChanges is one transaction: either every line is stored or none is.
        db.Agencies.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Validates one agency against the tree as it stands (including agencies planned earlier in the same import).</summary>
    private DomainResult<Agency> Plan(NewAgency request, IReadOnlyList<Agency> known)
    {
        var profile = AgencyProfile.Validate(request.Input);
        var errors = profile.Succeeded ? [] : profile.Errors.ToList();

        Agency? parent = null;
        var reference = request.Parent?.Trim();
        if (!string.IsNullOrEmpty(reference))
        {
            // A parent is named by its id (forms, the API), its credit code or its name (files, the CLI).
            var byId = Guid.TryParse(reference, out var parentId) ? known.Where(a => a.Id == parentId).ToList() : [];
            var byCode = byId.Count > 0 ? byId : known.Where(a => a.CreditCode == reference.ToUpperInvariant()).ToList();
            var matches = byCode.Count > 0 ? byCode : known.Where(a => a.Name == reference).ToList();
            if (matches.Count == 0) errors.Add(new AgencyParentNotFoundError(reference));
            else if (matches.Count > 1) errors.Add(new AgencyParentAmbiguousError(reference));
            else parent = matches[0];
        }

        if (profile.Succeeded)
        {
            var p = profile.Value;
            if (string.IsNullOrEmpty(reference) && p.Level != AgencyLevel.Region) errors.Add(new AgencyParentRequiredError());
            if (parent is not null && p.Level == AgencyLevel.Region && parent.Level != AgencyLevel.Region)
                errors.Add(new AgencyRegionUnderAgencyError());
            if (p.CreditCode is { } code && known.Any(a => a.CreditCode == code.Value))
                errors.Add(new AgencyCreditCodeTakenError(code.Value));
            if ((parent is not null || string.IsNullOrEmpty(reference)) && known.Any(a => a.ParentId == parent?.Id && a.Name == p.Name))
                errors.Add(new AgencySiblingNameTakenError(p.Name));
        }

        return errors.Count > 0
            ? DomainResult<Agency>.Failure(errors)
            : new Agency(Guid.CreateVersion7(clock.GetUtcNow()), parent?.Id, profile.Value, clock.GetUtcNow());
    }

    /// <summary>Null when the caller may place an agency under <paramref name="parentId"/>; the refusal otherwise.</summary>
    private static DomainError? MayPlace(StaffScope scope, Guid? parentId, IReadOnlyList<Agency> addedInThisImport) =>
        parentId is { } p && (scope.CanAdminister(p) || addedInThisImport.Any(a => a.Id == p)) ? null : new AgencyAdministrationForbiddenError();

    private static int Depth(Agency agency, IReadOnlyList<Agency> all)
    {
        var depth = 0;
        for (var p = agency.ParentId; p is not null; p = all.Single(a => a.Id == p).ParentId) depth++;
        return depth;
    }
}
