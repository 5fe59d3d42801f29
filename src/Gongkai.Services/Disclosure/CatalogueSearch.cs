using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>One search result: the catalogue line, and the title and an excerpt as HTML with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchResult(CatalogueEntry Entry, string AgencyName, string TitleHtml, string SnippetHtml, int MatchedTerms);

public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchResult> Results, int Total, int Page, int PageSize)
{
    /// <summary>The query matched more than <see cref="CatalogueSearch.ExactUpTo"/> items: only the newest of them were ranked and counted.</summary>
    public bool TotalIsPartial { get; init; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// 全文检索: the portal's search over titles, bodies and attachment text. The query is split into terms and segmented by the
/// same <see cref="ChineseSegmenter"/> as the index; the database finds the versions matching any term and ranks first by how
/// many terms matched, then by its own relevance, so “科技 培训” puts an item with both words above one with either. Only what
/// <see cref="PublicCatalogueQueries.VisibleAt"/> admits is returned: the index returns only visible hits, and the page's
/// rows are read through <see cref="PublicCatalogueQueries.VisibleAt"/> again. The work per query is bounded (see
/// <see cref="CatalogueSearchIndex.FindAsync"/>): a query matching a large part of a million items ranks the newest
/// matches of each kind and says so (<see cref="SearchResults.TotalIsPartial"/>) instead of scoring every one, and only the
/// hits that can reach the requested page are scored.
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db, PublicCatalogue catalogue, ChineseSegmenter segmenter, TimeProvider clock, SearchTermCounts wordRows)
{
    public const int PageSize = 10;

    /// <summary>Up to this many matching versions, all are ranked (exact); beyond it, the newest <see cref="PerPattern"/> of each way of matching.</summary>
    public const int ExactUpTo = 2_000;

    public const int PerPattern = 500;

    public async Task<SearchResults> SearchAsync(string? input, Guid? agencyId, int page, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(input, segmenter);
        page = Math.Max(1, page);
        if (query.IsEmpty) return new SearchResults(query, [], 0, page, PageSize);

        var stamp = await PublicCatalogueCache.StampAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var found = await CatalogueSearchIndex.FindAsync(db, query.Terms.Select(t => (IReadOnlyList<string>)t.Tokens).ToList(), agencyId,
            now, ExactUpTo, PerPattern, wordRows, stamp, cancellationToken);
        var visible = db.PublishedVersions().AsNoTracking().VisibleAt(now);
        var shown = found.Hits.ToList();
        await found.RankAsync(ToRank(shown, (page - 1) * PageSize), cancellationToken);
        var ranked = shown.Where(h => h.Matched > 0)
            .OrderByDescending(h => h.Matched).ThenByDescending(h => h.Rank).ThenByDescending(h => h.PublishAt).ToList();
        var pageHits = ranked.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var pageKeys = pageHits.Select(h => h.ItemId).ToList();
        var loaded = await visible.Where(v => pageKeys.Contains(v.ItemId)).ToListAsync(cancellationToken);
        var rows = pageHits.Select(h => loaded.Single(v => v.ItemId == h.ItemId && v.Revision == h.Revision)).ToList();
        var total = ranked.Count;

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
        return new SearchResults(query, results, total, page, PageSize) { TotalIsPartial = found.Truncated };
    }

    /// <summary>
    /// The hits whose relevance decides the page that starts at <paramref name="skip"/>: results are ordered by terms matched
    /// first, so when that number is known for every hit only the groups (same number of terms) that overlap the page need
    /// ranking; otherwise all of them.
    /// </summary>
    private static List<SearchIndexHit> ToRank(List<SearchIndexHit> hits, int skip)
    {
        if (hits.Any(h => h.Matched == 0)) return hits;
        var rank = new List<SearchIndexHit>();
        var before = 0;
        foreach (var group in hits.GroupBy(h => h.Matched).OrderByDescending(g => g.Key))
        {
            var count = group.Count();
            if (before < skip + PageSize && before + count > skip) rank.AddRange(group);
            before += count;
        }
        return rank;
    }
}
