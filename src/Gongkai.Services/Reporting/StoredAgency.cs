using System.Data.Common;
using System.Runtime.CompilerServices;
using Gongkai.Core.Agencies;
using Gongkai.Data.Agencies;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Reporting;

/// <summary>
/// The report's agency as the first statement of the live report's <see cref="ReportReadBatch"/>, so that the whole report is
/// one round trip (read on its own, the agency's row cost a round trip of its own — a third of a small agency's report on
/// PostgreSQL).
/// </summary>
internal static class StoredAgency
{
    /// <summary>Adds the read to <paramref name="batch"/>; the returned function gives the agency (null when there is none) once the batch has run.</summary>
    public static Func<Agency?> AddRead(ReportReadBatch batch, Guid agencyId)
    {
        var statement = Statements.GetValue(batch.Model, model => new Statement(model));
        var a = statement.Agencies;
        Agency? agency = null;
        batch.Add(statement.Sql, reader =>
        {
            if (reader.Read()) agency = Read(a, reader);
        }, new ReportReadBatch.Value(a.Property(nameof(Agency.Id)), agencyId));
        return () => agency;
    }

    private static Agency Read(StoredEntity a, DbDataReader reader)
    {
        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        return Agency.FromStored(
            a.Read<Guid>(reader, 0, nameof(Agency.Id)), a.ReadOrNull<Guid>(reader, 1, nameof(Agency.ParentId)), reader.GetString(2), Text(3),
            a.Read<AgencyLevel>(reader, 4, nameof(Agency.Level)), Text(5), Text(6), new DisclosureOfficeContact(Text(7), Text(8), Text(9), Text(10)),
            a.Read<DateTimeOffset>(reader, 11, nameof(Agency.CreatedAt)));
    }

    private static readonly ConditionalWeakTable<IModel, Statement> Statements = [];

    /// <summary>The agency whose id is @p0, every column in the order <see cref="Read"/> takes them, built once per model.</summary>
    private sealed class Statement
    {
        public Statement(IModel model)
        {
            Agencies = new StoredEntity(model, typeof(Agency));
            var columns = Agencies.Columns("a", nameof(Agency.Id), nameof(Agency.ParentId), nameof(Agency.Name), nameof(Agency.CreditCode),
                nameof(Agency.Level), nameof(Agency.IndexPrefix), nameof(Agency.ShortName), nameof(Agency.ContactOffice),
                nameof(Agency.ContactAddress), nameof(Agency.ContactPhone), nameof(Agency.ContactHours), nameof(Agency.CreatedAt));
            Sql = $"SELECT {columns} FROM {Agencies.Table} a WHERE a.{Agencies.Column(nameof(Agency.Id))} = @p0";
        }

        public StoredEntity Agencies { get; }
        public string Sql { get; }
    }
}
