using System.Globalization;
using System.Xml.Linq;
using Gongkai.Services.Disclosure;

namespace Gongkai.Web.Catalogue;

/// <summary>The portal's machine-readable parts: Atom feeds per agency and category, sitemap.xml, attachment downloads, and the catalogue API.</summary>
public static class PortalEndpoints
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCatalogueApi();
        app.MapGet("/xxgk/{agencyId:guid}/feed.atom", (Guid agencyId, HttpContext http, PublicCatalogue catalogue, CancellationToken ct) =>
            FeedAsync(agencyId, null, http, catalogue, ct)).AllowAnonymous();
        app.MapGet("/xxgk/{agencyId:guid}/{category}/feed.atom", (Guid agencyId, string category, HttpContext http, PublicCatalogue catalogue, CancellationToken ct) =>
            FeedAsync(agencyId, category, http, catalogue, ct)).AllowAnonymous();
        app.MapGet("/sitemap.xml", SitemapAsync).AllowAnonymous();
        app.MapGet("/xxgk/items/{itemId:guid}/files/{sha256}", async (Guid itemId, string sha256, PublicCatalogue catalogue, CancellationToken ct) =>
            await catalogue.AttachmentAsync(itemId, sha256, ct) is { } file
                ? Results.File(file.Content, file.Attachment.MediaType, file.Attachment.FileName)
                : Results.NotFound()).AllowAnonymous();
    }

    private static async Task<IResult> FeedAsync(Guid agencyId, string? category, HttpContext http, PublicCatalogue catalogue, CancellationToken ct)
    {
        var agency = await catalogue.AgencyAsync(agencyId, ct);
        if (agency is null || (category is not null && agency.Tree.Find(category) is null)) return Results.NotFound();
        var versions = await catalogue.FeedAsync(agencyId, category, cancellationToken: ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var title = agency.Agency.Name + " 政府信息公开" + (category is null ? "" : " · " + agency.Tree.Find(category)!.NameZh);
        var updated = versions.Count > 0 ? versions[0].PublishAt : agency.Agency.CreatedAt;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "zh-CN"),
            new XElement(Atom + "id", origin + PortalLinks.Feed(agencyId, category)),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", origin + PortalLinks.Feed(agencyId, category))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", origin + PortalLinks.List(agencyId, category, null))),
            new XElement(Atom + "author", new XElement(Atom + "name", agency.Agency.Name)),
            versions.Select(v => new XElement(Atom + "entry",
                new XElement(Atom + "id", origin + PortalLinks.Item(v.ItemId)),
                new XElement(Atom + "title", v.Title),
                new XElement(Atom + "updated", Stamp(v.PublishAt)),
                new XElement(Atom + "published", Stamp(v.PublishAt)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", origin + PortalLinks.Item(v.ItemId))),
                new XElement(Atom + "summary", Excerpt(v.Summary ?? v.BodyText)))));
        return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed, "application/atom+xml; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(HttpContext http, PublicCatalogue catalogue, CancellationToken ct)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var agencies = await catalogue.AgenciesAsync(ct);
        var items = await catalogue.SitemapAsync(cancellationToken: ct);
        var urls = new List<XElement> { Url(origin + "/xxgk", null) };
        urls.AddRange(agencies.SelectMany(a => new[] { Url(origin + PortalLinks.Agency(a.Id), null), Url(origin + PortalLinks.Guide(a.Id), null) }));
        urls.AddRange(items.Select(i => Url(origin + PortalLinks.Item(i.ItemId), i.PublishedAt)));
        var set = new XElement(Sitemap + "urlset", urls);
        return Results.Text(new XDeclaration("1.0", "utf-8", null) + "\n" + set, "application/xml; charset=utf-8");
    }

    private static XElement Url(string location, DateTimeOffset? modified) => new(Sitemap + "url",
        new XElement(Sitemap + "loc", location),
        modified is { } m ? new XElement(Sitemap + "lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);

    private static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
