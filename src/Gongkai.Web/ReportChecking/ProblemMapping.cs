using Gongkai.Services.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.ReportChecking;

/// <summary>The one place a <see cref="ServiceError"/> becomes HTTP: a status code and an RFC 7807 problem document.</summary>
internal static class ProblemMapping
{
    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedContent => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails ToProblemDetails(ServiceError error) => new()
    {
        Status = StatusFor(error.Kind),
        Type = $"urn:gongkai:problem:{error.Code}",
        Title = error.MessageZh,
        Detail = error.MessageEn,
        Extensions = { ["code"] = error.Code },
    };

    public static IResult ToProblem(ServiceError error) => TypedResults.Problem(ToProblemDetails(error));
}
