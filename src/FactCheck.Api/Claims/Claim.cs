using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Data;

namespace FactCheck.Api.Claims;

public sealed class Claim : Entity
{
    public required string Statement { get; set; }
    public string? Summary { get; set; }
    public Guid ClaimantId { get; set; }
    public Actor? Claimant { get; set; }
    public DateTime MadeAt { get; set; }
    public List<string> Topics { get; set; } = [];
    public string? Language { get; set; }

    // Only the status endpoint writes these three, so every change carries a rationale and an author.
    public EvidenceStatus EvidenceStatus { get; set; } = EvidenceStatus.Unverified;
    public string? StatusRationale { get; set; }
    public DateTime? StatusChangedAt { get; set; }
    public string? StatusChangedBy { get; set; }

    public List<ClaimAppearance> Appearances { get; set; } = [];
    public List<Rebuttals.Rebuttal> Rebuttals { get; set; } = [];
    public List<Evidence.EvidenceItem> Evidence { get; set; } = [];

    public override string EntityType => "claim";

    /// <summary>Moves the claim to <paramref name="status"/> and returns the change to store with it.</summary>
    /// <param name="reviewId">The review whose rating sets the status; none when an editor sets it.</param>
    public StatusChanges.StatusChange ChangeStatus(Common.EvidenceStatus status, string rationale, DateTime at, string by, Guid? changeId = null, Guid? reviewId = null)
    {
        var change = new StatusChanges.StatusChange
        {
            Id = changeId ?? Data.Ids.New(), ClaimId = Id, From = EvidenceStatus, To = status, Rationale = rationale, At = at, By = by, ReviewId = reviewId,
        };
        EvidenceStatus = status;
        StatusRationale = rationale;
        StatusChangedAt = at;
        StatusChangedBy = by;
        return change;
    }

    /// <summary>Source ids in order of appearance, the first appearance first.</summary>
    public IReadOnlyList<Guid> AppearanceIds() =>
        [.. Appearances.OrderBy(a => a.Position).Select(a => a.SourceId)];

    /// <summary>Makes the appearances equal <paramref name="sourceIds"/>, editing rows in place so the history shows one change.</summary>
    public void SetAppearances(IReadOnlyList<Guid> sourceIds)
    {
        Appearances.RemoveAll(a => !sourceIds.Contains(a.SourceId));
        for (var position = 0; position < sourceIds.Count; position++)
        {
            var existing = Appearances.Find(a => a.SourceId == sourceIds[position]);
            if (existing is null)
            {
                Appearances.Add(new ClaimAppearance { ClaimId = Id, SourceId = sourceIds[position], Position = position });
            }
            else if (existing.Position != position)
            {
                existing.Position = position;
            }
        }
    }
}

/// <summary>A claim's appearance in a source; <see cref="Position"/> 0 is the first appearance.</summary>
public sealed class ClaimAppearance : IClaimPart
{
    public Guid ClaimId { get; set; }
    public Guid SourceId { get; set; }
    public Sources.Source? Source { get; set; }
    public int Position { get; set; }
}
