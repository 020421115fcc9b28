namespace FactCheck.Api.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> as the server remembers it: whose it is, a fingerprint of the request it was first
/// sent with and, once that request is done, the answer to replay. Not an <see cref="Entity"/> on purpose: it is
/// bookkeeping about requests, not data, so it has no version and never appears in the history.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>The API key's name, or "anonymous": one client's keys never collide with, or reveal, another's.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of the method, path, query and body; a retry must match it exactly.</summary>
    public required string RequestHash { get; init; }

    public IdempotencyState State { get; set; }

    public int? StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public string? ContentType { get; set; }

#pragma warning disable CA1819 // The stored response body: bytes are what gets replayed, unchanged.
    public byte[]? Body { get; set; }
#pragma warning restore CA1819

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}

public enum IdempotencyState
{
    /// <summary>Claimed by a request that has not answered yet.</summary>
    InProgress,

    /// <summary>Answered; the stored response is replayed to every retry.</summary>
    Completed,

    /// <summary>Answered with a secret (<see cref="SecretInAnswer"/>): kept without its body, never replayed.</summary>
    AnswerWithheld,
}
