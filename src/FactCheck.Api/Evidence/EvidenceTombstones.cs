using FactCheck.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Evidence;

/// <summary>POST /api/v1/claims/{claimId}/evidence/{evidenceId}/restore and /purge.</summary>
internal static class EvidenceTombstones
{
    internal static void MapEvidenceTombstones(this RouteGroupBuilder group) =>
        Tombstones.Document(
            group.MapPost("/{evidenceId:guid}/restore", (Guid claimId, Guid evidenceId, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Evidence.Where(e => e.ClaimId == claimId), evidenceId, "evidence item of this claim",
                    item => DeletedReferenceAsync(db, item),
                    async () => (await db.Evidence.AsNoTracking().FirstAsync(e => e.Id == evidenceId)).ToResponse(), http)),
            group.MapPost("/{evidenceId:guid}/purge", (Guid claimId, Guid evidenceId, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Evidence.Where(e => e.ClaimId == claimId), evidenceId, "evidence item of this claim", null, http)),
            "Evidence", "evidence item");

    private static async Task<string?> DeletedReferenceAsync(FactCheckDb db, EvidenceItem item) =>
        !await db.Claims.AnyAsync(c => c.Id == item.ClaimId) ? "Its claim is deleted; restore the claim first."
        : item.SourceId is { } sourceId && !await db.Sources.AnyAsync(s => s.Id == sourceId) ? $"Its source '{sourceId}' is deleted; restore the source first."
        : null;
}
