using Gongkai.Core.Requests.Duplicates;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>
/// 重复申请与大量申请的线索 (条例第三十五条、第三十六条第六项): the agency's earlier requests of the last year by the same applicant or
/// with similar content, found by Core's <see cref="SimilarRequestFinder"/> from the request rows, shown to the clerk with the evidence.
/// </summary>
internal static class SimilarRequests
{
    /// <summary>How far back earlier requests are compared, and how many at most (the newest first).</summary>
    private const int LookBackDays = 366;
    private const int MaxCompared = 2000;

    public static async Task<SimilarRequestReport> FindAsync(RequestStore store, DisclosureRequestRecord record, DisclosureRequest request, CancellationToken cancellationToken)
    {
        var since = record.CreatedAt.AddDays(-LookBackDays);
        var earlier = await store.Requests.AsNoTracking()
            .Where(r => r.AgencyId == record.AgencyId && r.Id != record.Id && r.CreatedAt <= record.CreatedAt && r.CreatedAt >= since
                        && r.Status != RequestStatus.Discarded)
            .OrderByDescending(r => r.CreatedAt).Take(MaxCompared).ToListAsync(cancellationToken);
        var summaries = earlier.Select(Summary).OfType<RequestSummary>().ToList();
        return SimilarRequestFinder.Find(RequestSummary.Of(request), summaries);
    }

    private static readonly DateOnly FarFuture = new(9000, 1, 1);

    private static RequestSummary? Summary(DisclosureRequestRecord r)
    {
        var document = r.IdentityType switch
        {
            "resident-id" => IdentityDocuments.ResidentId(r.IdentityNumber, FarFuture),
            "credit-code" => IdentityDocuments.CreditCode(r.IdentityNumber),
            _ => IdentityDocuments.Other(r.OtherDocumentType ?? OtherDocumentType.Other, r.IdentityNumber),
        };
        if (!document.Succeeded) return null;
        var applicant = Applicant.Create(r.ApplicantKind, r.ApplicantName, document.Value, new ApplicantContact(r.Phone, r.Email, r.PostalAddress));
        if (!applicant.Succeeded) return null;
        var text = string.Join("\n", new[] { r.Title, r.DocumentNumber, r.Description }.Where(s => s is not null));
        return new RequestSummary(new RequestId(r.Id), applicant.Value, text, r.ReceivedOn ?? r.ArrivedOn, r.Outcome, r.ConcludedOn);
    }
}
