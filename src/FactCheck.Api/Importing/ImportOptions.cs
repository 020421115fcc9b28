namespace FactCheck.Api.Importing;

/// <summary>"FactCheck:Imports": when an import runs in the request and when as a background job.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// Bodies larger than this are spooled to a file and imported by a background job (202 Accepted); smaller ones are
    /// imported within the request. No more than this is ever held in memory for a request.
    /// </summary>
    public long AsyncThresholdBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a client is asked to wait before polling a job again (Retry-After).</summary>
    public int RetryAfterSeconds { get; set; } = 2;
}
