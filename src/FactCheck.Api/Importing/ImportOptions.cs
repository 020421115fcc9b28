namespace FactCheck.Api.Importing;

/// <summary>"FactCheck:Imports": when an import runs in the request and when as a background job, and how much may wait.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// Bodies larger than this are spooled to a file and imported by a background job (202 Accepted); smaller ones are
    /// imported within the request. No more than this is ever held in memory for a request.
    /// </summary>
    public long AsyncThresholdBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a client is asked to wait before polling a job again (Retry-After).</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Jobs one key may have queued or running; past it a new background import is refused (429).</summary>
    public int MaxQueuedJobsPerKey { get; set; } = 5;

    /// <summary>Spooled bytes one key's queued and running jobs may take (five bodies of the largest size).</summary>
    public long MaxQueuedBytesPerKey { get; set; } = 500L * 1024 * 1024;

    /// <summary>Jobs queued or running in all, whoever posted them.</summary>
    public int MaxQueuedJobs { get; set; } = 20;

    /// <summary>Spooled bytes of all queued and running jobs: the disk the spool directory may take.</summary>
    public long MaxQueuedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The Retry-After of a refusal past those caps: about how long a job takes to make room.</summary>
    public int QueueFullRetryAfterSeconds { get; set; } = 60;
}
