using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Data.Requests;

/// <summary>
/// 政府信息公开申请 as stored: the request's events (<see cref="RequestEventRecord"/>) are the truth — the Core aggregate is
/// rebuilt from them with <see cref="DisclosureRequest.FromHistory"/> before every step, so no rule is re-implemented here.
/// This row holds the request's number and secret, and a projection of the aggregate refreshed by <see cref="Project"/> after
/// each step, so lists, the work queue and the table-三 aggregate are plain indexed SQL instead of replaying every history.
/// </summary>
public sealed class DisclosureRequestRecord
{
    private DisclosureRequestRecord()
    {
    }

    public DisclosureRequestRecord(Guid id, Guid agencyId, int year, int sequence, string lookupCodeHash, DateTimeOffset createdAt)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        Sequence = sequence;
        Number = FormatNumber(year, sequence);
        LookupCodeHash = lookupCodeHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }

    /// <summary>The numbering year (year of registration, China time).</summary>
    public int Year { get; private set; }

    /// <summary>Position in the agency's numbering of <see cref="Year"/>: 1, 2, 3 … without gaps.</summary>
    public int Sequence { get; private set; }

    /// <summary>申请编号 shown to applicant and clerk, e.g. 2024-00017.</summary>
    public string Number { get; private set; } = "";

    /// <summary>SHA-256 of the applicant's lookup code (查询码); the code itself is never stored.</summary>
    public string LookupCodeHash { get; private set; } = "";

    public ApplicantKind ApplicantKind { get; private set; }
    public string ApplicantName { get; private set; } = "";

    /// <summary>resident-id, credit-code or other.</summary>
    public string IdentityType { get; private set; } = "";

    public OtherDocumentType? OtherDocumentType { get; private set; }

    /// <summary>The identity number in full: needed to recognise the same applicant (fees, duplicates). Personal data.</summary>
    public string IdentityNumber { get; private set; } = "";

    /// <summary>The number as lists and public pages show it (first and last four characters).</summary>
    public string IdentityMasked { get; private set; } = "";

    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? PostalAddress { get; private set; }

    public string? Title { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string? Description { get; private set; }
    public InformationForm Form { get; private set; }
    public DeliveryMethod Delivery { get; private set; }

    public ReceiptChannel Channel { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly ArrivedOn { get; private set; }

    /// <summary>收到申请之日 (条例第三十一条); null until confirmed.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public RequestStatus Status { get; private set; }

    /// <summary>
    /// The binding due date as computed after the last step, for the work queue's SQL only. Pages compute the deadline afresh
    /// from the events (a calendar change is therefore seen at once there; the queue catches up at the next step).
    /// </summary>
    public DateOnly? DueDate { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }
    public Outcome? Outcome { get; private set; }

    /// <summary>How many events the request has; also the optimistic concurrency token (two clerks acting at once: one wins).</summary>
    public int EventCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static string FormatNumber(int year, int sequence) => $"{year}-{sequence:D5}";

    /// <summary>Copies what lists and statistics need from the aggregate after a step.</summary>
    public void Project(DisclosureRequest request, DateOnly? dueDate, DateTimeOffset now)
    {
        var applicant = request.Applicant;
        ApplicantKind = applicant.Kind;
        ApplicantName = applicant.Name;
        (IdentityType, OtherDocumentType, IdentityNumber) = RequestEventJson.Identity(applicant.Document);
        IdentityMasked = applicant.Document.Masked;
        Phone = applicant.Contact.Phone;
        Email = applicant.Contact.Email;
        PostalAddress = applicant.Contact.PostalAddress;
        var info = request.Information;
        Title = info.Title;
        DocumentNumber = info.DocumentNumber;
        Description = info.Description;
        Form = info.Form;
        Delivery = info.Delivery;
        Channel = request.Channel;
        SubmittedAt = request.SubmittedAt.ToUniversalTime();
        ArrivedOn = request.ArrivedOn;
        ReceivedOn = request.ReceivedOn;
        Status = request.Status;
        DueDate = dueDate;
        ConcludedOn = request.ConcludedOn;
        Outcome = request.Outcome;
        EventCount = request.History.Count;
        UpdatedAt = now;
    }
}
