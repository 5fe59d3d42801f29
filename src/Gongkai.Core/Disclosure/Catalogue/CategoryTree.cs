using System.Text.RegularExpressions;

namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>
/// 公开目录分类: an agency's category tree (条例第十二条: the 政府信息公开目录 is arranged by category). Immutable: every change returns
/// a new tree or a named error. Categories keep their code for ever; renaming changes only the name, retiring hides a category from
/// new items and the portal menu without touching the items filed under it.
/// </summary>
public sealed partial class CategoryTree
{
    public const int MaxCodeLength = 64;

    // Insertion order is the display order among siblings.
    private readonly IReadOnlyList<Category> _nodes;
    private readonly Dictionary<string, Category> _byCode;

    // The display orders, computed once (the tree is immutable): the portal's menu and every annual report read them.
    private IReadOnlyList<Category>? _all, _active;

    private CategoryTree(IReadOnlyList<Category> nodes) : this(nodes, nodes.ToDictionary(c => c.Code, StringComparer.Ordinal))
    {
    }

    private CategoryTree(IReadOnlyList<Category> nodes, Dictionary<string, Category> byCode)
    {
        _nodes = nodes;
        _byCode = byCode;
    }

    /// <summary>An empty tree (an agency that builds its own from scratch).</summary>
    public static CategoryTree Empty { get; } = new([]);

    /// <summary>
    /// The tree a new agency of <paramref name="level"/> starts with: 条例第二十条's fifteen items, the 条例第二十一条 topics of its
    /// level, then the seed's eight portal columns (<see cref="DefaultCategories"/>).
    /// </summary>
    public static CategoryTree Default(AgencyLevel level) =>
        new([.. DefaultCategories.Article20, .. DefaultCategories.Article21For(level), .. DefaultCategories.SeedPortalColumns]);

    /// <summary>Rebuilds a stored tree. The nodes must be in display order with parents before children (as <see cref="All"/> returns them).</summary>
    public static DomainResult<CategoryTree> FromNodes(IEnumerable<Category> nodes)
    {
        // One pass over a growing list and index, one tree at the end: every live annual report rebuilds its agency's tree.
        var accepted = new List<Category>();
        var byCode = new Dictionary<string, Category>(StringComparer.Ordinal);
        var errors = new List<DomainError>();
        foreach (var node in nodes)
        {
            if (byCode.TryGetValue(node.Code, out var taken)) { errors.Add(new CategoryCodeTakenError(node.Code, taken.Retired)); continue; }
            if (!IsValidCode(node.Code)) { errors.Add(new CategoryCodeInvalidError(node.Code)); continue; }
            if (node.ParentCode is { } p && !byCode.ContainsKey(p)) { errors.Add(new CategoryNotFoundError(p)); continue; }
            accepted.Add(node);
            byCode.Add(node.Code, node);
        }
        return errors.Count > 0 ? DomainResult<CategoryTree>.Failure(errors) : new CategoryTree(accepted, byCode);
    }

    /// <summary>Every category, retired ones included, in display order (depth first; parents before children).</summary>
    public IReadOnlyList<Category> All => _all ??= Ordered(includeRetired: true);

    /// <summary>The categories that accept new items and appear in the portal's menu, in display order.</summary>
    public IReadOnlyList<Category> Active => _active ??= Ordered(includeRetired: false);

    public Category? Find(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<Category> Children(string? parentCode) =>
        _nodes.Where(c => c.ParentCode == parentCode).ToList();

    /// <summary>The category and its ancestors, root first (for breadcrumbs).</summary>
    public IReadOnlyList<Category> PathTo(string code)
    {
        var path = new List<Category>();
        for (var c = Find(code); c is not null; c = c.ParentCode is { } p ? Find(p) : null) path.Insert(0, c);
        return path;
    }

    /// <summary>Whether a new or edited item may be filed under <paramref name="code"/>: the category exists and is not retired.</summary>
    public DomainError? CheckAcceptsItems(string code) => Find(code) switch
    {
        null => new CategoryNotFoundError(code),
        { Retired: true } => new CategoryRetiredError(code),
        _ => null,
    };

    /// <summary>Adds a local category under <paramref name="parentCode"/> (null: at the top), after its existing siblings.</summary>
    public DomainResult<CategoryTree> Add(string code, string nameZh, string? parentCode = null)
    {
        if (!IsValidCode(code)) return new CategoryCodeInvalidError(code);
        if (Find(code) is { } existing) return new CategoryCodeTakenError(code, existing.Retired);
        var name = (nameZh ?? "").Trim();
        if (name.Length == 0) return new CategoryNameRequiredError();
        if (parentCode is not null && CheckAcceptsItems(parentCode) is { } parentProblem) return parentProblem;
        if (NameTaken(name, parentCode, except: null)) return new CategoryNameTakenError(name);
        return new CategoryTree([.. _nodes, new Category(code, name, parentCode, CategorySource.Local, null, false)]);
    }

    /// <summary>Renames a local category. Statutory labels (条例第二十条、第二十一条) are verbatim and stay as they are.</summary>
    public DomainResult<CategoryTree> Rename(string code, string nameZh)
    {
        if (Find(code) is not { } category) return new CategoryNotFoundError(code);
        if (category.IsStatutory) return new StatutoryCategoryNameFixedError(code);
        var name = (nameZh ?? "").Trim();
        if (name.Length == 0) return new CategoryNameRequiredError();
        if (name == category.NameZh) return this;
        if (!category.Retired && NameTaken(name, category.ParentCode, except: code)) return new CategoryNameTakenError(name);
        return Replace(category with { NameZh = name });
    }

    /// <summary>Retires a category: no new items, hidden from the menu; its items and code stay. Children must be retired first.</summary>
    public DomainResult<CategoryTree> Retire(string code)
    {
        if (Find(code) is not { } category) return new CategoryNotFoundError(code);
        if (category.Retired) return new CategoryRetiredError(code);
        var activeChildren = Children(code).Where(c => !c.Retired).Select(c => c.Code).ToList();
        if (activeChildren.Count > 0) return new CategoryHasActiveChildrenError(code, activeChildren);
        return Replace(category with { Retired = true });
    }

    /// <summary>Brings a retired category back (its parent must be active, and no active sibling may have taken its name).</summary>
    public DomainResult<CategoryTree> Reinstate(string code)
    {
        if (Find(code) is not { } category) return new CategoryNotFoundError(code);
        if (!category.Retired) return new CategoryNotRetiredError(code);
        if (category.ParentCode is { } p && Find(p)!.Retired) return new CategoryRetiredError(p);
        if (NameTaken(category.NameZh, category.ParentCode, except: code)) return new CategoryNameTakenError(category.NameZh);
        return Replace(category with { Retired = false });
    }

    public static bool IsValidCode(string? code) => code is { Length: > 0 and <= MaxCodeLength } && CodePattern().IsMatch(code);

    private bool NameTaken(string name, string? parentCode, string? except) =>
        _nodes.Any(c => !c.Retired && c.ParentCode == parentCode && c.Code != except && c.NameZh == name);

    private CategoryTree Replace(Category changed) => new(_nodes.Select(c => c.Code == changed.Code ? changed : c).ToList());

    private List<Category> Ordered(bool includeRetired)
    {
        var children = _nodes.Where(n => includeRetired || !n.Retired).ToLookup(n => n.ParentCode, StringComparer.Ordinal);
        var result = new List<Category>(_nodes.Count);
        void Visit(string? parent)
        {
            foreach (var c in children[parent!])
            {
                result.Add(c);
                Visit(c.Code);
            }
        }
        Visit(null);
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(?:[-.][a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
