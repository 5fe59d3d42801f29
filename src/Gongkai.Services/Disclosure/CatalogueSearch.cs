using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>One search result: the catalogue line, and the title and an excerpt as HTML with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchResult(CatalogueEntry Entry, string AgencyName, string TitleHtml, string SnippetHtml, int MatchedTerms);

public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchResult> Results, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// 全文检索: the portal's search over titles, bodies and attachment text. The query is split into terms and segmented by the
/// same <see cref="ChineseSegmenter"/> as the index; the database finds the versions matching any term and ranks first by how
/// many terms matched, then by its own relevance, so “科技 培训” puts an item with both words above one with either. Only what
/// <see cref="PublicCatalogueQueries.VisibleAt"/> admits is returned.
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db, PublicCatalogue catalogue, ChineseSegmenter segmenter, TimeProvider clock)
{
    public const int PageSize = 10;

    public async Task<SearchResults> SearchAsync(string? input, Guid? agencyId, int page, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(input, segmenter);
        page = Math.Max(1, page);
        if (query.IsEmpty) return new SearchResults(query, [], 0, page, PageSize);

        var hits = CatalogueSearchIndex.Match(db, query.Terms.Select(t => (IReadOnlyList<string>)t.Tokens).ToList(), agencyId);
        var visible = db.PublishedVersions().AsNoTracking().VisibleAt(clock.GetUtcNow());
        var joined = hits.Join(visible, h => new { h.ItemId, h.Revision }, v => new { v.ItemId, v.Revision }, (h, v) => new { h, v });
        var total = await joined.CountAsync(cancellationToken);
        var rows = await joined.OrderByDescending(x => x.h.Matched).ThenByDescending(x => x.h.Rank).ThenByDescending(x => x.v.PublishAt)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(x => x.v).ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.ItemId).ToList();
        var entries = await catalogue.Entries(visible.Where(v => ids.Contains(v.ItemId))).ToDictionaryAsync(e => e.ItemId, cancellationToken);
        var agencyIds = rows.Select(r => r.AgencyId).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var results = rows.Where(r => entries.ContainsKey(r.ItemId)).Select(r =>
        {
            var titleMatch = query.Match(r.Title, segmenter);
            var text = string.Join("\n", new[] { r.Summary, r.BodyText }.Where(s => !string.IsNullOrEmpty(s)));
            var bodyMatch = query.Match(text, segmenter);
            var matched = Math.Max(titleMatch.MatchedTerms, bodyMatch.MatchedTerms);
            return new SearchResult(entries[r.ItemId], names.GetValueOrDefault(r.AgencyId, ""), Highlighter.Highlight(r.Title, titleMatch.Spans),
                Highlighter.Snippet(text, bodyMatch.Spans), matched);
        }).ToList();
        return new SearchResults(query, results, total, page, PageSize);
    }
}
