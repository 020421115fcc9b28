namespace FactCheck.Api.StatusChanges;

/// <summary>One transition of a claim's evidence status. Immutable; the claim's history records it too.</summary>
public sealed class StatusChange : Data.IClaimPart
{
    public Guid Id { get; init; } = Data.Ids.New();
    public Guid ClaimId { get; init; }
    public Common.EvidenceStatus From { get; init; }
    public Common.EvidenceStatus To { get; init; }
    public required string Rationale { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }

    /// <summary>
    /// The review whose rating set this status (an import, or a mapping applied later); null when an editor set it by hand. A new
    /// mapping changes a claim only while its status is the mappings' to change (see <see cref="Reviews.RatingRemapping"/>).
    /// </summary>
    public Guid? ReviewId { get; init; }
}
