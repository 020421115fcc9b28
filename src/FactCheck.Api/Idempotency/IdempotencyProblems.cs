using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Idempotency;

/// <summary>The answers of the idempotency middleware itself; written through the problem details service (with traceId).</summary>
internal static class IdempotencyProblems
{
    public static ValidationProblem InvalidKey() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            // Lower case, as HTTP/2 sends header names: the JSON key policy would otherwise turn it into "idempotency-Key".
            [IdempotentRequest.Header.ToLowerInvariant()] = [$"'{IdempotentRequest.Header}' must be sent once, as 1 to {IdempotentRequest.MaxKeyLength} visible ASCII characters (a UUID is a good choice)."],
        },
        title: "One or more fields are invalid.",
        detail: $"The {IdempotentRequest.Header} header is not a valid key; see 'errors'.",
        type: ProblemTypes.Validation);

    public static ProblemHttpResult Reused() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        type: ProblemTypes.IdempotencyKeyReused,
        title: "Idempotency key reused",
        detail: $"This {IdempotentRequest.Header} was used in the last 24 hours for a different request (method, path, query or body). Send a new key with a new request.");

    public static ProblemHttpResult InProgress() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.IdempotencyKeyInProgress,
        title: "Request in progress",
        detail: $"A request with this {IdempotentRequest.Header} is still being processed. Retry after the time in Retry-After to get its answer.");

    public static ProblemHttpResult AnswerNotStored(string? lostAnswerAdvice) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.IdempotencyAnswerNotStored,
        title: "Answer not stored",
        detail: $"The request with this {IdempotentRequest.Header} succeeded, but its answer held a secret, which is shown once and never "
            + $"stored, so it cannot be shown again and nothing was done now. {lostAnswerAdvice}".TrimEnd());
}
