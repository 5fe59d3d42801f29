using System.CommandLine;
using Spectre.Console;

namespace Gongkai.Cli.Reports.Audit;

/// <summary>`gongkai report audit PATH...`: read and check many published reports at once.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files (HTML, DOCX, PDF, text) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also audit the reports in subfolders." };
        var previousDir = new Option<DirectoryInfo?>("--previous-dir") { Description = "Last year's reports, paired with this year's by agency name and year (rules R7, R9, R10)." };
        var findingsOut = new Option<FileInfo?>("--out") { Description = "Write every finding to this file: .csv or .json." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) of the reports audited, for rule L1, when their pages do not state it." };
        var cellsOut = new Option<FileInfo?>("--cells") { Description = "Write one JSON line per file with its cells, missing and ambiguous cell ids." };
        var command = new Command("audit",
            "Read and check many reports in parallel, then summarise: reports read, unreadable and why, blocking and advisory findings by rule " +
            "(with copied prose C1/C2 and late publication L1), publication dates, the worst reports. " +
            "Exit 0: no blocking finding; 1: blocking findings; 2: nothing to audit.")
        {
            paths, recursive, previousDir, findingsOut, cellsOut, published,
        };
        command.SetAction(parse =>
        {
            DateOnly? publishedOn = null;
            if (parse.GetValue(published) is { } text)
                publishedOn = Core.Calendar.ChineseDates.ParseIso(text) ?? throw new CliUsageException($"--published {text}: not a date (YYYY-MM-DD).");
            var files = ReportBatchAudit.Files(parse.GetValue(paths)!, parse.GetValue(recursive));
            if (files.Count == 0) throw new CliUsageException("no report files found in the paths given.");
            var previous = parse.GetValue(previousDir) is { } dir
                ? ReportBatchAudit.ReadAll(ReportBatchAudit.Files([dir.FullName], recursive: true))
                : [];

            var output = parse.InvocationConfiguration.Output;
            var read = ShowsProgress(output) ? ReadWithProgressBar(files) : ReportBatchAudit.ReadAll(files);
            var audited = ReportBatchAudit.Check(read, previous, publishedOn);

            if (parse.GetValue(findingsOut) is { } findingsFile) AuditOutputs.WriteFindings(findingsFile.FullName, audited);
            if (parse.GetValue(cellsOut) is { } cellsFile) AuditOutputs.WriteCells(cellsFile.FullName, audited);
            AuditSummary.Print(output, audited);
            if (audited.All(a => !a.Readable)) return CliRunner.BadInput;
            return audited.Any(a => a.Blocking > 0) ? CliRunner.Failed : CliRunner.Ok;
        });
        return command;
    }

    /// <summary>A progress bar only for a person at a terminal: never in pipes, files or tests.</summary>
    private static bool ShowsProgress(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    private static List<(string Path, string Sha256, Documents.Reading.ReportDocument Document)> ReadWithProgressBar(List<string> files)
    {
        List<(string, string, Documents.Reading.ReportDocument)> result = [];
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("读取年报 reading", maxValue: files.Count);
                result = ReportBatchAudit.ReadAll(files, () => task.Increment(1));
            });
        return result;
    }
}
