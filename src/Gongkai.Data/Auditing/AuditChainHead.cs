using Gongkai.Core.Auditing;

namespace Gongkai.Data.Auditing;

/// <summary>The last link of the audit chain (审计链末端): the position and hash the next entry chains to.</summary>
internal readonly record struct AuditChainHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty log: the next entry is the first and links to the genesis hash.</summary>
    public static AuditChainHead Empty { get; } = new(0, AuditChain.Genesis);
}
