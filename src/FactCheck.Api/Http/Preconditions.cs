using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FactCheck.Api.Http;

/// <summary>
/// Conditional requests (RFC 9110 §13): <c>If-Match</c> guards writes against lost updates, <c>If-None-Match</c>
/// lets readers revalidate for free.
/// </summary>
public static class Preconditions
{
    /// <summary>412 when If-Match names none of the record's current ETag; 428 when it is missing and required.</summary>
    public static ProblemHttpResult? CheckIfMatch(this HttpContext http, string currentETag)
    {
        var header = http.Request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return http.RequestServices.GetRequiredService<IOptions<FactCheckOptions>>().Value.RequireIfMatch
                ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, type: ProblemTypes.PreconditionRequired,
                    title: "Precondition required",
                    detail: "This server requires If-Match on changes: send the ETag you read, so a change made since is not overwritten.")
                : null;
        }
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return Failed("If-Match is not a list of entity tags.");
        }
        var current = EntityTagHeaderValue.Parse(currentETag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true))
            ? null
            : Failed($"The record has changed since it was read: its ETag is now {currentETag}. Read it again, then retry.");
    }

    public static ProblemHttpResult Failed(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed, type: ProblemTypes.PreconditionFailed, title: "Precondition failed", detail: detail);

    /// <summary>True when the request's If-None-Match names <paramref name="etag"/> (weak comparison, as the RFC says).</summary>
    public static bool NoneMatchHits(this HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
}

/// <summary>Turns a GET whose ETag the client already has into 304 Not Modified, after the handler has set the ETag.</summary>
public sealed class NotModifiedFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        return http.Response.StatusCode == StatusCodes.Status200OK && http.Response.Headers.ETag is [{ } etag] && http.Request.NoneMatchHits(etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : result;
    }
}
