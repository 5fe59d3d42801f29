using Gongkai.Core;
using Gongkai.Services.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.ReportChecking;

/// <summary>The one place a <see cref="DomainError"/> becomes HTTP: a status code and an RFC 7807 problem document.</summary>
internal static class ProblemMapping
{
    /// <summary>By the error's category; an error of none is a business rule refusing the operation (422).</summary>
    public static int StatusFor(DomainError error) => error switch
    {
        IInvalidInputError => StatusCodes.Status400BadRequest,
        IInputTooLargeError => StatusCodes.Status413PayloadTooLarge,
        IUnsupportedInputError => StatusCodes.Status415UnsupportedMediaType,
        INotFoundError => StatusCodes.Status404NotFound,
        IForbiddenError => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static ProblemDetails ToProblemDetails(DomainError error) => new()
    {
        Status = StatusFor(error),
        Type = $"urn:gongkai:problem:{error.Code}",
        Title = error.MessageZh,
        Detail = error.MessageEn,
        Extensions = { ["code"] = error.Code },
    };

    public static IResult ToProblem(DomainError error) => TypedResults.Problem(ToProblemDetails(error));
}
