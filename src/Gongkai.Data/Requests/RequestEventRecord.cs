using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Data.Requests;

/// <summary>办理记录: one stored <see cref="RequestEvent"/> of a request, in the order it was recorded.</summary>
public sealed class RequestEventRecord
{
    private RequestEventRecord()
    {
    }

    public RequestEventRecord(Guid requestId, int sequence, RequestEvent e)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        Sequence = sequence;
        (Kind, Payload) = RequestEventJson.Write(e);
        On = e.Stamp.On;
        RecordedAt = e.Stamp.RecordedAt.ToUniversalTime();
        ActorId = e.Stamp.ActorId;
        SummaryZh = e.SummaryZh;
    }

    public Guid Id { get; private set; }
    public Guid RequestId { get; private set; }

    /// <summary>1, 2, 3 … per request; unique with <see cref="RequestId"/>, so two concurrent steps cannot both be appended.</summary>
    public int Sequence { get; private set; }

    /// <summary>The Core event type, e.g. CorrectionRequested.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The legal date of the step.</summary>
    public DateOnly On { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string ActorId { get; private set; } = "";

    /// <summary>The Chinese line shown in the history.</summary>
    public string SummaryZh { get; private set; } = "";

    /// <summary>The event as JSON (<see cref="RequestEventJson"/>). Holds the applicant's identity on registration: personal data.</summary>
    public string Payload { get; private set; } = "";

    public RequestEvent ToEvent() => RequestEventJson.Read(Kind, Payload);
}
