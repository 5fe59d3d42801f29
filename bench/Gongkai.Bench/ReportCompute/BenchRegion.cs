using Gongkai.Core.Agencies;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Agencies;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Bench.ReportCompute;

/// <summary>One generated request row: what the table-三 queries read, and the columns the schema requires.</summary>
internal readonly record struct GeneratedRequest(
    Guid Id, Guid AgencyId, int Year, int Sequence, ApplicantKind Kind, DateOnly ReceivedOn, DateOnly? ConcludedOn, Outcome? Outcome);

/// <summary>
/// The benchmark's data: a region with <c>agencies</c> agencies under it (the first twentieth people's governments, the rest
/// departments) and <c>requests</c> requests received in 2023–2024, most concluded within 40 days with one of the 21 outcomes,
/// the rest still open. Requests fall on agencies with a quadratic skew, so agency 0 is a busy one (about √(1/agencies) of all
/// requests) and agencies from the middle of the list have about the average. Deterministic for given sizes.
/// </summary>
internal sealed class BenchRegion(int agencyCount, int requestCount)
{
    public static readonly Guid RegionId = new("6b1f0000-0000-4000-8000-000000000000");
    public const int Year = 2024;

    public int AgencyCount { get; } = agencyCount;
    public int RequestCount { get; } = requestCount;

    public Guid AgencyId(int index) => new($"6b1f{index + 1:x4}-0000-4000-8000-000000000000");

    /// <summary>Whether the database already holds exactly this data (a rerun reuses it), is empty, or holds something else.</summary>
    public async Task<bool?> IsGeneratedAsync(GongkaiDbContext db)
    {
        int agencies = await db.Agencies.CountAsync();
        int requests = await db.Set<DisclosureRequestRecord>().CountAsync();
        if (agencies == AgencyCount + 1 && requests == RequestCount && await db.Agencies.AnyAsync(a => a.Id == RegionId)) return true;
        if (agencies == 0 && requests == 0) return false;
        return null;
    }

    public async Task AddAgenciesAsync(GongkaiDbContext db)
    {
        // In UTC: PostgreSQL's timestamptz takes no other offset.
        var now = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var contact = new DisclosureOfficeContact(null, null, null, null);
        db.Agencies.Add(new Agency(RegionId, null, new AgencyProfile("基准测试区", null, AgencyLevel.Region, null, null, contact), now));
        for (int i = 0; i < AgencyCount; i++)
        {
            var level = i % 20 == 0 ? AgencyLevel.Government : AgencyLevel.Department;
            db.Agencies.Add(new Agency(AgencyId(i), RegionId, new AgencyProfile($"基准机关{i:D4}", null, level, null, null, contact), now));
        }
        await db.SaveChangesAsync();
    }

    public IEnumerable<GeneratedRequest> Requests()
    {
        var rng = new Random(20240131);
        var outcomes = Enum.GetValues<Outcome>();
        var sequences = new Dictionary<(int Agency, int Year), int>();
        var firstDay = new DateOnly(2023, 1, 1);
        var cutOff = new DateOnly(2025, 1, 20);
        for (long i = 0; i < RequestCount; i++)
        {
            int agency = (int)(AgencyCount * Math.Pow(rng.NextDouble(), 2));
            var received = firstDay.AddDays(rng.Next(0, 731));
            var kind = rng.NextDouble() < 0.8 ? ApplicantKind.NaturalPerson : (ApplicantKind)rng.Next(1, 6);
            DateOnly? concluded = rng.NextDouble() < 0.05 ? null : received.AddDays(rng.Next(0, 41));
            if (concluded > cutOff) concluded = null;
            var key = (agency, received.Year);
            int sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
            yield return new GeneratedRequest(Guid.CreateVersion7(), AgencyId(agency), received.Year, sequence, kind, received, concluded,
                concluded is null ? null : outcomes[rng.Next(outcomes.Length)]);
        }
    }

    private static readonly string[] Columns =
    [
        "id", "agency_id", "year", "sequence", "number", "lookup_code_hash", "applicant_kind", "applicant_name", "identity_type",
        "identity_number", "identity_masked", "form", "delivery", "channel", "submitted_at", "arrived_on", "received_on", "status",
        "concluded_on", "outcome", "event_count", "created_at", "updated_at",
    ];

