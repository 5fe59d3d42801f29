namespace Gongkai.Services.Access;

/// <summary>The agencies beneath a node of the agency tree (a supervisor's region, a system admin's installation).</summary>
public static class AgencySubtree
{
    /// <summary>Every descendant of <paramref name="root"/>, any depth, the root itself excluded.</summary>
    public static IReadOnlyList<Guid> Below(Guid root, IEnumerable<(Guid Id, Guid? ParentId)> tree)
    {
        var children = tree.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value, n => n.Id);
        var result = new List<Guid>();
        var pending = new Stack<Guid>([root]);
        var seen = new HashSet<Guid> { root };
        while (pending.Count > 0)
        {
            foreach (var child in children[pending.Pop()])
            {
                // A cycle cannot be stored through AgencyDirectory, but a scope must never loop on bad data.
                if (!seen.Add(child)) continue;
                result.Add(child);
                pending.Push(child);
            }
        }
        return result;
    }
}
