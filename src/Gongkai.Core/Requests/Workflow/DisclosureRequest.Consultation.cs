using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 书面征求意见: asks a third party (条例第三十二条) or another organ (第三十四条) in writing. The time until the answer, at most
    /// 15 working days, is not counted in the reply period (第三十三条第三款).
    /// </summary>
    public DomainResult<RequestStep> SendConsultation(ConsultedParty party, string partyNameZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (string.IsNullOrWhiteSpace(partyNameZh)) return new ConsultedPartyNameMissingError();
        return Record(new ConsultationSent(EventStamp.Of(Id, acting), _consultations.Count + 1, party, partyNameZh.Trim()));
    }

    /// <summary>The consulted party received the request: its 15 working days run from this day.</summary>
    public DomainResult<RequestStep> RecordConsultationDelivered(int number, Acting acting)
    {
        if (Guard(acting, Allow.AwaitingCorrection) is { } error) return error;
        if (FindOpenConsultation(number, out var c) is { } missing) return missing;
        if (c.DeliveredOn is { } delivered) return new ConsultationAlreadyDeliveredError(number, delivered);
        if (NotBefore(acting, c.SentOn, "征求意见书发出之日") is { } early) return early;
        return Record(new ConsultationDelivered(EventStamp.Of(Id, acting), number));
    }

    public DomainResult<RequestStep> RecordConsultationAnswer(int number, ConsultationAnswer answer, Acting acting)
    {
        if (Guard(acting, Allow.AwaitingCorrection) is { } error) return error;
        if (FindOpenConsultation(number, out var c) is { } missing) return missing;
        if (NotBefore(acting, c.DeliveredOn ?? c.SentOn, c.DeliveredOn is null ? "征求意见书发出之日" : "征求意见书送达之日") is { } early) return early;
        return Record(new ConsultationAnswered(EventStamp.Of(Id, acting), number, answer));
    }

    /// <summary>
    /// No answer within 15 working days of receiving the request (条例第三十二条、第三十四条). Another organ's silence is consent
    /// (第三十四条); for a third party the organ decides (第三十二条).
    /// </summary>
    public DomainResult<RequestStep> RecordConsultationExpired(int number, Acting acting)
    {
        if (Guard(acting, Allow.AwaitingCorrection) is { } error) return error;
        if (FindOpenConsultation(number, out var c) is { } missing) return missing;
        var limit = ConsultationLimit(c);
        if (acting.On <= limit) return new ConsultationNotExpiredError(number, limit);
        return Record(new ConsultationExpired(EventStamp.Of(Id, acting), number, limit, c.Party == ConsultedParty.OtherAgency));
    }

    private DateOnly ConsultationLimit(ConsultationRecord c) =>
        Calendar.AddWorkingDays(c.DeliveredOn ?? c.SentOn,
            c.Party == ConsultedParty.ThirdParty ? Statute.ThirdPartyAnswerWorkingDays : Statute.OtherAgencyAnswerWorkingDays).Date;

    private DomainError? FindOpenConsultation(int number, out ConsultationRecord consultation)
    {
        consultation = _consultations.Find(c => c.Number == number)!;
        if (consultation is null) return new ConsultationNotFoundError(number);
        return consultation.IsOpen ? null : new ConsultationClosedError(number);
    }
}
