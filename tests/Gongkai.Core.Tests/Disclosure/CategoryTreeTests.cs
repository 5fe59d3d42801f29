using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>公开目录分类: 条例第二十条's fifteen items, 条例第二十一条's topics by level, the seed's eight columns; stable codes.</summary>
public class CategoryTreeTests
{
    [Fact]
    public void Default_StartsWithTheFifteenItemsOfArticle20Verbatim()
    {
        var tree = CategoryTree.Default(AgencyLevel.ProvincialDepartment);
        var art20 = tree.Active.Where(c => c.Source == CategorySource.Article20).ToList();

        Assert.Equal(15, art20.Count);
        Assert.Equal("（一）行政法规、规章和规范性文件", art20[0].LabelZh);
        Assert.Equal("（七）财政预算、决算信息", art20[6].LabelZh);
        Assert.Equal("（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", art20[14].LabelZh);
        Assert.Equal(Enumerable.Range(1, 15).Select(DefaultCategories.Article20Code), art20.Select(c => c.Code));
    }

    [Theory]
    [InlineData(AgencyLevel.NationalDepartment, new string[0])]
    [InlineData(AgencyLevel.ProvincialGovernment, new string[0])]
    [InlineData(AgencyLevel.MunicipalGovernment, new[] { "市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助" })]
    [InlineData(AgencyLevel.CountyDepartment, new[] { "市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助" })]
    [InlineData(AgencyLevel.TownshipGovernment, new[] { "农业农村政策落实", "农田水利工程建设运营", "农村土地承包经营权流转", "宅基地使用情况审核", "土地征收", "房屋征收", "筹资筹劳", "社会救助" })]
    public void Default_AddsTheArticle21TopicsOfTheAgencyLevel(AgencyLevel level, string[] topics)
    {
        var tree = CategoryTree.Default(level);

        Assert.Equal(topics, tree.Active.Where(c => c.Source == CategorySource.Article21).Select(c => c.NameZh));
    }

    [Fact]
    public void Default_EndsWithTheSeedsEightPortalColumnsInItsOrder()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment);

        Assert.Equal(["政府信息公开年报", "机构职能", "预决算公开", "行政权力运行", "公示公告", "专题专栏", "政府开放日", "部门动态"],
            tree.Active.Where(c => c.Source == CategorySource.Local).Select(c => c.NameZh));
    }

    [Fact]
    public void Add_UnderAParent_AppearsAfterTheParentInDisplayOrder()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment).Add("news-training", "技术培训", "news").Value;

        var order = tree.Active.Select(c => c.Code).ToList();
        Assert.Equal(order.IndexOf("news") + 1, order.IndexOf("news-training"));
        Assert.Equal(["news", "news-training"], tree.PathTo("news-training").Select(c => c.Code));
    }

    [Theory]
    [InlineData("News")]
    [InlineData("a b")]
    [InlineData("-a")]
    [InlineData("新闻")]
    [InlineData("")]
    public void Add_WithAnInvalidCode_IsRefused(string code)
    {
        Assert.IsType<CategoryCodeInvalidError>(Assert.Single(CategoryTree.Empty.Add(code, "栏目").Errors));
    }

    [Fact]
    public void Add_ReusingTheCodeOfARetiredCategory_IsRefused()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment).Retire("open-day").Value;

        var error = Assert.IsType<CategoryCodeTakenError>(Assert.Single(tree.Add("open-day", "开放日").Errors));
        Assert.True(error.ByRetired);
    }

    [Fact]
    public void Add_WithTheNameOfAnActiveSibling_IsRefused()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment);

        Assert.IsType<CategoryNameTakenError>(Assert.Single(tree.Add("news2", "部门动态").Errors));
    }

    [Fact]
    public void Rename_KeepsTheCode()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment).Rename("news", "工作动态").Value;

        Assert.Equal("工作动态", tree.Find("news")!.NameZh);
    }

    [Fact]
    public void Rename_OfAStatutoryItem_IsRefused()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment);

        Assert.IsType<StatutoryCategoryNameFixedError>(Assert.Single(tree.Rename("art20-07", "财政信息").Errors));
        Assert.IsType<StatutoryCategoryNameFixedError>(Assert.Single(tree.Rename("art21-social-assistance", "救助").Errors));
    }

    [Fact]
    public void Retire_HidesTheCategoryAndRefusesNewItems_ButKeepsIt()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment).Retire("open-day").Value;

        Assert.DoesNotContain(tree.Active, c => c.Code == "open-day");
        Assert.Contains(tree.All, c => c.Code == "open-day");
        Assert.IsType<CategoryRetiredError>(tree.CheckAcceptsItems("open-day"));
        Assert.IsType<CategoryNotFoundError>(tree.CheckAcceptsItems("no-such"));
    }

    [Fact]
    public void Retire_AParentWithActiveChildren_IsRefused_AndReinstateUnderARetiredParentToo()
    {
        var tree = CategoryTree.Default(AgencyLevel.CountyDepartment).Add("news-training", "技术培训", "news").Value;

        Assert.IsType<CategoryHasActiveChildrenError>(Assert.Single(tree.Retire("news").Errors));

        var retired = tree.Retire("news-training").Value.Retire("news").Value;
        Assert.IsType<CategoryRetiredError>(Assert.Single(retired.Reinstate("news-training").Errors));
        Assert.False(retired.Reinstate("news").Value.Find("news")!.Retired);
    }

    [Fact]
    public void Reinstate_OfAnActiveCategory_IsRefused()
    {
        Assert.IsType<CategoryNotRetiredError>(Assert.Single(CategoryTree.Default(AgencyLevel.CountyDepartment).Reinstate("news").Errors));
    }

    [Fact]
    public void FromNodes_RoundTripsAllNodes()
    {
        var tree = CategoryTree.Default(AgencyLevel.TownshipGovernment).Add("x", "乡村振兴", "art20-11").Value.Retire("topics").Value;

        var rebuilt = CategoryTree.FromNodes(tree.All).Value;

        Assert.Equal(tree.All, rebuilt.All);
    }

    [Fact]
    public void FromNodes_WithAChildBeforeItsParent_IsRefused()
    {
        var nodes = new[] { new Category("b", "子", "a", CategorySource.Local, null, false), new Category("a", "父", null, CategorySource.Local, null, false) };

        Assert.IsType<CategoryNotFoundError>(Assert.Single(CategoryTree.FromNodes(nodes).Errors));
    }
}
