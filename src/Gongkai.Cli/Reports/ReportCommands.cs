using System.CommandLine;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Documents.Rendering.Markdown;

namespace Gongkai.Cli.Reports;

/// <summary>`gongkai report check|render|export`: read a published report, check it, render it; export one from the database.</summary>
internal static class ReportCommands
{
    public static Command Create()
    {
        var report = new Command("report", "Read, check and render annual reports (政府信息公开工作年度报告).");
        report.Subcommands.Add(Check());
        report.Subcommands.Add(Render());
        report.Subcommands.Add(Audit.AuditCommand.Create());
        report.Subcommands.Add(Fetch.FetchCommand.Create());
        report.Subcommands.Add(ReportExportCommand.Create());
        return report;
    }

    private static Command Check()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The report: HTML page, DOCX, PDF, plain text or Markdown as published, or Gongkai JSON." };
        var previous = new Option<FileInfo?>("--previous") { Description = "Last year's report of the same agency, for the cross-year rules R7, R9, R10." };
        var json = new Option<bool>("--json") { Description = "Print the report, its cells and the findings as JSON." };
        var command = new Command("check", "Check a report against every consistency rule of the format. Exit 0: no error finding; 1: errors found; 2: not a report.")
        {
            file, previous, json,
        };
        command.SetAction(parse =>
        {
            var reading = ReportInput.Read(parse.GetValue(file)!);
            AnnualReport? previousReport = null;
            if (parse.GetValue(previous) is { } previousFile)
                previousReport = ReportInput.Read(previousFile).Report
                    ?? throw new CliUsageException($"{previousFile.Name}: no report recognised in the previous year's file.");

            var report = reading.Report!;
            var findings = ReportChecks.Run(report, previousReport);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonReportWriter.Write(report, findings, ReportInput.Extras(reading)));
            else
                FindingsPrinter.Print(output, reading, findings);
            return findings.Any(f => f.Severity == FindingSeverity.Error) ? CliRunner.Failed : CliRunner.Ok;
        });
        return command;
    }

    private static Command Render()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The report: HTML page, DOCX, PDF, plain text or Markdown as published, or Gongkai JSON." };
        var to = new Option<string>("--to") { Description = "Output format.", Required = true };
        to.AcceptOnlyFromAmong("html", "md", "json");
        var output = new Option<FileInfo?>("-o", "--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("render", "Render a report as HTML, Markdown or JSON in the national format's layout.") { file, to, output };
        command.SetAction(parse =>
        {
            var reading = ReportInput.Read(parse.GetValue(file)!);
            var report = reading.Report!;
            string text = parse.GetValue(to) switch
            {
                "html" => HtmlReportRenderer.Render(report),
                "md" => MarkdownReportRenderer.Render(report),
                _ => JsonReportWriter.Write(report, null, ReportInput.Extras(reading)),
            };
            if (parse.GetValue(output) is { } target)
                File.WriteAllText(target.FullName, text);
            else
                parse.InvocationConfiguration.Output.Write(text);
            return CliRunner.Ok;
        });
        return command;
    }
}
