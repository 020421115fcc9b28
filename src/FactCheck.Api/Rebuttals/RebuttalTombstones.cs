using FactCheck.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Rebuttals;

/// <summary>POST /api/v1/claims/{claimId}/rebuttals/{rebuttalId}/restore and /purge.</summary>
internal static class RebuttalTombstones
{
    internal static void MapRebuttalTombstones(this RouteGroupBuilder group) =>
        Tombstones.Document(
            group.MapPost("/{rebuttalId:guid}/restore", (Guid claimId, Guid rebuttalId, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Rebuttals.Where(r => r.ClaimId == claimId), rebuttalId, "rebuttal of this claim",
                    rebuttal => DeletedReferenceAsync(db, rebuttal),
                    async () => (await db.Rebuttals.AsNoTracking().Include(r => r.Actor).FirstAsync(r => r.Id == rebuttalId)).ToResponse(), http)),
            group.MapPost("/{rebuttalId:guid}/purge", (Guid claimId, Guid rebuttalId, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Rebuttals.Where(r => r.ClaimId == claimId), rebuttalId, "rebuttal of this claim", null, http)),
            "Rebuttal", "rebuttal");

    private static async Task<string?> DeletedReferenceAsync(FactCheckDb db, Rebuttal rebuttal) =>
        !await db.Claims.AnyAsync(c => c.Id == rebuttal.ClaimId) ? "Its claim is deleted; restore the claim first."
        : !await db.Actors.AnyAsync(a => a.Id == rebuttal.ActorId) ? $"Its actor '{rebuttal.ActorId}' is deleted; restore the actor first."
        : rebuttal.SourceId is { } sourceId && !await db.Sources.AnyAsync(s => s.Id == sourceId) ? $"Its source '{sourceId}' is deleted; restore the source first."
        : null;
}
