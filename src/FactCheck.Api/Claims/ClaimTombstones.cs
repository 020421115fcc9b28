using FactCheck.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>POST /api/v1/claims/{id}/restore and /purge.</summary>
internal static class ClaimTombstones
{
    internal static void MapClaimTombstones(this RouteGroupBuilder group) =>
        Tombstones.Document(
            group.MapPost("/{id:guid}/restore", (Guid id, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Claims, id, "claim", claim => DeletedReferenceAsync(db, claim), () => ClaimsApi.ReloadAsync(db, id, http), http)),
            group.MapPost("/{id:guid}/purge", (Guid id, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Claims, id, "claim", claim => RemovePartsAsync(db, claim), http)),
            "Claim", "claim");

    /// <summary>A restored claim must not point at a deleted claimant or source.</summary>
    private static async Task<string?> DeletedReferenceAsync(FactCheckDb db, Claim claim)
    {
        if (!await db.Actors.AnyAsync(a => a.Id == claim.ClaimantId))
        {
            return $"Its claimant '{claim.ClaimantId}' is deleted; restore the actor first.";
        }
        var sources = await db.ClaimAppearances.Where(a => a.ClaimId == claim.Id).Select(a => a.SourceId).ToListAsync();
        var live = await db.Sources.Where(s => sources.Contains(s.Id)).Select(s => s.Id).ToListAsync();
        return sources.Except(live).FirstOrDefault() is var gone && gone != Guid.Empty
            ? $"It appears in source '{gone}', which is deleted; restore the source first."
            : null;
    }

    /// <summary>
    /// Tracks the parts, deleted or not, and the repeat links on both sides, so each is removed with the claim and its
    /// purge recorded. Status changes keep no history of their own (the claim's holds them): they are removed here, and
    /// their ids answered so that stored answers naming them go too.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> RemovePartsAsync(FactCheckDb db, Claim claim)
    {
        await db.Rebuttals.IgnoreQueryFilters().Where(r => r.ClaimId == claim.Id).LoadAsync();
        await db.Evidence.IgnoreQueryFilters().Where(e => e.ClaimId == claim.Id).LoadAsync();
        await db.Reviews.IgnoreQueryFilters().Where(r => r.ClaimId == claim.Id).LoadAsync();
        await db.Set<ClaimRepeat>().IgnoreQueryFilters().Where(r => r.ClaimId == claim.Id || r.OtherClaimId == claim.Id).LoadAsync();
        await db.ClaimAppearances.Where(a => a.ClaimId == claim.Id).LoadAsync();
        var changes = await db.StatusChanges.Where(s => s.ClaimId == claim.Id).Select(s => s.Id).ToListAsync();
        await db.StatusChanges.Where(s => s.ClaimId == claim.Id).ExecuteDeleteAsync();
        return changes;
    }
}
