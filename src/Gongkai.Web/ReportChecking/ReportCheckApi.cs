using Gongkai.Web.Access;
using System.Text.Json;
using Gongkai.Core;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.ReportChecking;

/// <summary>
/// <c>/api/v1/reports</c>: check a published annual report, reopen a stored check, list recent ones.
/// Anonymous and cookie-less, so not subject to antiforgery.
/// </summary>
internal static class ReportCheckApi
{
    public const string CheckOperationId = "CheckReport";

    public static IEndpointRouteBuilder MapReportCheckApi(this IEndpointRouteBuilder app)
    {
        // Checking a published report is a public service: anyone may paste one in (rate-limited as a public endpoint).
        var reports = app.MapGroup($"{ApiRoutes.V1}/reports").WithTags("Reports").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);

        reports.MapPost("/check", CheckAsync)
            .WithName(CheckOperationId)
            .WithSummary("检查年度报告 — check a published annual report")
            .WithDescription("Send the report as text/plain, as application/json {\"text\": …, \"fileName\": …}, or as a multipart/form-data " +
                             "file named 'file'. UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK text are accepted. " +
                             "The check is stored; the response gives the reading problems, the findings, every cell read, the versions and the SHA-256.")
            .Produces<ReportCheckResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new UploadLimitAttribute())
            .DisableAntiforgery();

        reports.MapGet("/checks/{id:guid}", GetAsync)
            .WithName("GetReportCheck")
            .WithSummary("重新打开检查记录 — a stored check, exactly as it was made");

        reports.MapGet("/checks", RecentAsync)
            .WithName("ListReportChecks")
            .WithSummary("最近的检查记录 — the most recent checks");

        return app;
    }

    private static async Task<Results<Created<ReportCheckResponse>, ProblemHttpResult>> CheckAsync(
        HttpRequest request, CheckReport checkReport, IOptions<ReportCheckingOptions> options, CancellationToken cancellationToken)
    {
        var submission = await ReadSubmissionAsync(request, options.Value.MaxBytes, cancellationToken);
        if (!submission.Succeeded) return Problem(submission.Error!);
        var result = await checkReport.RunAsync(submission.Value, cancellationToken);
        if (!result.Succeeded) return Problem(result.Error!);
        var response = ReportCheckResponse.From(result.Value);
        return TypedResults.Created(response.Links.Self, response);
    }

    private static async Task<Results<Ok<ReportCheckResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ReportCheckHistory history, CancellationToken cancellationToken)
    {
        var result = await history.FindAsync(id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(ReportCheckResponse.From(result.Value)) : Problem(result.Error!);
    }

    private static async Task<Ok<IReadOnlyList<ReportCheckListItem>>> RecentAsync(ReportCheckHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.RecentAsync(cancellationToken));

    private static ProblemHttpResult Problem(DomainError error) => TypedResults.Problem(ProblemMapping.ToProblemDetails(error));

    private static async Task<DomainResult<ReportSubmission>> ReadSubmissionAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasJsonContentType())
            {
                var body = await request.ReadFromJsonAsync<CheckReportRequest>(cancellationToken);
                return body?.Text is { } text ? ReportSubmission.FromText(text, body.FileName) : new MalformedJsonError();
            }
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                if (form.Files.GetFile("file") is { } file) return await SubmissionReader.FromFileAsync(file, maxBytes, cancellationToken);
                return ReportSubmission.FromText(form["text"].ToString(), form["fileName"]);
            }
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) &&
                (mediaType.Type.Equals("text", StringComparison.OrdinalIgnoreCase) ||
                 mediaType.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
                return await SubmissionReader.FromBodyAsync(request.Body, request.Query["fileName"], maxBytes, cancellationToken);
            return new UnsupportedMediaTypeError(request.ContentType);
        }
        catch (JsonException)
        {
            return new MalformedJsonError();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ReportTooLargeError(maxBytes);
        }
        catch (InvalidDataException)
        {
            return new MalformedFormError();
        }
    }
}

/// <summary>The JSON body of <c>POST /api/v1/reports/check</c>.</summary>
/// <param name="Text">The report's full text.</param>
/// <param name="FileName">A name to record with the check (optional).</param>
public sealed record CheckReportRequest(string? Text, string? FileName);
