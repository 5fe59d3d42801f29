using System.Data.Common;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Services.Reporting;

/// <summary>
/// The small reads of one annual report sent as ONE command of several statements, each read back from its own result set: one
/// round trip to a database server (Npgsql sends a command's statements together), and on SQLite one command instead of some ten
/// EF Core queries, each of which cost more CPU in EF Core's executor than its statement did in SQLite. Every read states its own
/// SQL in its own feature's file and reads its own rows; runs on the context's connection, in its transaction when there is one
/// (uncommitted records count, as in every other read of the report).
/// </summary>
public sealed class ReportReadBatch(GongkaiDbContext db)
{
    private readonly List<(string Sql, Action<DbDataReader> Read)> _statements = [];
    private readonly List<(RelationalTypeMapping Mapping, string Name, object? Value)> _parameters = [];

    /// <summary>The model the statements are written for (each provider's context has its own).</summary>
    public IModel Model => db.Model;

    /// <summary>
    /// A parameter of the batch, typed and converted as the model stores <paramref name="property"/>; returns its placeholder.
    /// Names are unique across the batch, as its statements share one command.
    /// </summary>
    public string Parameter(IProperty property, object? value)
    {
        var name = $"@r{_parameters.Count}";
        _parameters.Add((property.GetRelationalTypeMapping(), name, value));
        return name;
    }

    /// <summary>Adds one statement; <paramref name="read"/> reads its rows (and only those) once the batch has run.</summary>
    public void Add(string sql, Action<DbDataReader> read) => _statements.Add((sql, read));

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
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = string.Join(";\n", _statements.Select(s => s.Sql));
            foreach (var (mapping, name, value) in _parameters) command.Parameters.Add(mapping.CreateParameter(command, name, value));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            for (int i = 0; i < _statements.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(cancellationToken))
                    throw new InvalidOperationException($"The report's batch returned {i} result sets for {_statements.Count} statements.");
                _statements[i].Read(reader);
            }
        }
        finally
        {
            if (!open) await db.Database.CloseConnectionAsync();
        }
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
    }

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
        var converter = Property(property).GetTypeMapping().Converter;
        return converter is null ? reader.GetFieldValue<T>(ordinal) : (T)converter.ConvertFromProvider(reader.GetValue(ordinal))!;
    }
}
