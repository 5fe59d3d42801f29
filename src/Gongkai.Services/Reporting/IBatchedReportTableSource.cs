using Gongkai.Data.Agencies;

namespace Gongkai.Services.Reporting;

/// <summary>
/// A table source whose reads join the report's one <see cref="ReportReadBatch"/> (the agency's report in one round trip) instead
/// of running as queries of their own; its <see cref="IReportTableSource.ContributeAsync"/> runs the same reads as a batch alone.
/// </summary>
public interface IBatchedReportTableSource : IReportTableSource
{
    /// <summary>
    /// Adds the reads of (agency, year) to <paramref name="batch"/>; the returned function computes the contribution from what
    /// they read, once the batch has run.
    /// </summary>
    Func<Agency, TableContribution> AddReads(ReportReadBatch batch, Guid agencyId, int year);
}
