namespace Gongkai.Data.Reminders;

/// <summary>What a reminder is about (issue 5 item 6: due within 3 working days, overdue).</summary>
public enum ReminderKind
{
    /// <summary>即将到期: the reply is due within the next working days.</summary>
    DueSoon,
    /// <summary>已超期: the reply deadline has passed.</summary>
    Overdue,
}

/// <summary>Where the reminder's e-mail stands (the outbox state).</summary>
public enum ReminderMailState
{
    /// <summary>No e-mail: SMTP is not configured or the agency has no staff address.</summary>
    NotSent,
    /// <summary>A node has claimed the send until <see cref="RequestReminderRecord.LeaseUntil"/>; after that another node may retry.</summary>
    Claimed,
    Sent,
    /// <summary>Every attempt failed; the in-app reminder still shows.</summary>
    Failed,
}

/// <summary>
/// 办理提醒: one reminder for one request, kind and due date, created once by whichever node sees it first — the unique
/// (request, kind, due date) key is inserted in the same transaction that claims its e-mail, so two web nodes never both
/// send it. Shown to the agency's staff on the work queue until dismissed.
/// </summary>
public sealed class RequestReminderRecord
{
    private RequestReminderRecord()
    {
    }

    public RequestReminderRecord(Guid requestId, Guid agencyId, string requestNumber, ReminderKind kind, DateOnly dueDate, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        AgencyId = agencyId;
        RequestNumber = requestNumber;
        Kind = kind;
        DueDate = dueDate;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid AgencyId { get; private set; }
    public string RequestNumber { get; private set; } = "";
    public ReminderKind Kind { get; private set; }

    /// <summary>The binding due date the reminder is about; a new date (extension, correction) makes a new reminder.</summary>
    public DateOnly DueDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DismissedAt { get; private set; }
    public Guid? DismissedBy { get; private set; }

    public ReminderMailState MailState { get; private set; }

    /// <summary>The node holding the send.</summary>
    public string? ClaimedBy { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }
    public int MailAttempts { get; private set; }
    public DateTimeOffset? MailSentAt { get; private set; }

    /// <summary>The last failure, masked (it may quote an address).</summary>
    public string? MailError { get; private set; }

    /// <summary>Claims the first send for <paramref name="node"/> (before the row is inserted).</summary>
    public void ClaimMail(string node, DateTimeOffset leaseUntil)
    {
        MailState = ReminderMailState.Claimed;
        ClaimedBy = node;
        LeaseUntil = leaseUntil;
        MailAttempts = 1;
    }

    public void Dismiss(Guid accountId, DateTimeOffset at)
    {
        DismissedAt = at;
        DismissedBy = accountId;
    }
}
