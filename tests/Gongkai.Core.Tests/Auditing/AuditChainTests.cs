using Gongkai.Core.Auditing;

namespace Gongkai.Core.Tests.Auditing;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static List<ChainedAuditEntry> Chain(int count)
    {
        var entries = new List<ChainedAuditEntry>();
        for (var i = 1; i <= count; i++)
            entries.Add(AuditChain.Append(entries.LastOrDefault(),
                new AuditFacts(i, At.AddMinutes(i), "user-" + i, null, "Agency", "id-" + i, "insert", "{\"Name\":[null,\"某区\"]}", "10.0.0.1")));
        return entries;
    }

    [Fact]
    public void Verify_WhenNothingWasChanged_FindsNoBreak()
    {
        Assert.Null(AuditChain.Verify(Chain(5)));
        Assert.Null(AuditChain.Verify([]));
    }

    [Fact]
    public void Verify_WhenOneFieldOfAnEntryWasChanged_NamesThatEntry()
    {
        var entries = Chain(5);
        entries[2] = entries[2] with { Facts = entries[2].Facts with { Actor = "someone-else" } };

        var broken = AuditChain.Verify(entries);

        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("已被改动", broken.ReasonZh);
    }

    [Fact]
    public void Verify_WhenAnEntryWasRehashedAfterItsChange_NamesTheNextEntryWhoseLinkNoLongerMatches()
    {
        var entries = Chain(5);
        var changed = entries[2].Facts with { Changes = "{}" };
        entries[2] = new ChainedAuditEntry(changed, entries[2].PreviousHash, AuditChain.Hash(changed, entries[2].PreviousHash));

        Assert.Equal(4, AuditChain.Verify(entries)!.Sequence);
    }

    [Fact]
    public void Verify_WhenAnEntryWasRemoved_NamesTheEntryAfterTheGap()
    {
        var entries = Chain(5);
        entries.RemoveAt(1);

        var broken = AuditChain.Verify(entries);

        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("缺少第2条", broken.ReasonZh);
    }

    [Fact]
    public void Verify_InBatches_GivesTheSameResultAsInOneWalk()
    {
        var entries = Chain(6);

        Assert.Null(AuditChain.Verify(entries.Skip(3), before: entries[2]));
        var tampered = entries.Skip(3).Select(e => e.Facts.Sequence == 5 ? e with { Facts = e.Facts with { Action = "delete" } } : e);
        Assert.Equal(5, AuditChain.Verify(tampered, before: entries[2])!.Sequence);
    }

    [Fact]
    public void Hash_FieldBoundariesCannotBeShifted_TwoDifferentEntriesNeverSerialiseAlike()
    {
        var a = new AuditFacts(1, At, "ab", null, "c", "1", "insert", "{}", null);
        var b = a with { Actor = "a", RecordType = "bc" };

        Assert.NotEqual(AuditChain.Hash(a, AuditChain.Genesis), AuditChain.Hash(b, AuditChain.Genesis));
        Assert.NotEqual(AuditChain.Hash(a, AuditChain.Genesis), AuditChain.Hash(a with { RemoteAddress = "" }, AuditChain.Genesis));
    }

    [Fact]
    public void Hash_IgnoresSubMicrosecondTicks_WhichPostgreSqlDoesNotStore()
    {
        var facts = new AuditFacts(1, At.AddTicks(7), "u", null, "t", "1", "insert", "{}", null);

        Assert.Equal(AuditChain.Hash(facts, AuditChain.Genesis), AuditChain.Hash(facts with { At = At }, AuditChain.Genesis));
    }
}
