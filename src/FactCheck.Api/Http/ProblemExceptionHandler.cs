using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Http;

/// <summary>
/// The one place where exceptions become problems. Messages are written here, never passed through,
/// so no type name, SQL or stack trace reaches a client.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // The client went away; nobody is left to read a problem.
        }
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => JsonProblems.From(json),
            BadHttpRequestException bad => BadRequestProblems.From(bad, httpContext.Request),
            DbUpdateConcurrencyException when httpContext.Request.Headers.IfMatch.Count > 0 =>
                Preconditions.Failed("The record was changed by another request after its ETag was checked. Read it again, then retry.").ProblemDetails,
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.ConcurrencyConflict,
                Title = "Concurrent change",
                Detail = "The record was changed by another request at the same time. Read it again and retry.",
            },
            DbUpdateException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.Conflict,
                Title = "Conflict",
                Detail = "The change conflicts with existing data (a duplicate value or a record still in use).",
            },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.Internal,
                Title = "Internal error",
                Detail = "The server could not complete the request. The trace id identifies it in the server log.",
            };
        }
        else
        {
            logger.LogInformation("Answered {Status} for {Path}: {Reason}", problem.Status, httpContext.Request.Path, exception.Message);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
