using FactCheck.Api.Common;

namespace FactCheck.Api.History;

/// <summary>
/// One change to one record. Written by <see cref="Data.FactCheckDb"/> in the same transaction as the change,
/// and never updated, so it outlives the record it describes: a deletion only adds an entry. A purge alone removes the
/// entries of what it purges, leaving one purge entry each (who, when, no values).
/// </summary>
public sealed class HistoryEntry
{
    public Guid Id { get; init; } = Data.Ids.New();
    public DateTime At { get; init; }
    public required string By { get; init; }
    public HistoryOperation Operation { get; init; }
    public required string EntityType { get; init; }
    public Guid EntityId { get; init; }

    /// <summary>The claim the record belongs to, so a claim's history includes its rebuttals and evidence.</summary>
    public Guid? ClaimId { get; init; }

    /// <summary>JSON array of { field, before, after }, values in their API form.</summary>
    public required string Changes { get; init; }
}
