using System.CommandLine;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Cli.LegalTime;

/// <summary>
/// <c>gongkai deadline --received DATE …</c>: the reply deadline of a disclosure request (条例第三十三条). Prints the due date alone
/// on the first line, then the explanation; <c>--json</c> for the structured result.
/// </summary>
internal static class DeadlineCommand
{
    /// <param name="clock">Where "today" comes from when not given (China Standard Time); the system clock by default.</param>
    public static Command Build(TimeProvider? clock = null)
    {
        var received = new Option<string>("--received") { Description = "Legal received date (条例第三十一条), YYYY-MM-DD", Required = true };
        var channel = new Option<string>("--channel")
        {
            Description = "How the application came in: in-person|post|letter|online|fax|email (labels --received)",
            DefaultValueFactory = _ => "in-person",
        };
        LegalTimeCli.OneOf(channel, "in-person", "post", "letter", "online", "fax", "email");
        var arrived = new Option<string?>("--arrived") { Description = "Day a letter/online/fax/e-mail application arrived, before confirmation" };
        var correctionAsked = new Option<string?>("--correction-asked") { Description = "Day the 补正 notice was sent" };
        var correctionReceived = new Option<string?>("--correction-received") { Description = "Day the corrected application was received" };
        var correctionPeriod = new Option<int?>("--correction-period") { Description = "Correction period given in the notice, in working days (default 15)" };
        var consultation = PairOption("--consultation", "Third-party consultation (条例第三十二条): sent FROM, answered TO; no TO = unanswered. Repeatable");
        var agency = PairOption("--agency-consultation", "Consultation of another organ (条例第三十四条): sent FROM, answered TO. Repeatable");
        var fee = PairOption("--fee-notice", "Fee notice sent FROM, paid TO; no TO = unpaid. Repeatable");
        var extension = new Option<int?>("--extension") { Description = "Approved extension in working days (1–20)" };
        var extensionApproved = new Option<string?>("--extension-approved") { Description = "Day the extension was approved" };
        var today = new Option<string?>("--today") { Description = "Show working days left or overdue on this day (default: today in China)" };
        var countReceiptDay = new Option<bool>("--count-receipt-day") { Description = "Convention: count the day of receipt as day 1 (default: not counted)" };
        var noFeePause = new Option<bool>("--no-fee-pause") { Description = "Convention: a fee notice does not pause the reply period" };
        var overlapsPerSpan = new Option<bool>("--overlaps-per-span") { Description = "Convention: overlapping excluded spans each count (default: once)" };
        var uncappedAnswers = new Option<bool>("--uncapped-late-answers") { Description = "Convention: exclude a late answer's whole wait, not just 15 working days" };
        var region = LegalTimeCli.RegionOption();
        var dataDir = LegalTimeCli.DataDirOption();
        var json = LegalTimeCli.JsonOption();

        var command = new Command("deadline", "Reply deadline of a disclosure request: due date, explanation, working days left or overdue");
        foreach (var o in new Option[]
                 {
                     received, channel, arrived, correctionAsked, correctionReceived, correctionPeriod, consultation, agency, fee,
                     extension, extensionApproved, today, countReceiptDay, noFeePause, overlapsPerSpan, uncappedAnswers, region, dataDir, json,
                 })
            command.Options.Add(o);

        command.SetAction(parse =>
        {
            var asked = LegalTimeCli.ParseOptionalDate(parse.GetValue(correctionAsked), "--correction-asked");
            var corrected = LegalTimeCli.ParseOptionalDate(parse.GetValue(correctionReceived), "--correction-received");
            if (asked is null != corrected is null)
                throw new CliUsageException("--correction-asked and --correction-received must be given together");
            if (asked is null && parse.GetValue(correctionPeriod) is not null)
                throw new CliUsageException("--correction-period needs --correction-asked");
            var ext = parse.GetValue(extension);
            if (ext is not null && ext is < 1 or > Core.Statute.MaxExtensionWorkingDays)
                throw new CliUsageException($"--extension: {ext} is outside 1–{Core.Statute.MaxExtensionWorkingDays} working days (条例第三十三条)");
            var approved = LegalTimeCli.ParseOptionalDate(parse.GetValue(extensionApproved), "--extension-approved");
            if (approved is not null && ext is null) throw new CliUsageException("--extension-approved needs --extension");

            var input = new ReplyDeadlineInput(
                LegalTimeCli.ParseDate(parse.GetValue(received), "--received"),
                ReceiptChannels.FromKeyword(parse.GetValue(channel)!)!.Value)
            {
                Arrived = LegalTimeCli.ParseOptionalDate(parse.GetValue(arrived), "--arrived"),
                Corrections = asked is null ? [] : [new CorrectionRound(asked.Value, corrected, parse.GetValue(correctionPeriod))],
                Consultations =
                [
                    .. LegalTimeCli.DatePairs(parse, consultation).Select(p => new Consultation(ConsultedParty.ThirdParty, p.From, p.To)),
                    .. LegalTimeCli.DatePairs(parse, agency).Select(p => new Consultation(ConsultedParty.OtherAgency, p.From, p.To)),
                ],
                FeeNotices = [.. LegalTimeCli.DatePairs(parse, fee).Select(p => new FeeNotice(p.From, p.To))],
                Extension = ext is null ? null : new Extension(ext.Value, approved),
            };
            var conventions = DeadlineConventions.Default with
            {
                CountReceiptDay = parse.GetValue(countReceiptDay),
                FeeNoticePausesReplyPeriod = !parse.GetValue(noFeePause),
                OverlappingSpansCountedOnce = !parse.GetValue(overlapsPerSpan),
                ConsultationCappedAtLimit = !parse.GetValue(uncappedAnswers),
            };
            var calendar = LegalTimeCli.LoadCalendar(parse, dataDir, region);
            var result = ReplyDeadlineEngine.Compute(input, calendar, conventions);
            if (!result.IsValid) throw new CliUsageException(result.Errors[0].MessageZh);

            var d = result.Deadline!;
            var day = LegalTimeCli.ParseOptionalDate(parse.GetValue(today), "--today") ?? ChinaStandardTime.Today(clock ?? TimeProvider.System);
            var standing = d.Standing(day);
            if (parse.GetValue(json)) LegalTimeCli.WriteJson(parse, ToJson(d, standing));
            else Print(LegalTimeCli.Out(parse), d, standing);
            return CliRunner.Ok;
        });
        return command;
    }

