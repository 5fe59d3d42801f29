using Gongkai.Core.Auditing;

namespace Gongkai.Data.Auditing;

/// <summary>
/// 审计日志条目: one audited state change, written in the same transaction as the change and chained to the entry before
/// it by SHA-256 (<see cref="AuditChain"/>). Append-only: the table has no update or delete path in the application, and
/// database triggers refuse UPDATE and DELETE.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 200;
    public const int MaxRecordTypeLength = 100;
    public const int MaxRecordIdLength = 100;
    public const int MaxActionLength = 16;
    public const int MaxRemoteAddressLength = 64;

    private AuditEntry()
    {
    }

    internal AuditEntry(ChainedAuditEntry chained)
    {
        var f = chained.Facts;
        Sequence = f.Sequence;
        At = f.At;
        Actor = f.Actor;
        AgencyId = f.AgencyId;
        RecordType = f.RecordType;
        RecordId = f.RecordId;
        Action = f.Action;
        Changes = f.Changes;
        RemoteAddress = f.RemoteAddress;
        PreviousHash = chained.PreviousHash;
        Hash = chained.Hash;
    }

    /// <summary>1, 2, 3 … without gaps: the position in the chain.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who: an account id, <c>cli:USER</c>, <c>anonymous</c> or <c>system</c>.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>The agency the actor acted for, when one.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>Which record: its entity type and key.</summary>
    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    /// <summary><c>insert</c>, <c>update</c> or <c>delete</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>What changed, as JSON: <c>{"property": [old, new]}</c>.</summary>
    public string Changes { get; private set; } = "";

    /// <summary>The client address (after forwarded headers), when the change came over the network.</summary>
    public string? RemoteAddress { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public ChainedAuditEntry ToChained() =>
        new(new AuditFacts(Sequence, At, Actor, AgencyId, RecordType, RecordId, Action, Changes, RemoteAddress), PreviousHash, Hash);
}
