using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Razor Pages may live in a feature's folder (<c>Agencies/Index.cshtml</c> beside <c>Agencies/AgencyApi.cs</c>), not
/// only under <c>Pages/</c>: pages are discovered from the project root. Pages under <c>Pages/</c> keep the routes they
/// had (the folder name is not part of the URL), and every page finds the shared layout in <c>Pages/Shared</c>.
/// A feature folder holding pages brings its own <c>_ViewImports.cshtml</c> and <c>_ViewStart.cshtml</c>.
/// </summary>
internal static class FeatureFolderPages
{
    public static IMvcBuilder AddFeatureFolderPages(this IMvcBuilder mvc)
    {
        mvc.AddRazorPagesOptions(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.Add(new PagesFolderRoutes());
        });
        mvc.Services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Pages/Shared/{0}" + RazorViewEngine.ViewExtension));
        return mvc;
    }

    /// <summary>Removes the leading <c>Pages/</c> that discovery from the root adds to the default routes of pages in that folder.</summary>
    private sealed class PagesFolderRoutes : IPageRouteModelConvention
    {
        private const string Folder = "Pages";

        public void Apply(PageRouteModel model)
        {
            if (!model.ViewEnginePath.StartsWith($"/{Folder}/", StringComparison.Ordinal)) return;
            foreach (var selector in model.Selectors)
            {
                if (selector.AttributeRouteModel?.Template is not { } template) continue;
                if (template == Folder) selector.AttributeRouteModel.Template = "";
                else if (template.StartsWith($"{Folder}/", StringComparison.Ordinal)) selector.AttributeRouteModel.Template = template[(Folder.Length + 1)..];
            }
        }
    }
}
