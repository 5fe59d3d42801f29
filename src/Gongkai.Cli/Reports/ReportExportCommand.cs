using System.CommandLine;
using System.Text;
using Gongkai.Cli.Hosting;
using Gongkai.Core;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Documents.Rendering.Markdown;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Rendering.Xlsx;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Reports;

/// <summary>
/// `gongkai report export --agency NAME --year YEAR --to md|html|json|docx|pdf|xlsx [-o OUT]`: an agency's annual report from the
/// database — the published (frozen) version when there is one, else the live assembly from the records — rendered by the same
/// renderers as `report render`.
/// </summary>
internal static class ReportExportCommand
{
    public static readonly string[] Formats = ["md", "html", "json", "docx", "pdf", "xlsx"];

    public static Command Create()
    {
        var agency = new Option<string>("--agency") { Description = "The agency's exact name or 统一社会信用代码.", Required = true };
        var year = new Option<int>("--year") { Description = "The reported year.", Required = true };
        var to = new Option<string>("--to") { Description = "Output format.", Required = true };
        to.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("-o", "--output") { Description = "Write to this file (default: standard output for md/html/json, <agency><year>年政府信息公开工作年度报告.<ext> for docx/pdf/xlsx)." };
        var command = new Command("export", "Export an agency's annual report from the database (the published version when there is one).") { agency, year, to, output };
        var database = CliDatabase.AddOptions(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliDatabase.OpenAsync(parse, database, ct);
            var source = session.Services.GetRequiredService<ReportExportSource>();
            var found = await source.FindAgencyAsync(parse.GetValue(agency)!, ct);
            if (!found.Succeeded) return Refused(parse, found.Error!);
            // The operator reads one agency's report; the scope grants reading only.
            var scope = StaffScope.ForAgency(found.Value, AccountRole.Supervisor);
            var export = await source.GetAsync(scope, found.Value, parse.GetValue(year), ct);
            if (!export.Succeeded) return Refused(parse, export.Error!);

            var format = parse.GetValue(to)!;
            var bytes = Render(export.Value, format);
            var target = parse.GetValue(output);
            if (target is null && format is "docx" or "pdf" or "xlsx")
                target = new FileInfo($"{export.Value.Report.Title}.{format}");
            if (target is null)
                parse.InvocationConfiguration.Output.Write(Encoding.UTF8.GetString(bytes));
            else
            {
                await File.WriteAllBytesAsync(target.FullName, bytes, ct);
                var state = export.Value.Published is { } p ? $"已公布版本（SHA-256 {p.ContentSha256}）" : "实时汇总（尚未公布）";
                parse.InvocationConfiguration.Error.WriteLine($"已导出{state}：{target.FullName}");
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static byte[] Render(ReportForExport export, string format) => format switch
    {
        "html" => Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(export.Report)),
        "md" => Encoding.UTF8.GetBytes(MarkdownReportRenderer.Render(export.Report)),
        // The frozen JSON byte for byte, so its SHA-256 matches the published hash.
        "json" => Encoding.UTF8.GetBytes(export.FrozenJson ?? JsonReportWriter.Write(export.Report, export.Findings)),
        "docx" => DocxReportRenderer.Render(export.Report),
        "pdf" => PdfReportRenderer.Render(export.Report),
        _ => XlsxReportRenderer.Render(export.Report),
    };

    private static int Refused(ParseResult parse, DomainError error)
    {
        parse.InvocationConfiguration.Error.WriteLine(error.MessageZh);
        return CliRunner.Failed;
    }
}
