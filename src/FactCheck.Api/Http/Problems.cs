using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Http;

/// <summary>The problem results handlers return, so the same situation reads the same on every endpoint.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string resource, Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemTypes.NotFound,
        title: "Not found",
        detail: $"No {resource} has the id '{id}'.");

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.Conflict,
        title: "Conflict",
        detail: detail);

    /// <summary>The body is well formed but names ids that do not exist; each offending field is listed.</summary>
    public static ProblemHttpResult UnknownReferences(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = ProblemTypes.UnknownReference,
            Title = "Unknown reference",
            Detail = "The request refers to records that do not exist.",
        });
}
