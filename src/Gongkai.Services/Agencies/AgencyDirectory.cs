using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Agencies;

/// <summary>
/// 机关目录: the installation's agency tree — adding one agency, listing the tree, and importing many at once. An import is
/// all or nothing: every line is checked (against the database and against the lines above it) and, if any fails, nothing
/// is stored and every failing line is reported with its number.
/// </summary>
public sealed class AgencyDirectory(GongkaiDbContext db, TimeProvider clock)
{
    public async Task<DomainResult<AgencyNode>> AddAsync(NewAgency request, CancellationToken cancellationToken = default)
    {
        var known = await db.Agencies.ToListAsync(cancellationToken);
        var planned = Plan(request, known);
        if (!planned.Succeeded) return DomainResult<AgencyNode>.Failure(planned.Errors);
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

    /// <summary>Imports the rows in order (a row may name a parent from an earlier row); returns how many were stored.</summary>
    public async Task<DomainResult<int>> ImportAsync(IReadOnlyList<AgencyImportRow> rows, CancellationToken cancellationToken = default)
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
            var byCode = known.Where(a => a.CreditCode == reference.ToUpperInvariant()).ToList();
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

    private static int Depth(Agency agency, IReadOnlyList<Agency> all)
    {
        var depth = 0;
        for (var p = agency.ParentId; p is not null; p = all.Single(a => a.Id == p).ParentId) depth++;
        return depth;
    }
}
