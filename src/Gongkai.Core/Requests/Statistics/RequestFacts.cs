using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Statistics;

/// <summary>
/// What table 三 needs of one request: its applicant column, its received date (条例第三十一条) and, once concluded, its
/// conclusion date and its one outcome. Inconsistent facts are a bug of the caller and throw.
/// </summary>
public sealed record RequestFacts
{
    public RequestFacts(ApplicantKind kind, DateOnly received, DateOnly? concluded, Outcome? outcome)
    {
        if (concluded.HasValue != outcome.HasValue)
            throw new ArgumentException("A request has a conclusion date exactly when it has an outcome.");
        if (concluded < received)
            throw new ArgumentException($"Concluded {concluded} before received {received}.");
        Kind = kind;
        Received = received;
        Concluded = concluded;
        Outcome = outcome;
    }

    public ApplicantKind Kind { get; }
    public DateOnly Received { get; }
    public DateOnly? Concluded { get; }
    public Outcome? Outcome { get; }

    /// <summary>Received on or before <paramref name="day"/> and not concluded before it.</summary>
    public bool OpenAtStartOf(DateOnly day) => Received < day && (Concluded is null || Concluded >= day);

    /// <summary>Received on or before <paramref name="day"/> and not concluded on or before it.</summary>
    public bool OpenAtEndOf(DateOnly day) => Received <= day && (Concluded is null || Concluded > day);
}
