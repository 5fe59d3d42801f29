namespace Gongkai.Services.Reminders;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a relay on the same host or network only).</summary>
    None,
    /// <summary>STARTTLS after connecting (usually port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

/// <summary>Section <c>Reminders:Smtp</c>. E-mail is sent only when <see cref="Host"/> and <see cref="From"/> are set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>gongkai@example.gov.cn</c> or <c>某某区政务公开 &lt;gongkai@example.gov.cn&gt;</c>.</summary>
    public string? From { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>Section <c>Reminders</c>: the reminder job (办理提醒) and its e-mail.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Whether this node runs the reminder job (every node may; the outbox keeps each reminder single).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between runs (default 300).</summary>
    public int IntervalSeconds { get; set; } = 300;

    /// <summary>How long a node holds a claimed send before another node may retry it (seconds, default 300).</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Sends tried per reminder before it is marked failed (default 5).</summary>
    public int MaxMailAttempts { get; set; } = 5;

    /// <summary>The staff site's address for links in e-mails, e.g. <c>https://gongkai.example.gov.cn</c>; none: no link.</summary>
    public string? SiteUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public bool IsValid => IntervalSeconds is >= 5 and <= 86400 && LeaseSeconds is >= 10 and <= 86400 && MaxMailAttempts is >= 1 and <= 100
                           && Smtp.Port is >= 1 and <= 65535
                           && (SiteUrl is null || Uri.TryCreate(SiteUrl, UriKind.Absolute, out _));
}
