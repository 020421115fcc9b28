using FactCheck.Api.Claims;
using FactCheck.Api.Http;

namespace FactCheck.Api.History;

/// <summary>
/// Which history entries a caller reads. Editors and admins read them all, tombstones' and purges' included (they decide
/// what to restore). Readers and anonymous callers read the entries of live records only: a record that is deleted or
/// purged, or that belongs to a deleted claim, is gone for them in history and time travel as the query filters make it
/// gone from every other read. The filters apply inside these subqueries, and a purged row no longer exists.
/// </summary>
internal static class HistoryVisibility
{
    public static IQueryable<HistoryEntry> VisibleTo(this IQueryable<HistoryEntry> entries, FactCheckDb db, HttpContext http) =>
        http.SeesTombstones() ? entries : entries.Where(h =>
            (h.ClaimId == null || db.Claims.Any(c => c.Id == h.ClaimId))
            && ((h.EntityType == "claim" && db.Claims.Any(c => c.Id == h.EntityId))
                || (h.EntityType == "rebuttal" && db.Rebuttals.Any(r => r.Id == h.EntityId))
                || (h.EntityType == "evidence" && db.Evidence.Any(e => e.Id == h.EntityId))
                || (h.EntityType == "review" && db.Reviews.Any(r => r.Id == h.EntityId))
                || (h.EntityType == "repeat" && db.Set<ClaimRepeat>().Any(r => r.Id == h.EntityId))
                || (h.EntityType == "actor" && db.Actors.Any(a => a.Id == h.EntityId))
                || (h.EntityType == "source" && db.Sources.Any(s => s.Id == h.EntityId))));
}