    private static Option<string[]> PairOption(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private static void Print(TextWriter o, ReplyDeadline d, DeadlineStanding standing)
    {
        // The only command-line contract a script relies on: line 1 is the due date alone (CorrectionDue cannot happen here,
        // because the CLI requires the corrected date with the notice).
        o.WriteLine(ChineseDates.Iso(d.DueDate!.Value));
        o.WriteLine(d.Summary);
        foreach (var step in d.Steps) o.WriteLine(step.TextZh);
        o.WriteLine($"截至{ChineseDates.Format(standing.Today)}：{standing.TextZh}");
    }

    private static object ToJson(ReplyDeadline d, DeadlineStanding s) => new
    {
        received = d.Input.Received,
        channel = d.Input.Channel.Keyword(),
        state = d.State,
        start = d.Start,
        restartedByCorrection = d.RestartedByCorrection,
        dueDate = d.DueDate,
        dueWeekday = d.DueDate is { } due ? ChineseDates.Weekday(due) : null,
        periodWorkingDays = d.PeriodWorkingDays,
        extensionWorkingDays = d.ExtensionWorkingDays,
        excludedWorkingDays = d.ExcludedWorkingDays,
        excludedSpans = d.ExcludedSpans.Select(x => new
        {
            kind = x.Kind,
            label = x.LabelZh,
            start = x.Start,
            end = x.End,
            endReason = x.EndReason,
            workingDaysExcluded = x.WorkingDaysExcluded,
            applied = x.Applied,
        }),
        correctionNoticeDue = d.CorrectionNoticeDue,
        correctionDue = d.CorrectionDue,
        calendarVersion = d.CalendarVersion.ToString(),
        provisional = d.Provisional,
        provisionalYears = d.ProvisionalYears,
        conventions = d.Conventions,
        warnings = d.Warnings,
        summary = d.Summary,
        steps = d.Steps.Select(x => new { kind = x.Kind, text = x.TextZh }),
        today = new
        {
            date = s.Today,
            workingDaysLeft = s.WorkingDaysLeft,
            workingDaysOverdue = s.WorkingDaysOverdue,
            calendarDaysOverdue = s.CalendarDaysOverdue,
            overdue = s.Overdue,
            text = s.TextZh,
        },
    };
}
