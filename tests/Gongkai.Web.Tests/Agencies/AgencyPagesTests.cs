using System.Net;
using System.Text;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Agencies;

/// <summary>The agency administration pages (机关管理) in the browser's terms: forms with antiforgery tokens, Chinese messages.</summary>
public sealed class AgencyPagesTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task TreePage_ShowsTheRegionAndItsAgenciesIndented()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var html = await app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin).GetStringAsync("/admin/agencies");

        Assert.Contains($"<td class=\"tree-depth-0\">测试区{tree.Suffix}</td>", html);
        Assert.Contains($"<td class=\"tree-depth-1\">甲局{tree.Suffix}</td>", html);
        Assert.Contains("从 CSV / Excel 导入", html);
    }

    [Fact]
    public async Task AddPage_StoresTheAgency_AndRedirectsToTheTree()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var token = HtmlForms.AntiforgeryToken(await admin.GetStringAsync("/admin/agencies/add"));

        var response = await admin.PostAsync("/admin/agencies/add", Form(token, ("Form.ParentId", tree.Region.ToString()),
            ("Form.Name", $"丁局{tree.Suffix}"), ("Form.Level", "department"), ("Form.CreditCode", TestAgencyTree.NewCreditCode())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.AnyAsync(a => a.Name == $"丁局{tree.Suffix}"));
    }

    [Fact]
    public async Task AddPage_WithBadCreditCode_ShowsTheReasonInChinese()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var token = HtmlForms.AntiforgeryToken(await admin.GetStringAsync("/admin/agencies/add"));

        var response = await admin.PostAsync("/admin/agencies/add", Form(token, ("Form.ParentId", tree.Region.ToString()),
            ("Form.Name", $"戊局{tree.Suffix}"), ("Form.Level", "department"), ("Form.CreditCode", "123")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("统一社会信用代码应为18位", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EditPage_AgencyAdminChangesItsPhone_OtherFieldsStayAsTheyWere()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);
        var page = await admin.GetStringAsync($"/admin/agencies/{tree.AgencyA}/edit");
        Assert.Contains("机关管理员可以修改本机关政府信息公开工作机构的联系方式", page);

        // A crafted post of a new name is ignored: only the contact fields are taken from an agency admin's form.
        var response = await admin.PostAsync($"/admin/agencies/{tree.AgencyA}/edit", Form(HtmlForms.AntiforgeryToken(page),
            ("Form.Name", "被篡改的名称"), ("Form.Office", "办公室"), ("Form.Phone", "0951-5098765")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.AsNoTracking().SingleAsync(a => a.Id == tree.AgencyA);
        Assert.Equal("0951-5098765", stored.ContactPhone);
        Assert.Equal($"甲局{tree.Suffix}", stored.Name);
    }

    [Fact]
    public async Task EditPage_OfAnotherAgency_IsNotFound()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var response = await app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin).GetAsync($"/admin/agencies/{tree.AgencyB}/edit");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ImportPage_WithOneBadLine_ListsItsLineNumber_AndStoresNoLine()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var csv = $"名称,层级,统一社会信用代码,上级\n己局{tree.Suffix},department,{TestAgencyTree.NewCreditCode()},{tree.Region}\n庚局{tree.Suffix},department,123,{tree.Region}\n";

        var response = await UploadAsync(admin, "机关.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("第3行：统一社会信用代码应为18位", html);
        Assert.Contains("未导入任何机关", html);
        await using var scope = app.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.AnyAsync(a => a.Name == $"己局{tree.Suffix}"));
    }

    [Fact]
    public async Task ImportPage_WithAValidFile_StoresEveryLine_IncludingOnesUnderEarlierLines()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var csv = $"名称,层级,上级\n辛片区{tree.Suffix},region,{tree.Region}\n壬片区{tree.Suffix},region,辛片区{tree.Suffix}\n";

        var response = await UploadAsync(admin, "机关.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入 2 个机关", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportAndAddPages_AreForSystemAdminsOnly()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var agencyAdmin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, (await agencyAdmin.GetAsync("/admin/agencies/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agencyAdmin.GetAsync("/admin/agencies/add")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agencyAdmin.GetAsync("/admin/agencies")).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/admin/agencies/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync("/admin/agencies/import", form);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
