using System.Collections.Frozen;
using System.Data.Common;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Services.Reporting;

/// <summary>
/// The small reads of one annual report sent together: one round trip to a database server (a <see cref="DbBatch"/> of one
/// command per statement, where the provider has batches: Npgsql), and on SQLite, which runs in the process and has no round
/// trip to save, one command per statement in one read transaction — each with only the parameters it names: Microsoft.Data.Sqlite
/// binds every parameter of a command to each of its statements and stepped a command of eleven statements about a fifth
/// slower than the same statements one by one (measured on the report-compute benchmark's data). Either way the reads cost
/// far less than the some ten EF Core queries they replaced, each of which cost more CPU in EF Core's executor than its
/// statement did in the database. Every read states its own SQL in its own feature's file and reads its own rows; runs on the
/// context's connection, in its transaction when there is one (uncommitted records count, as in every other read of the report).
/// </summary>
public sealed class ReportReadBatch(GongkaiDbContext db)
{
    private readonly List<Statement> _statements = [];

    private sealed record Statement(string Sql, Action<DbDataReader> Read, Value[] Values);

    /// <summary>A value a statement takes, typed and converted as the model stores <paramref name="Property"/>.</summary>
    public readonly record struct Value(IProperty Property, object? Data);

    /// <summary>The model the statements are written for (each provider's context has its own).</summary>
    public IModel Model => db.Model;

    /// <summary>
    /// Adds one statement taking <paramref name="values"/> as <c>@p0</c>, <c>@p1</c>, … in their order (each statement has its
    /// own parameters, so its SQL is the same text for every report); <paramref name="read"/> reads its rows, and only those,
    /// once the batch has run.
    /// </summary>
    public void Add(string sql, Action<DbDataReader> read, params Value[] values)
    {
        if (values.Length > ParameterNames.Length) throw new ArgumentException($"A statement of the batch takes at most {ParameterNames.Length} values.", nameof(values));
        _statements.Add(new Statement(sql, read, values));
    }

    private static readonly string[] ParameterNames = [.. Enumerable.Range(0, 8).Select(i => $"@p{i}")];

    /// <summary>A batched source's reads as a batch of their own: its <see cref="IReportTableSource.ContributeAsync"/>.</summary>
    public static async Task<TableContribution> RunAloneAsync(GongkaiDbContext db, IBatchedReportTableSource source, Agency agency,
        int year, CancellationToken cancellationToken)
    {
        var batch = new ReportReadBatch(db);
        var contribution = source.AddReads(batch, agency.Id, year);
        await batch.ExecuteAsync(cancellationToken);
        return contribution(agency);
    }

    /// <summary>Runs every statement added, in order, each read by its reader.</summary>
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (_statements.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        bool open = connection.State == System.Data.ConnectionState.Open;
        if (!open) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var command = connection.CreateCommand();
            if (connection.CanCreateBatch)
            {
                command.Transaction = transaction;
                await ExecuteAsBatchAsync(connection, transaction, command, cancellationToken);
            }
            else if (transaction is null && connection is SqliteConnection sqlite)
            {
                // One deferred read transaction (it takes no lock until the first read, and never the write lock): the reads see
                // one snapshot of the database, and SQLite starts and ends one read instead of one per statement (about 7 % of
                // the statements' time on the benchmark's data).
                await using var read = sqlite.BeginTransaction(deferred: true);
                command.Transaction = read;
                await ExecuteOneByOneAsync(command, cancellationToken);
                await read.CommitAsync(cancellationToken);
            }
            else
            {
                command.Transaction = transaction;
                await ExecuteOneByOneAsync(command, cancellationToken);
            }
        }
        finally
        {
            if (!open) await db.Database.CloseConnectionAsync();
        }
    }

    private async Task ExecuteOneByOneAsync(DbCommand command, CancellationToken cancellationToken)
    {
        foreach (var statement in _statements)
        {
            command.CommandText = statement.Sql;
            command.Parameters.Clear();
            AddParameters(command.Parameters, statement.Values, command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            statement.Read(reader);
        }
    }

    private async Task ExecuteAsBatchAsync(DbConnection connection, DbTransaction? transaction, DbCommand scratch, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            AddParameters(command.Parameters, statement.Values, scratch);
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (int i = 0; i < _statements.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken))
                throw new InvalidOperationException($"The report's batch returned {i} result sets for {_statements.Count} statements.");
            _statements[i].Read(reader);
        }
    }

    /// <param name="maker">Makes the parameters: EF Core's type mappings create them through a command.</param>
    private static void AddParameters(DbParameterCollection parameters, Value[] values, DbCommand maker)
    {
        for (int i = 0; i < values.Length; i++)
            parameters.Add(values[i].Property.GetRelationalTypeMapping().CreateParameter(maker, ParameterNames[i], values[i].Data));
    }
}

