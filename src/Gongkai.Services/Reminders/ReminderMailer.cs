using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gongkai.Services.Reminders;

/// <summary>
/// One reminder e-mail: plain text, to the agency's staff. <paramref name="MessageId"/> (without angle brackets) is the same for
/// every attempt of the same reminder, so a mail repeated after a crash is recognisable as the same message (delivery is
/// at-least-once: see <see cref="ReminderDesk"/>).
/// </summary>
public sealed record ReminderMail(IReadOnlyList<string> To, string Subject, string Body, string MessageId)
{
    /// <summary>
    /// The Message-ID of a reminder's e-mail (RFC 5322 §3.6.4): its outbox row's id, which never changes across retries,
    /// at the sender's domain — the id is unique worldwide only under a domain the sender owns.
    /// </summary>
    public static string MessageIdFor(Guid reminderId, string? from)
    {
        var domain = from is not null && MailboxAddress.TryParse(from, out var sender) && sender.Domain is { Length: > 0 } d
            ? d.ToLowerInvariant()
            : "gongkai.invalid";
        return $"reminder.{reminderId:N}@{domain}";
    }
}

/// <summary>Sends reminder e-mail. <see cref="Configured"/> false: the reminders stay in the app only.</summary>
public interface IReminderMailer
{
    bool Configured { get; }

    Task SendAsync(ReminderMail mail, CancellationToken cancellationToken);
}

/// <summary>SMTP through MailKit, with the connection security and credentials of <see cref="SmtpOptions"/>.</summary>
public sealed class SmtpReminderMailer(IOptions<ReminderOptions> options) : IReminderMailer
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public bool Configured => Smtp.Configured;

    public async Task SendAsync(ReminderMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Smtp.From!));
        foreach (var to in mail.To) message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = mail.MessageId;
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient();
        client.Timeout = 30_000;
        var security = Smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(Smtp.Host!, Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(Smtp.UserName)) await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
