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
}

/// <summary>"FactCheck:Limits": the largest request bodies accepted.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Where the import endpoints live; they take whole feeds, so they get <see cref="MaxImportBodyBytes"/>.</summary>
    public const string ImportsPath = "/api/v1/imports";

    /// <summary>Every request but imports: far above any real record, far below what hurts the server.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public long MaxImportBodyBytes { get; set; } = 100L * 1024 * 1024;

    public long LimitFor(PathString path) =>
        path.StartsWithSegments(ImportsPath, StringComparison.OrdinalIgnoreCase) ? MaxImportBodyBytes : MaxRequestBodyBytes;

    public long Largest => Math.Max(MaxRequestBodyBytes, MaxImportBodyBytes);
}
