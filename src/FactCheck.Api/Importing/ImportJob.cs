namespace FactCheck.Api.Importing;

public enum ImportJobStatus { Queued, Running, Succeeded, Failed }

/// <summary>
/// A large import, run in the background from the body spooled to a file. Not an <see cref="Data.Entity"/>: a job is
/// bookkeeping about work, not part of the ledger, so its progress updates are not history; the records it imports are.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; init; } = Data.Ids.New();
    public ImportJobStatus Status { get; set; } = ImportJobStatus.Queued;
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Whose key posted it: the imported records' history names them, as for a synchronous import.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The spooled body's file name in the spool directory; null once the job is done and the file deleted.</summary>
    public string? SpoolFile { get; set; }

    public long BytesTotal { get; set; }
    public long BytesRead { get; set; }
    public int Reviews { get; set; }

    /// <summary>The report as JSON, once finished (also when failed midway: what was imported before the fault).</summary>
    public string? Report { get; set; }
    public string? Error { get; set; }
}
