namespace Gongkai.Core.Disclosure.Catalogue;

// Every refused change to a category tree is one of these.

/// <summary>Codes are short ASCII keys (lower-case letters, digits, single '-' or '.' between them) so they can appear in URLs.</summary>
public sealed record CategoryCodeInvalidError(string Code) : DomainError("category-code-invalid",
    $"分类代码“{Code}”无效：只能使用小写字母、数字及“-”“.”，不超过{CategoryTree.MaxCodeLength}个字符",
    $"category code '{Code}' is invalid: use lower-case letters, digits, '-' and '.', at most {CategoryTree.MaxCodeLength} characters");

/// <summary>A code is never reused, not even the code of a retired category: stored items and links keep their meaning.</summary>
public sealed record CategoryCodeTakenError(string Code, bool ByRetired) : DomainError("category-code-taken",
    ByRetired ? $"分类代码“{Code}”已被已停用的分类使用，代码不能重复使用" : $"分类代码“{Code}”已存在",
    ByRetired ? $"category code '{Code}' belongs to a retired category; codes are never reused" : $"category code '{Code}' already exists");

public sealed record CategoryNotFoundError(string Code) : DomainError("category-not-found",
    $"分类“{Code}”不存在", $"category '{Code}' does not exist");

public sealed record CategoryNameRequiredError() : DomainError("category-name-required",
    "请填写分类名称", "a category needs a name");

/// <summary>Two active categories under the same parent cannot share a name: the portal menu would show it twice.</summary>
public sealed record CategoryNameTakenError(string NameZh) : DomainError("category-name-taken",
    $"同一层级已有名为“{NameZh}”的分类", $"a category named '{NameZh}' already exists at this level");

/// <summary>Labels from the 条例 are reproduced verbatim; an agency adds its own category instead of renaming one.</summary>
public sealed record StatutoryCategoryNameFixedError(string Code) : DomainError("statutory-category-name-fixed",
    $"分类“{Code}”的名称来自《政府信息公开条例》原文，不能修改；可新增本机关的分类", $"category '{Code}' has a statutory label and cannot be renamed");

public sealed record CategoryRetiredError(string Code) : DomainError("category-retired",
    $"分类“{Code}”已停用", $"category '{Code}' is retired");

public sealed record CategoryNotRetiredError(string Code) : DomainError("category-not-retired",
    $"分类“{Code}”未停用，无需恢复", $"category '{Code}' is not retired");

/// <summary>Retiring a parent would hide active children: retire them first.</summary>
public sealed record CategoryHasActiveChildrenError(string Code, IReadOnlyList<string> ChildCodes) : DomainError("category-has-active-children",
    $"分类“{Code}”下还有未停用的子分类（{string.Join("、", ChildCodes)}），请先停用子分类",
    $"category '{Code}' has active children ({string.Join(", ", ChildCodes)}); retire them first");
