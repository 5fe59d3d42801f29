using Gongkai.Core;
using Gongkai.Services.Errors;
using Gongkai.Services.Requests;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Requests;

/// <summary>
/// Request errors as HTTP: a field of the application form is bad input (400), otherwise the app's one mapping
/// (<see cref="ProblemMapping"/>: 403 missing role, 409 concurrent change, …). A form with several problems lists each under <c>errors</c> with its field.
/// </summary>
internal static class RequestProblems
{
    public static int StatusFor(DomainError error) => error switch
    {
        // Core's intake errors name a missing or invalid field of the application (条例第二十九条): bad input, not a refused step.
        _ when RequestForm.FieldOf(error).Length > 0 => StatusCodes.Status400BadRequest,
        _ => ProblemMapping.StatusFor(error),
    };

    /// <summary>RFC 7807 problem: English detail for API clients, the Chinese message as title, every error with its field.</summary>
    public static IResult Problem(IReadOnlyList<DomainError> errors)
    {
        var first = errors[0];
        var status = errors.Select(StatusFor).Max();
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"urn:gongkai:problem:{(errors.Count == 1 ? first.Code : "invalid-request")}",
            Title = errors.Count == 1 ? first.MessageEn : "The request has several problems; see errors.",
            Detail = string.Join(" ", errors.Select(e => e.MessageEn)),
            Extensions =
            {
                ["code"] = errors.Count == 1 ? first.Code : "invalid-request",
                ["errors"] = errors.Select(e => new { code = e.Code, field = RequestForm.FieldOf(e), message = e.MessageEn, messageZh = e.MessageZh }).ToList(),
            },
        };
        return TypedResults.Problem(problem);
    }

    public static IResult Problem(DomainError error) => Problem([error]);
}