/// <summary>
/// The stored names of one entity type — table and columns, quoted — and its values read back as the model converts them, so a
/// written statement follows the mapping of either provider (names, enums stored as text, SQLite's instants as ticks).
/// </summary>
public sealed class StoredEntity
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;

    public StoredEntity(IModel model, Type clrType)
    {
        _entity = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"The model has no {clrType.Name}.");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        Table = _entity.GetSchema() is { } schema ? $"\"{schema}\".\"{_table.Name}\"" : $"\"{_table.Name}\"";
        _converters = _entity.GetProperties().ToFrozenDictionary(p => p.Name, p => p.GetTypeMapping().Converter, StringComparer.Ordinal);
        _storedNames = _converters.Where(c => c.Value is { ProviderClrType: var provider, ModelClrType: var clr } && provider == typeof(string)
                && (Nullable.GetUnderlyingType(clr) ?? clr).IsEnum)
            .ToFrozenDictionary(c => c.Key, c => Enum.GetValuesAsUnderlyingType(Nullable.GetUnderlyingType(c.Value!.ModelClrType) ?? c.Value.ModelClrType).Cast<object>()
                .Select(v => Enum.ToObject(Nullable.GetUnderlyingType(c.Value.ModelClrType) ?? c.Value.ModelClrType, v))
                .ToFrozenDictionary(v => (string)c.Value.ConvertToProvider(v)!, v => v, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    // Each property's converter, looked up once: a report reads some hundred values through them.
    private readonly FrozenDictionary<string, ValueConverter?> _converters;

    // For an enum stored as its name: each stored name's value, so that a read is a look-up, not a parse (the table-三 groups
    // are read by applicant kind and outcome).
    private readonly FrozenDictionary<string, FrozenDictionary<string, object>> _storedNames;

    /// <summary>The quoted table name (with its schema when it has one).</summary>
    public string Table { get; }

    public IProperty Property(string name) => _entity.FindProperty(name) ?? throw new InvalidOperationException($"{_entity.DisplayName()} has no property {name}.");

    /// <summary>The quoted column of <paramref name="property"/>.</summary>
    public string Column(string property) =>
        $"\"{Property(property).GetColumnName(_table) ?? throw new InvalidOperationException($"No column for {property}.")}\"";

    /// <summary>The quoted columns of <paramref name="properties"/>, comma-separated, each prefixed with <paramref name="alias"/>.</summary>
    public string Columns(string alias, params string[] properties) => string.Join(", ", properties.Select(p => $"{alias}.{Column(p)}"));

    /// <summary><see cref="Read{T}"/> of a nullable column.</summary>
    public T? ReadOrNull<T>(DbDataReader reader, int ordinal, string property) where T : struct =>
        reader.IsDBNull(ordinal) ? null : Read<T>(reader, ordinal, property);

    /// <summary>A (non-null) value stored as <paramref name="property"/> stores it, read back as the model reads it.</summary>
    public T Read<T>(DbDataReader reader, int ordinal, string property)
    {
        if (!_converters.TryGetValue(property, out var converter)) throw new InvalidOperationException($"{_entity.DisplayName()} has no property {property}.");
        if (_storedNames.TryGetValue(property, out var names) && names.TryGetValue(reader.GetString(ordinal), out var named)) return (T)named;
        return converter is null ? reader.GetFieldValue<T>(ordinal) : (T)converter.ConvertFromProvider(reader.GetValue(ordinal))!;
    }
}
