namespace FactCheck.Api.Http;

/// <summary>
/// The stable <c>type</c> of every problem the API answers (RFC 9457). Clients switch on these, never on titles.
/// They are URNs on purpose: identifiers that need no server of ours to stay true.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:factcheck:problem:";

    public const string Validation = Prefix + "validation";
    public const string MalformedRequest = Prefix + "malformed-request";
    public const string UnknownReference = Prefix + "unknown-reference";
    public const string NotFound = Prefix + "not-found";
    public const string Conflict = Prefix + "conflict";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string NotAcceptable = Prefix + "not-acceptable";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string UriTooLong = Prefix + "uri-too-long";
    public const string RequestHeaderFieldsTooLarge = Prefix + "request-header-fields-too-large";
    public const string HostNotAllowed = Prefix + "host-not-allowed";
    public const string RateLimited = Prefix + "rate-limited";
    public const string ImportQueueFull = Prefix + "import-queue-full";
    public const string ConcurrencyConflict = Prefix + "concurrency-conflict";
    public const string Internal = Prefix + "internal";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string Forbidden = Prefix + "forbidden";
    public const string PreconditionFailed = Prefix + "precondition-failed";
    public const string PreconditionRequired = Prefix + "precondition-required";
    public const string Http = Prefix + "http";
    public const string IdempotencyKeyReused = Prefix + "idempotency-key-reused";
    public const string IdempotencyKeyInProgress = Prefix + "idempotency-key-in-progress";
    public const string IdempotencyAnswerNotStored = Prefix + "idempotency-answer-not-stored";

    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthorized,
        403 => Forbidden,
        412 => PreconditionFailed,
        428 => PreconditionRequired,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        409 => Conflict,
        413 => PayloadTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        422 => UnknownReference,
        429 => RateLimited,
        431 => RequestHeaderFieldsTooLarge,
        >= 500 => Internal,
        _ => Http,
    };
}