    private static readonly string Form = Enum.GetValues<InformationForm>()[0].ToString();
    private static readonly string Delivery = Enum.GetValues<DeliveryMethod>()[0].ToString();
    private static readonly string Channel = ReceiptChannel.Online.ToString();

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    /// <summary>SQLite: one transaction, one prepared INSERT executed per row.</summary>
    public void InsertRequests(SqliteConnection connection, Action<long> progress)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO disclosure_requests ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        var p = Columns.ToDictionary(c => c, c => insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + c }));
        insert.Prepare();
        long n = 0;
        foreach (var r in Requests())
        {
            var at = Instant(r.ReceivedOn).UtcTicks;
            var concludedAt = r.ConcludedOn is { } c ? Instant(c).UtcTicks : at;
            // EF Core stores a Guid in SQLite as upper-case text and a DateOnly as yyyy-MM-dd; instants as UTC ticks (SqliteGongkaiDbContext).
            p["id"].Value = r.Id.ToString().ToUpperInvariant();
            p["agency_id"].Value = r.AgencyId.ToString().ToUpperInvariant();
            p["year"].Value = r.Year;
            p["sequence"].Value = r.Sequence;
            p["number"].Value = DisclosureRequestRecord.FormatNumber(r.Year, r.Sequence);
            p["lookup_code_hash"].Value = r.Id.ToString("N") + r.Id.ToString("N");
            p["applicant_kind"].Value = r.Kind.ToString();
            p["applicant_name"].Value = "申请人";
            p["identity_type"].Value = "other";
            p["identity_number"].Value = "X";
            p["identity_masked"].Value = "X";
            p["form"].Value = Form;
            p["delivery"].Value = Delivery;
            p["channel"].Value = Channel;
            p["submitted_at"].Value = at;
            p["arrived_on"].Value = r.ReceivedOn.ToString("yyyy-MM-dd");
            p["received_on"].Value = r.ReceivedOn.ToString("yyyy-MM-dd");
            p["status"].Value = (r.ConcludedOn is null ? RequestStatus.Open : RequestStatus.Concluded).ToString();
            p["concluded_on"].Value = r.ConcludedOn is { } d ? d.ToString("yyyy-MM-dd") : DBNull.Value;
            p["outcome"].Value = r.Outcome?.ToString() ?? (object)DBNull.Value;
            p["event_count"].Value = 1;
            p["created_at"].Value = at;
            p["updated_at"].Value = concludedAt;
            insert.ExecuteNonQuery();
            if (++n % 100_000 == 0) progress(n);
        }
        transaction.Commit();
    }

    /// <summary>PostgreSQL: one binary COPY.</summary>
    public async Task InsertRequestsAsync(NpgsqlConnection connection, Action<long> progress)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY disclosure_requests ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)");
        long n = 0;
        foreach (var r in Requests())
        {
            var at = Instant(r.ReceivedOn).ToUniversalTime();
            await writer.StartRowAsync();
            await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(r.AgencyId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(r.Year, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Sequence, NpgsqlDbType.Integer);
            await writer.WriteAsync(DisclosureRequestRecord.FormatNumber(r.Year, r.Sequence), NpgsqlDbType.Varchar);
            await writer.WriteAsync(r.Id.ToString("N") + r.Id.ToString("N"), NpgsqlDbType.Char);
            await writer.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync("申请人", NpgsqlDbType.Varchar);
            await writer.WriteAsync("other", NpgsqlDbType.Varchar);
            await writer.WriteAsync("X", NpgsqlDbType.Varchar);
            await writer.WriteAsync("X", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Form, NpgsqlDbType.Varchar);
            await writer.WriteAsync(Delivery, NpgsqlDbType.Varchar);
            await writer.WriteAsync(Channel, NpgsqlDbType.Varchar);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(r.ReceivedOn, NpgsqlDbType.Date);
            await writer.WriteAsync(r.ReceivedOn, NpgsqlDbType.Date);
            await writer.WriteAsync((r.ConcludedOn is null ? RequestStatus.Open : RequestStatus.Concluded).ToString(), NpgsqlDbType.Varchar);
            if (r.ConcludedOn is { } c) await writer.WriteAsync(c, NpgsqlDbType.Date); else await writer.WriteNullAsync();
            if (r.Outcome is { } o) await writer.WriteAsync(o.ToString(), NpgsqlDbType.Varchar); else await writer.WriteNullAsync();
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(r.ConcludedOn is { } d ? Instant(d).ToUniversalTime() : at, NpgsqlDbType.TimestampTz);
            if (++n % 100_000 == 0) progress(n);
        }
        await writer.CompleteAsync();
    }
}
