using Microsoft.AspNetCore.Http.Features;

namespace FactCheck.Api.Idempotency;

/// <summary>
/// Makes a POST under /api/v1 that carries an <c>Idempotency-Key</c> safe to retry: the first request runs and its
/// answer is stored; a retry with the same key and the same request gets that answer again (marked
/// <c>Idempotent-Replayed: true</c>) without a second write. The same key with another request is a 422; while the
/// first is still running, a 409 with <c>Retry-After</c>. Keys are kept per API key for 24 hours, in the database.
/// A success of an endpoint marked <see cref="SecretInAnswer"/> is kept without its body and never replayed.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IServiceScopeFactory scopes, ILogger<IdempotencyMiddleware> logger)
{
    public const string PathPrefix = "/api/v1";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private readonly IdempotencyStore store = new(scopes);

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.StartsWithSegments(PathPrefix)
            || !http.Request.Headers.TryGetValue(IdempotentRequest.Header, out var values))
        {
            await next(http);
            return;
        }
        if (!IdempotentRequest.IsValidKey(values))
        {
            await IdempotencyProblems.InvalidKey().ExecuteAsync(http);
            return;
        }
        var request = await IdempotentRequest.ReadAsync(http, values.ToString());
        var (record, owned) = await store.ClaimAsync(request, http.RequestAborted);
        var secret = http.GetEndpoint()?.Metadata.GetMetadata<SecretInAnswer>();
        if (owned)
        {
            await RunAndStoreAsync(http, record.Id, secret is not null);
        }
        else if (record.RequestHash != request.Hash)
        {
            await IdempotencyProblems.Reused().ExecuteAsync(http);
        }
        else if (record.State == IdempotencyState.InProgress)
        {
            http.Response.Headers.RetryAfter = "1";
            await IdempotencyProblems.InProgress().ExecuteAsync(http);
        }
        else if (record.State == IdempotencyState.AnswerWithheld)
        {
            http.Response.Headers.Location = record.Location;
            await IdempotencyProblems.AnswerNotStored(secret?.LostAnswerAdvice).ExecuteAsync(http);
        }
        else
        {
            await ReplayAsync(http, record);
        }
    }

    /// <summary>
    /// Runs the endpoint into a buffer (answers here are small JSON), stores the answer, then sends it. Only answers
    /// that a retry should see again are stored: successes, and 400/422, which the same request would get again.
    /// Anything else (a 5xx, an exception, a 404 or 409 that may change) gives the key up so a retry runs again.
    /// A success that holds a secret is stored without its body: the secret must never be at rest in clear.
    /// </summary>
    private async Task RunAndStoreAsync(HttpContext http, Guid id, bool secretInAnswer)
    {
        // Same as assigning Response.Body, but kept in hand so that its PipeWriter (BodyWriter) can be flushed into the buffer.
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var buffered = new StreamResponseBodyFeature(buffer, original);
        http.Features.Set<IHttpResponseBodyFeature>(buffered);
        try
        {
            await next(http);
            await buffered.CompleteAsync();
        }
        catch
        {
            await store.ReleaseAsync(id);
            throw;
        }
        finally
        {
            http.Features.Set(original);
        }
        var body = buffer.ToArray();
        var status = http.Response.StatusCode;
        if (status is >= 200 and < 300 or StatusCodes.Status400BadRequest or StatusCodes.Status422UnprocessableEntity)
        {
            await StoreAsync(http, id, secretInAnswer && status is >= 200 and < 300 ? null : body);
        }
        else
        {
            await store.ReleaseAsync(id);
        }
        if (body.Length > 0)
        {
            // An empty body is left unwritten, so status-code pages can still turn a bare 404 into a problem.
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private async Task StoreAsync(HttpContext http, Guid id, byte[]? body)
    {
        try
        {
            await store.CompleteAsync(id, http.Response, body);
        }
        catch (Exception exception) when (IdempotencyStore.IsStorageFailure(exception))
        {
            // The write happened: the client must get its real answer. The claim stays in progress (a retry gets 409)
            // until it counts as abandoned.
            logger.LogError(exception, "Could not store the answer for idempotency record {Id}", id);
        }
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord record)
    {
        var response = http.Response;
        response.StatusCode = record.StatusCode ?? StatusCodes.Status200OK;
        response.Headers.Location = record.Location;
        response.Headers.ETag = record.ETag;
        response.ContentType = record.ContentType;
        response.Headers[ReplayedHeader] = "true";
        if (record.Body is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, http.RequestAborted);
        }
    }
}

public static class IdempotencySetup
{
    /// <summary>Must run after authentication: keys are scoped to the caller's API key (HttpContext.User).</summary>
    public static WebApplication UseFactCheckIdempotency(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
