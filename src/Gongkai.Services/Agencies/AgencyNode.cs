using Gongkai.Core.Agencies;
using Gongkai.Data.Agencies;

namespace Gongkai.Services.Agencies;

/// <summary>An agency as lists show it: its place in the tree (<see cref="Depth"/> 0 = top level) and its fields.</summary>
public sealed record AgencyNode(
    Guid Id, Guid? ParentId, int Depth, string Name, string? CreditCode, AgencyLevel Level, string? IndexPrefix, string? ShortName,
    DisclosureOfficeContact Contact)
{
    internal static AgencyNode From(Agency a, int depth) =>
        new(a.Id, a.ParentId, depth, a.Name, a.CreditCode, a.Level, a.IndexPrefix, a.ShortName, a.Contact);
}

/// <summary>An agency to add: its fields as typed, and its parent named by credit code or by name (empty for a top-level region).</summary>
public sealed record NewAgency(string? Parent, AgencyInput Input);

/// <summary>An agency's new fields and place in the tree (null parent: a top-level region).</summary>
public sealed record AgencyUpdate(Guid? ParentId, AgencyInput Input);

/// <summary>One data line of an import file.</summary>
public sealed record AgencyImportRow(int Line, NewAgency Agency);
