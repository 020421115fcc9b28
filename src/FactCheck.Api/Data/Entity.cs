namespace FactCheck.Api.Data;

/// <summary>
/// A record whose every change is written to the history log by <see cref="FactCheckDb"/>.
/// <see cref="Version"/> grows by one per change; it is the ETag and the optimistic-concurrency token.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Data.Ids.New();
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Set when the record is deleted: it becomes a tombstone, hidden from reads, restorable, purgeable by admins.</summary>
    public DateTime? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }

    /// <summary>The resource name used in history entries ("claim", "rebuttal", ...).</summary>
    public abstract string EntityType { get; }
}

/// <summary>A record that belongs to one claim: its changes appear in that claim's history and bump its version.</summary>
public interface IClaimPart
{
    Guid ClaimId { get; }
}
