using FactCheck.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>POST /api/v1/claims/{claimId}/reviews/{reviewId}/restore and /purge, like rebuttals'.</summary>
internal static class ReviewTombstones
{
    internal static void MapReviewTombstones(this RouteGroupBuilder group) =>
        Tombstones.Document(
            group.MapPost("/{reviewId:guid}/restore", (Guid claimId, Guid reviewId, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Reviews.Where(r => r.ClaimId == claimId), reviewId, "review of this claim",
                    async review => await db.Claims.AnyAsync(c => c.Id == review.ClaimId) ? null : "Its claim is deleted; restore the claim first.",
                    async () => (await db.Reviews.AsNoTracking().FirstAsync(r => r.Id == reviewId)).ToResponse(), http)),
            group.MapPost("/{reviewId:guid}/purge", (Guid claimId, Guid reviewId, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Reviews.Where(r => r.ClaimId == claimId), reviewId, "review of this claim", null, http)),
            "Review", "review");
}
