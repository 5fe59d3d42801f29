using System.Runtime.CompilerServices;
using Gongkai.Core.Reporting;
using Gongkai.Data.Reporting;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Reporting;

/// <summary>A section of the report's prose as the staff saved it (正文).</summary>
public sealed record SavedSection(SectionId Section, string Body);

/// <summary>The saved prose of (agency, year) as a statement of the live report's <see cref="ReportReadBatch"/>.</summary>
internal static class SavedProse
{
    /// <summary>Adds the read to <paramref name="batch"/>; the returned function gives the saved sections once the batch has run.</summary>
    public static Func<IReadOnlyList<SavedSection>> AddRead(ReportReadBatch batch, Guid agencyId, int year)
    {
        var statement = Statements.GetValue(batch.Model, model => new Statement(model));
        var prose = statement.Prose;
        var sections = new List<SavedSection>();
        batch.Add(statement.Sql, reader =>
        {
            while (reader.Read())
                sections.Add(new SavedSection(prose.Read<SectionId>(reader, 0, nameof(ReportProseRecord.Section)), reader.GetString(1)));
        }, new(prose.Property(nameof(ReportProseRecord.AgencyId)), agencyId), new(prose.Property(nameof(ReportProseRecord.Year)), year));
        return () => sections;
    }

    private static readonly ConditionalWeakTable<IModel, Statement> Statements = [];

    /// <summary>The sections saved for (@p0 the agency, @p1 the year), built once per model.</summary>
    private sealed class Statement
    {
        public Statement(IModel model)
        {
            Prose = new StoredEntity(model, typeof(ReportProseRecord));
            Sql = $"SELECT {Prose.Column(nameof(ReportProseRecord.Section))}, {Prose.Column(nameof(ReportProseRecord.Body))} FROM {Prose.Table} " +
                $"WHERE {Prose.Column(nameof(ReportProseRecord.AgencyId))} = @p0 AND {Prose.Column(nameof(ReportProseRecord.Year))} = @p1";
        }

        public StoredEntity Prose { get; }
        public string Sql { get; }
    }
}
