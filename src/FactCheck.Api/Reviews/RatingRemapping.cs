using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>
/// Applies a mapping to the reviews already stored with its label, as an import would have if it had known the mapping: a
/// live claim with a live review of that label moves to the mapping's status when its status is still the mappings' to set,
/// that is when it is <c>unverified</c> and no editor set it so, or when a review of this very label set it (by import, number
/// or an earlier mapping). A claim whose status an editor set by hand (<c>POST /claims/{id}/status</c>), or that another
/// review's rating set, is left alone. Each change is a status change like any other: a rationale naming the mapping and the
/// review, the admin as its author, an entry in the claim's history, a new ETag.
/// Claims are taken <see cref="BatchSize"/> at a time, each batch in a transaction of its own (the mapping is saved with the
/// first), so a label on a million reviews never holds the database from other writers; a request cut short leaves the rest
/// for the same PUT again, which changes nothing twice.
/// </summary>
public sealed class RatingRemapping(FactCheckDb db)
{
    public const int BatchSize = 500;

    /// <param name="Reviews">Live reviews of live claims with the label.</param>
    /// <param name="ClaimsChanged">Claims whose status the mapping changed.</param>
    /// <param name="ClaimsSetByHand">Claims left alone because an editor set their status by hand.</param>
    public sealed record Outcome(int Reviews, int ClaimsChanged, int ClaimsSetByHand);

    /// <summary>Saves the mapping (the first batch's transaction), then applies it batch by batch.</summary>
    public async Task<Outcome> SaveAndApplyAsync(RatingMapping mapping, CancellationToken cancellationToken)
    {
        var (reviews, changed, byHand) = (0, 0, 0);
        Guid? after = null;
        var first = true;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (first)
            {
                await db.SaveChangesAsync(cancellationToken);
                first = false;
            }
            var reviewsOfLabel = db.Reviews.Where(r => EF.Property<string?>(r, RatingKeys.Property) == mapping.Label);
            if (after is { } last)
            {
                // Not "after == null || ...": that form keeps SQLite from seeking the (key, claim) index past the last batch.
                reviewsOfLabel = reviewsOfLabel.Where(r => r.ClaimId > last);
            }
            // Not Distinct(): SQLite would make every remaining claim distinct before taking a batch. A claim with several reviews of
            // the label comes once per review here, and once into the batch.
            var seen = await reviewsOfLabel.Where(r => db.Claims.Any(c => c.Id == r.ClaimId))
                .OrderBy(r => r.ClaimId).Select(r => r.ClaimId).Take(BatchSize).ToListAsync(cancellationToken);
            var claimIds = seen.Distinct().ToList();
            var batch = await ApplyAsync(mapping, claimIds, cancellationToken);
            // As imports save: the same history, with the new status changes and history entries inserted in bulk.
            await db.WriteRecordedAsync(await db.RecordChangesAsync(cancellationToken), bulk: true, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            (reviews, changed, byHand) = (reviews + batch.Reviews, changed + batch.ClaimsChanged, byHand + batch.ClaimsSetByHand);
            if (seen.Count < BatchSize)
            {
                return new Outcome(reviews, changed, byHand);
            }
            after = seen[^1];
        }
    }

    private async Task<Outcome> ApplyAsync(RatingMapping mapping, List<Guid> claimIds, CancellationToken ct)
    {
        if (claimIds.Count == 0)
        {
            return new Outcome(0, 0, 0);
        }
        var statuses = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id)).Select(c => new { c.Id, c.EvidenceStatus }).ToListAsync(ct);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => claimIds.Contains(r.ClaimId) && EF.Property<string?>(r, RatingKeys.Property) == mapping.Label)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.ClaimId, r.TextualRating, r.PublisherName, r.Url }).ToListAsync(ct);
        var latest = (await db.StatusChanges.AsNoTracking().Where(s => claimIds.Contains(s.ClaimId)).Select(s => new { s.Id, s.ClaimId, s.ReviewId })
                .ToListAsync(ct))
            .GroupBy(s => s.ClaimId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Id)!.ReviewId);
        var setters = latest.Values.OfType<Guid>().ToList();
        // The reviews that set the claims' current statuses, and whether each is (still) a live review of its claim with this label.
        var ofThisLabel = (await db.Reviews.AsNoTracking()
                .Where(r => setters.Contains(r.Id) && EF.Property<string?>(r, RatingKeys.Property) == mapping.Label)
                .Select(r => new { r.Id, r.ClaimId }).ToListAsync(ct))
            .Select(r => (r.Id, r.ClaimId)).ToHashSet();
        var byHand = 0;
        var toChange = new List<Guid>();
        foreach (var claim in statuses)
        {
            var setBy = latest.TryGetValue(claim.Id, out var reviewId) ? reviewId : null;
            if (latest.ContainsKey(claim.Id) && setBy is null)
            {
                byHand++;
                continue;
            }
            var unverified = claim.EvidenceStatus == EvidenceStatus.Unverified;
            var ours = setBy is { } id ? ofThisLabel.Contains((id, claim.Id)) : unverified;
            if ((ours || unverified) && claim.EvidenceStatus != mapping.Status)
            {
                toChange.Add(claim.Id);
            }
        }
        // Only the claims that change are loaded for the change (a repeated PUT loads none).
        var changed = 0;
        foreach (var claim in toChange.Count == 0 ? [] : await db.Claims.Where(c => toChange.Contains(c.Id)).ToListAsync(ct))
        {
            var review = reviews.Find(r => r.ClaimId == claim.Id);
            if (review is null)
            {
                continue;
            }
            var rationale = $"Rating mapping \"{mapping.Label}\" → {mapping.Status.ToWire()}: rated \"{review.TextualRating}\" by {review.PublisherName} ({review.Url}).";
            db.StatusChanges.Add(claim.ChangeStatus(mapping.Status, Importing.JsonLd.Clip(rationale, Rules.StatementMaxLength), db.Now, db.Editor.Name,
                reviewId: review.Id));
            changed++;
        }
        return new Outcome(reviews.Count, changed, byHand);
    }
}
