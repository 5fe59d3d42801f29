using System.Runtime.CompilerServices;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c> once per EF Core model: a compiled query runs only with the model it was
/// compiled for, and the SQLite and the PostgreSQL context each have their own. For reads made on every page or report, where
/// translating the LINQ expression each time (parameters extracted, cache key hashed) costs more CPU than running the SQL.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(GongkaiDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}

internal static class CompiledQueryResults
{
    /// <summary>The rows of a compiled query, read to the end.</summary>
    public static async Task<List<T>> ListAsync<T>(this IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken)) list.Add(row);
        return list;
    }
}
