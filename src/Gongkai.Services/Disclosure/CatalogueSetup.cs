using System.Globalization;
using System.Runtime.CompilerServices;
using Gongkai.Core;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Agencies;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using AgencyKind = Gongkai.Core.Agencies.AgencyLevel;

namespace Gongkai.Services.Disclosure;

/// <summary>An agency's catalogue settings as the workflow needs them: its category tree, its channels, its 索引号 rule.</summary>
public sealed record AgencyCatalogue(Agency Agency, CategoryTree Tree, IReadOnlyList<PublicationChannel> Channels)
{
    /// <summary>
    /// The agency's 索引号 rule: its own prefix when set (any prefix the agency data accepted), otherwise the default rule on its
    /// 统一社会信用代码 (identifiers.md: <c>{prefix}/{YYYY}-{NNNNN}</c>).
    /// </summary>
    public DomainResult<IndexNumberRule> IndexRule()
    {
        if (Agency.IndexPrefix is { Length: > 0 } prefix)
        {
            var rule = IndexNumberRule.Create(prefix, IndexNumberRule.DefaultPattern, allowCustomPrefix: true);
            return rule.Succeeded ? rule : new IndexRuleInvalidError(rule.Error!);
        }
        if (Agency.CreditCode is { } code && UnifiedSocialCreditCode.Validate(code).Value is { } valid) return IndexNumberRule.Default(valid);
        return new IndexRuleMissingError();
    }
}

/// <summary>
/// 目录设置: reads an agency's categories and channels, seeding Core's defaults the first time (so a new agency starts with
/// 条例第二十条's fifteen items, the 第二十一条 topics of its level and the usual portal columns, and with the portal and a 微信公众号).
/// </summary>
public sealed class CatalogueSetup(GongkaiDbContext db)
{
    /// <summary>
    /// 条例第二十一条's optional topics depend on the agency's level, which the agency tree records only coarsely (government,
    /// department, township): a government or department is taken as county level (the level most agencies using Gongkai are at)
    /// — UNVERIFIED for municipal or provincial agencies, which retire or add categories in their settings.
    /// </summary>
    public static AgencyLevel CatalogueLevel(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => AgencyLevel.CountyGovernment,
        AgencyKind.Department => AgencyLevel.CountyDepartment,
        AgencyKind.Township => AgencyLevel.TownshipGovernment,
        _ => AgencyLevel.ProvincialDepartment,
    };

