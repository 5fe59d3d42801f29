using System.Collections.Concurrent;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>
/// A registered request ready to be stored: everything is built, validated and serialised before the write transaction, so
/// only the number is missing.
/// </summary>
internal sealed record PreparedIntake(
    Guid Id, Guid AgencyId, int Year, string LookupCodeHash, DisclosureRequest Request, DateOnly? DueDate, RequestEventRecord Event,
    IReadOnlyList<CheckedAttachment> Files, DateTimeOffset Now, IAuditActor Actor);

/// <summary>
/// 合并提交 (group commit): submissions that arrive while another submission's transaction is running are stored together in
/// the next transaction, so one commit — one fsync, one audit-chain link read, one numbering statement per agency — serves
/// them all. Every writer of the numbering counter and of the audit chain waits for the previous one's commit (the counter row
/// lock and the audit lock are held until then, and SQLite has a single writer anyway), so one transaction per submission caps
/// the rate at one commit's round trip; grouping keeps it durable while sharing that wait.
/// </summary>
/// <remarks>
/// No background worker: the first submitter finds nobody writing and becomes the leader; it stores its own submission with
/// every one queued at that moment through its own context and transaction, then hands the lead to the oldest submission that
/// queued meanwhile. Every caller gets its number only after the transaction that stored it committed, so a 201 still means
/// "on disk". Numbers stay gap-free (taken as one block inside the transaction), each request's rows and audit entries are
/// attributed to its own submitter, and the chain is linked in one pass. When a group's transaction fails, it is rolled back
/// whole and each submission is retried alone, so one bad submission cannot take the others down and nothing is stored half.
/// Queues are per database (connection string); a process writing to one database from several contexts shares one queue.
/// </remarks>
internal static class IntakeGroupCommit
{
    /// <summary>Most submissions stored in one transaction (attachments may be several MB each).</summary>
    private const int MaxGroup = 32;

    private static readonly ConcurrentDictionary<string, Queue> Queues = new(StringComparer.Ordinal);

    /// <summary>Stores the submission (alone or with others) and returns its number after the commit.</summary>
    public static async Task<int> StoreAsync(GongkaiDbContext db, PreparedIntake intake)
    {
        var queue = Queues.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new Queue());
        var mine = new Waiter(intake);
        if (!queue.Enter(mine))
        {
            var lead = await mine.Outcome.Task;
            if (lead is not Lead) return ((Stored)lead).Sequence;
            // Promoted: the lead signal used up the waiter's outcome; nobody else sees it until it is in a group.
            mine.Renew();
        }

        var group = queue.TakeGroup();
        try
        {
            await WriteAsync(db, group);
        }
        finally
        {
            // Whatever happened, nobody in the group is left waiting, and the lead passes on to the next one queued.
            foreach (var waiter in group) waiter.Outcome.TrySetException(new InvalidOperationException("The group commit ended without storing this submission."));
            queue.Leave()?.Outcome.TrySetResult(Lead.Instance);
        }
        return ((Stored)await mine.Outcome.Task).Sequence;
    }

    private static async Task WriteAsync(GongkaiDbContext db, IReadOnlyList<Waiter> group)
    {
        try
        {
            var sequences = await WriteGroupAsync(db, group);
            for (var i = 0; i < group.Count; i++) group[i].Outcome.TrySetResult(new Stored(sequences[i]));
            return;
        }
        catch (Exception) when (group.Count > 1)
        {
            db.ChangeTracker.Clear();
        }
        foreach (var waiter in group)
        {
            try
            {
                var sequences = await WriteGroupAsync(db, [waiter]);
                waiter.Outcome.TrySetResult(new Stored(sequences[0]));
            }
            catch (Exception e)
            {
                db.ChangeTracker.Clear();
                waiter.Outcome.TrySetException(e);
            }
        }
    }

    /// <summary>One transaction: a block of numbers per agency and year, then every row, then one save (audited) and the commit.</summary>
    private static async Task<int[]> WriteGroupAsync(GongkaiDbContext db, IReadOnlyList<Waiter> group)
    {
        // The callers are waiting for their numbers; a caller that gives up must not abort the others' transaction.
        var none = CancellationToken.None;
        await using var transaction = await db.Database.BeginTransactionAsync(none);
        var sequences = new int[group.Count];
        foreach (var block in group.Select((w, i) => (w.Intake, i)).GroupBy(x => (x.Intake.AgencyId, x.Intake.Year)))
        {
            var next = await RequestNumbering.NextAsync(db, block.Key.AgencyId, block.Key.Year, block.Count(), none);
            foreach (var (_, i) in block) sequences[i] = next++;
        }

        var shas = group.SelectMany(w => w.Intake.Files).Select(f => f.Sha256).Distinct().ToList();
        var known = shas.Count == 0
            ? []
            : (await db.Set<StoredFile>().Where(f => shas.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(none)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < group.Count; i++)
        {
            var intake = group[i].Intake;
            var record = new DisclosureRequestRecord(intake.Id, intake.AgencyId, intake.Year, sequences[i], intake.LookupCodeHash, intake.Now);
            record.Project(intake.Request, intake.DueDate, intake.Now);
            Add(db, record, intake.Actor);
            Add(db, intake.Event, intake.Actor);
            foreach (var file in intake.Files)
            {
                // Identical content is stored once, also when two submissions of one group bring the same file.
                if (known.Add(file.Sha256)) Add(db, new StoredFile(file.Sha256, file.MediaType, file.Upload.Content, intake.Now), intake.Actor);
                Add(db, new RequestAttachment(intake.Id, file.Upload.Purpose, file.Upload.FileName, file.MediaType, file.Upload.Content.LongLength, file.Sha256, intake.Now), intake.Actor);
            }
        }
        await db.SaveChangesAsync(none);
        await transaction.CommitAsync(none);
        return sequences;
    }

    private static void Add(GongkaiDbContext db, object entity, IAuditActor actor)
    {
        db.Add(entity);
        db.AttributeTo(entity, actor);
    }

    private abstract record Outcome;

    private sealed record Stored(int Sequence) : Outcome;

    /// <summary>The waiter is now the leader: it writes the next group.</summary>
    private sealed record Lead : Outcome
    {
        public static readonly Lead Instance = new();
    }

    private sealed class Waiter(PreparedIntake intake)
    {
        public PreparedIntake Intake { get; } = intake;

        // Continuations run on the thread pool, not inline in the leader, which still has its own response to send.
        public TaskCompletionSource<Outcome> Outcome { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Renew() => Outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The submissions waiting for the next transaction of one database, and whether a leader is writing.</summary>
    private sealed class Queue
    {
        private readonly object gate = new();
        private readonly List<Waiter> waiting = [];
        private bool leading;

        /// <summary>Queues the waiter; true when nobody leads, so it leads now.</summary>
        public bool Enter(Waiter waiter)
        {
            lock (gate)
            {
                waiting.Add(waiter);
                if (leading) return false;
                leading = true;
                return true;
            }
        }

        /// <summary>The leader's group: the oldest waiting submissions (the leader's own is always among them).</summary>
        public List<Waiter> TakeGroup()
        {
            lock (gate)
            {
                var count = Math.Min(MaxGroup, waiting.Count);
                var group = waiting.GetRange(0, count);
                waiting.RemoveRange(0, count);
                return group;
            }
        }

        /// <summary>Ends a leader's turn: the next leader (left in the queue, it takes its group itself), or null when none waits.</summary>
        public Waiter? Leave()
        {
            lock (gate)
            {
                if (waiting.Count > 0) return waiting[0];
                leading = false;
                return null;
            }
        }
    }
}
