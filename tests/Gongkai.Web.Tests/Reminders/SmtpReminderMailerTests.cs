using Gongkai.Services.Reminders;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gongkai.Web.Tests.Reminders;

/// <summary>A reminder e-mail goes through a real SMTP conversation (an in-process sink on loopback).</summary>
public sealed class SmtpReminderMailerTests
{
    [Fact]
    public async Task AReminder_IsDeliveredOverSmtp_WithItsChineseSubjectAndBodyIntact()
    {
        await using var sink = new SmtpSink();
        var mailer = new SmtpReminderMailer(Options.Create(new ReminderOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = SmtpSecurity.None, From = "某区政务公开 <gongkai@example.gov.cn>" },
        }));
        Assert.True(mailer.Configured);

        await mailer.SendAsync(new ReminderMail(["clerk@example.gov.cn", "head@example.gov.cn"],
            "【依申请公开提醒】申请2024-00017将于2024年3月1日到期", "申请2024-00017的答复期限为2024年3月1日。",
            "reminder.0123456789abcdef0123456789abcdef@example.gov.cn"), CancellationToken.None);

        var (from, to, message) = Assert.Single(sink.Received);
        Assert.Equal("gongkai@example.gov.cn", from);
        Assert.Equal(["clerk@example.gov.cn", "head@example.gov.cn"], to);
        Assert.Equal("【依申请公开提醒】申请2024-00017将于2024年3月1日到期", message.Subject);
        Assert.Equal("申请2024-00017的答复期限为2024年3月1日。", message.TextBody!.TrimEnd());
        Assert.Equal("某区政务公开", ((MailboxAddress)message.From[0]).Name);
        Assert.Equal("reminder.0123456789abcdef0123456789abcdef@example.gov.cn", message.MessageId);
        Assert.Contains(sink.Commands, c => c.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheSameReminderSentTwice_ReachesTheServerWithOneMessageId()
    {
        await using var sink = new SmtpSink();
        var from = "某区政务公开 <gongkai@example.gov.cn>";
        var mailer = new SmtpReminderMailer(Options.Create(new ReminderOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = SmtpSecurity.None, From = from },
        }));
        var reminder = Guid.NewGuid();

        foreach (var attempt in new[] { "第一次", "第二次" })
            await mailer.SendAsync(new ReminderMail(["clerk@example.gov.cn"], "【依申请公开提醒】", attempt, ReminderMail.MessageIdFor(reminder, from)), CancellationToken.None);

        Assert.Equal(2, sink.Received.Count);
        Assert.All(sink.Received, r => Assert.Equal($"reminder.{reminder:N}@example.gov.cn", r.Message.MessageId));
    }

    [Theory]
    [InlineData("gongkai@example.gov.cn", "example.gov.cn")]
    [InlineData("某区政务公开 <Gongkai@Example.GOV.cn>", "example.gov.cn")]
    [InlineData(null, "gongkai.invalid")]
    public void MessageId_IsTheOutboxRowAtTheSendersDomain(string? from, string domain)
    {
        var row = Guid.Parse("0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e");

        Assert.Equal($"reminder.0192f0c47a1e7c3b9d2e5f6a7b8c9d0e@{domain}", ReminderMail.MessageIdFor(row, from));
    }

    [Fact]
    public void WithoutHostOrSender_MailIsNotConfigured()
    {
        Assert.False(new SmtpReminderMailer(Options.Create(new ReminderOptions())).Configured);
        Assert.False(new SmtpReminderMailer(Options.Create(new ReminderOptions { Smtp = new SmtpOptions { Host = "smtp.example.gov.cn" } })).Configured);
    }
}