    /// <summary>The agency's catalogue, or null when there is no such agency. Seeds the defaults on first use.</summary>
    public async Task<AgencyCatalogue?> LoadAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        if (agency is null) return null;
        var categories = await db.CatalogueCategories().AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var channels = await db.CatalogueChannels().AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        if (categories.Count == 0 || channels.Count == 0)
        {
            if (categories.Count == 0)
            {
                categories = DefaultCategories(agency);
                db.CatalogueCategories().AddRange(categories);
            }
            if (channels.Count == 0)
            {
                channels = DefaultChannels(agencyId);
                db.CatalogueChannels().AddRange(channels);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request seeded the same agency first; its rows are as good as ours.
                db.ChangeTracker.Clear();
                return await LoadAsync(agencyId, cancellationToken);
            }
            db.ChangeTracker.Clear();
        }
        return Catalogue(agency, categories, channels);
    }

    /// <summary>
    /// The catalogues of many agencies in three queries, for reading (the supervising office's live reports): what
    /// <see cref="LoadAsync"/> returns for each, except that an agency never opened gets the defaults <see cref="LoadAsync"/>
    /// would seed without their being stored. Unknown agencies are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AgencyCatalogue>> LoadAllAsync(IReadOnlyCollection<Guid> agencyIds,
        CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var categories = (await db.CatalogueCategories().AsNoTracking().Where(c => agencyIds.Contains(c.AgencyId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.AgencyId);
        var channels = (await db.CatalogueChannels().AsNoTracking().Where(c => agencyIds.Contains(c.AgencyId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.AgencyId);
        return agencies.ToDictionary(a => a.Id, a =>
        {
            var ownCategories = categories[a.Id].OrderBy(c => c.Position).ToList();
            var ownChannels = channels[a.Id].OrderBy(c => c.Position).ToList();
            return Catalogue(a, ownCategories.Count == 0 ? DefaultCategories(a) : ownCategories, ownChannels.Count == 0 ? DefaultChannels(a.Id) : ownChannels);
        });
    }

    /// <summary>
    /// The catalogue of an agency for reading (the annual report) as one statement of the live report's <paramref name="batch"/>:
    /// what <see cref="LoadAsync"/> returns, and for an agency never opened the defaults it would seed, without storing them —
    /// computing a report writes nothing (the categories and the channels,
    /// told apart by their first column; each put in order by position here — one statement fewer per report than reading them
    /// apart); the returned function gives the catalogue of the agency once the batch has run.
    /// </summary>
    internal static Func<Agency, AgencyCatalogue> AddRead(ReportReadBatch batch, Guid agencyId)
    {
        var model = batch.Model;
        var statement = Statements.GetValue(model, m => new CatalogueStatement(m));
        var (c, h) = (statement.Categories, statement.Channels);
        var categories = new List<CatalogueCategoryRecord>();
        var channels = new List<CatalogueChannelRecord>();
        batch.Add(statement.Sql, reader =>
        {
            while (reader.Read())
            {
                if (reader.GetInt32(0) == CatalogueStatement.CategoryRow)
                    categories.Add(new CatalogueCategoryRecord
                    {
                        AgencyId = agencyId,
                        Code = reader.GetString(1),
                        Name = reader.GetString(2),
                        ParentCode = reader.IsDBNull(3) ? null : reader.GetString(3),
                        Source = c.Read<CategorySource>(reader, 4, nameof(CatalogueCategoryRecord.Source)),
                        Article20Item = c.ReadOrNull<int>(reader, 5, nameof(CatalogueCategoryRecord.Article20Item)),
                        Retired = c.Read<bool>(reader, 6, nameof(CatalogueCategoryRecord.Retired)),
                        Position = c.Read<int>(reader, 7, nameof(CatalogueCategoryRecord.Position)),
                    });
                else
                    channels.Add(new CatalogueChannelRecord
                    {
                        AgencyId = agencyId,
                        Code = reader.GetString(1),
                        Name = reader.GetString(2),
                        AccountName = reader.IsDBNull(3) ? null : reader.GetString(3),
                        Kind = h.Read<ChannelKind>(reader, 4, nameof(CatalogueChannelRecord.Kind)),
                        Position = h.Read<int>(reader, 7, nameof(CatalogueChannelRecord.Position)),
                    });
            }
            categories.Sort((x, y) => x.Position.CompareTo(y.Position));
            channels.Sort((x, y) => x.Position.CompareTo(y.Position));
        }, new ReportReadBatch.Value(c.Property(nameof(CatalogueCategoryRecord.AgencyId)), agencyId));
        return agency => Catalogue(agency, categories.Count == 0 ? DefaultCategories(agency) : categories, channels.Count == 0 ? DefaultChannels(agency.Id) : channels);
    }

    private static readonly ConditionalWeakTable<IModel, CatalogueStatement> Statements = [];

    /// <summary>
    /// The catalogue's categories and channels as one statement (@p0 the agency) with the model's names, built once per model: a
    /// category row is (0, code, name, parent, source, article-20 item, retired, position), a channel row (1, code, name,
    /// account name, kind, null, null, position).
    /// </summary>
    private sealed class CatalogueStatement
    {
        public const int CategoryRow = 0;

        public CatalogueStatement(IModel model)
        {
            Categories = new StoredEntity(model, typeof(CatalogueCategoryRecord));
            Channels = new StoredEntity(model, typeof(CatalogueChannelRecord));
            Sql = $"SELECT {CategoryRow}, {Categories.Columns("c", nameof(CatalogueCategoryRecord.Code), nameof(CatalogueCategoryRecord.Name),
                nameof(CatalogueCategoryRecord.ParentCode), nameof(CatalogueCategoryRecord.Source), nameof(CatalogueCategoryRecord.Article20Item),
                nameof(CatalogueCategoryRecord.Retired), nameof(CatalogueCategoryRecord.Position))} FROM {Categories.Table} AS c " +
                $"WHERE c.{Categories.Column(nameof(CatalogueCategoryRecord.AgencyId))} = @p0 " +
                $"UNION ALL SELECT {CategoryRow + 1}, {Channels.Columns("h", nameof(CatalogueChannelRecord.Code), nameof(CatalogueChannelRecord.Name),
                    nameof(CatalogueChannelRecord.AccountName), nameof(CatalogueChannelRecord.Kind))}, NULL, NULL, " +
                $"h.{Channels.Column(nameof(CatalogueChannelRecord.Position))} FROM {Channels.Table} AS h " +
                $"WHERE h.{Channels.Column(nameof(CatalogueChannelRecord.AgencyId))} = @p0";
        }

        public string Sql { get; }
        public StoredEntity Categories { get; }
        public StoredEntity Channels { get; }
    }

    private static AgencyCatalogue Catalogue(Agency agency, IEnumerable<CatalogueCategoryRecord> categories, IEnumerable<CatalogueChannelRecord> channels)
    {
        var tree = CategoryTree.FromNodes(categories.Select(c => c.ToCategory()));
        if (!tree.Succeeded) throw new InvalidDataException($"Stored categories of agency {agency.Id} are inconsistent: {tree.Error!.MessageEn}");
        return new AgencyCatalogue(agency, tree.Value, channels.Select(c => c.ToChannel()).ToList());
    }

    private static List<CatalogueCategoryRecord> DefaultCategories(Agency agency) =>
        CategoryTree.Default(CatalogueLevel(agency.Level)).All.Select((c, i) => new CatalogueCategoryRecord
        {
            AgencyId = agency.Id, Code = c.Code, Name = c.NameZh, ParentCode = c.ParentCode, Source = c.Source,
            Article20Item = c.Article20Item, Retired = c.Retired, Position = i,
        }).ToList();

    private static List<CatalogueChannelRecord> DefaultChannels(Guid agencyId) =>
        new[] { PublicationChannel.Portal, PublicationChannel.WeChat() }.Select((c, i) => new CatalogueChannelRecord
        {
            AgencyId = agencyId, Code = c.Code, Kind = c.Kind, Name = c.NameZh, AccountName = c.AccountName, Position = i,
        }).ToList();

    /// <summary>Adds a local category (under <paramref name="parentCode"/>, or at the top).</summary>
    public Task<DomainResult<CategoryTree>> AddCategoryAsync(Access.StaffScope scope, string code, string name, string? parentCode, CancellationToken cancellationToken = default) =>
        ChangeTreeAsync(scope, tree => tree.Add(code, name, string.IsNullOrWhiteSpace(parentCode) ? null : parentCode), cancellationToken);

    /// <summary>Renames a local category (statutory labels stay verbatim).</summary>
    public Task<DomainResult<CategoryTree>> RenameCategoryAsync(Access.StaffScope scope, string code, string name, CancellationToken cancellationToken = default) =>
        ChangeTreeAsync(scope, tree => tree.Rename(code, name), cancellationToken);

    /// <summary>Retires a category (hidden from the menu and new items; its items and code stay) or brings it back.</summary>
    public Task<DomainResult<CategoryTree>> RetireCategoryAsync(Access.StaffScope scope, string code, bool retire, CancellationToken cancellationToken = default) =>
        ChangeTreeAsync(scope, tree => retire ? tree.Retire(code) : tree.Reinstate(code), cancellationToken);

    /// <summary>Applies one of Core's tree changes to the caller's agency and stores the result (positions follow the tree's order).</summary>
    private async Task<DomainResult<CategoryTree>> ChangeTreeAsync(Access.StaffScope scope, Func<CategoryTree, DomainResult<CategoryTree>> change,
        CancellationToken cancellationToken)
    {
        var agencyId = scope.HomeAgencyId;
        if (!scope.CanWrite(agencyId) && !scope.CanAdminister(agencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        var catalogue = await LoadAsync(agencyId, cancellationToken);
        if (catalogue is null) return new CatalogueAgencyNotFoundError();
        var changed = change(catalogue.Tree);
        if (!changed.Succeeded) return changed;
        var rows = await db.CatalogueCategories().Where(c => c.AgencyId == agencyId).ToDictionaryAsync(c => c.Code, cancellationToken);
        var all = changed.Value.All;
        for (var i = 0; i < all.Count; i++)
        {
            var c = all[i];
            if (!rows.TryGetValue(c.Code, out var row))
            {
                row = new CatalogueCategoryRecord { AgencyId = agencyId, Code = c.Code, Source = c.Source, Article20Item = c.Article20Item };
                db.CatalogueCategories().Add(row);
            }
            row.Name = c.NameZh;
            row.ParentCode = c.ParentCode;
            row.Retired = c.Retired;
            row.Position = i;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>Sets the account name of a channel (e.g. the 微信公众号 “红寺堡科技”), or adds an agency's own outlet.</summary>
    public async Task<DomainResult<PublicationChannel>> SaveChannelAsync(Access.StaffScope scope, Guid agencyId, string code, string name, string? accountName,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new CatalogueAgencyNotFoundError();
        if (!scope.CanWrite(agencyId) && !scope.CanAdminister(agencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        if (await LoadAsync(agencyId, cancellationToken) is null) return new CatalogueAgencyNotFoundError();
        var existing = await db.CatalogueChannels().SingleOrDefaultAsync(c => c.AgencyId == agencyId && c.Code == code, cancellationToken);
        DomainResult<PublicationChannel> channel = code switch
        {
            PublicationChannel.PortalCode => PublicationChannel.Portal,
            PublicationChannel.WeChatCode => PublicationChannel.WeChat(string.IsNullOrWhiteSpace(accountName) ? null : accountName.Trim()),
            _ => PublicationChannel.Other(code, name, accountName),
        };
        if (!channel.Succeeded) return channel;
        var c = channel.Value;
        if (existing is null)
        {
            var position = await db.CatalogueChannels().Where(x => x.AgencyId == agencyId).CountAsync(cancellationToken);
            db.CatalogueChannels().Add(new CatalogueChannelRecord { AgencyId = agencyId, Code = c.Code, Kind = c.Kind, Name = c.NameZh, AccountName = c.AccountName, Position = position });
        }
        else
        {
            existing.Name = c.NameZh;
            existing.AccountName = c.AccountName;
        }
        await db.SaveChangesAsync(cancellationToken);
        return c;
    }
}
