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
        IInvalidInputError or Gongkai.Core.Agencies.IAgencyFieldError => StatusCodes.Status400BadRequest,
        IInputTooLargeError => StatusCodes.Status413PayloadTooLarge,
        IUnsupportedInputError => StatusCodes.Status415UnsupportedMediaType,
        INotFoundError => StatusCodes.Status404NotFound,
        IForbiddenError => StatusCodes.Status403Forbidden,
        IConflictError => StatusCodes.Status409Conflict,
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

    /// <summary>
    /// Several errors of one request (a form validated as a whole, an import file): the status and title of the first,
    /// and every error under <c>errors</c> so a client can show them all at once.
    /// </summary>
    public static ProblemDetails ToProblemDetails(IReadOnlyList<DomainError> errors)
    {
        var problem = ToProblemDetails(errors[0]);
        if (errors.Count > 1) problem.Detail = string.Join("; ", errors.Select(e => e.MessageEn));
        problem.Extensions["errors"] = errors.Select(e => new { code = e.Code, message = e.MessageZh, messageEn = e.MessageEn }).ToList();
        return problem;
    }
}
