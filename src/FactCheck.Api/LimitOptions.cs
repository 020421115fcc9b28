namespace FactCheck.Api;

/// <summary>
/// "FactCheck:RateLimits": requests per fixed window, counted per API key for authenticated callers and per client
/// address for anonymous ones. Keys get more because they are issued to people we know; an address may be a whole office.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Off only where something else (a gateway, a load test) does the limiting.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window for each API key.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Requests per window for each anonymous client address.</summary>
    public int AnonymousPermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Requests with an API key that is not valid, per client address and window. Once spent, every request from that
    /// address that carries a key is refused until the window ends, a valid key included: were a valid key let through,
    /// the difference between its answer and a refusal would tell a guesser that the guess was right.
    /// </summary>
    public int FailedKeyPermitLimit { get; set; } = 10;
}

/// <summary>"FactCheck:Limits": the largest requests accepted (URL, headers, body).</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Where the import endpoints live; they take whole feeds, so they get <see cref="MaxImportBodyBytes"/>.</summary>
    public const string ImportsPath = "/api/v1/imports";

    /// <summary>Every request but imports: far above any real record, far below what hurts the server.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public long MaxImportBodyBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Characters of the request target (path and query string, as sent). Kestrel's own default, so no URL that worked before is refused.</summary>
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>Characters of all header fields together (names and values). Kestrel's own default.</summary>
    public int MaxRequestHeadersLength { get; set; } = 32 * 1024;

    /// <summary>Header fields in one request. Kestrel's own default.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>
    /// How far above these limits Kestrel's own are set. Kestrel answers what it refuses itself with an empty body before
    /// the application sees the request; its ceiling sits well above ours so that our problem answers instead, yet low
    /// enough that a connection cannot make the server buffer unbounded headers.
    /// </summary>
    public const int ServerCeilingFactor = 4;

    public long LimitFor(PathString path) =>
        path.StartsWithSegments(ImportsPath, StringComparison.OrdinalIgnoreCase) ? MaxImportBodyBytes : MaxRequestBodyBytes;

    public long Largest => Math.Max(MaxRequestBodyBytes, MaxImportBodyBytes);
}
