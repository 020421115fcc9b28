using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.History;

public static class HistoryApi
{
    private const string Deleted = "Once the record is deleted, readers and anonymous callers get 404 (and a deleted rebuttal, evidence item, "
        + "review or link drops out of its claim's history for them); editors and admins still read all of it. After a purge only "
        + "`purge` entries remain: who removed which record, and when, with no values.";

    public static IEndpointRouteBuilder MapHistory(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("History").WithValidation();

        group.MapGet("/claims/{claimId:guid}/history", ClaimHistory).WithName("GetClaimHistory")
            .WithSummary("A claim's history")
            .WithDescription("Every change to the claim and to its rebuttals, evidence, reviews, repeat links, appearances and evidence status, "
                + "newest first, with who made it, when, and each changed field before and after. " + Deleted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/actors/{actorId:guid}/history", ActorHistory).WithName("GetActorHistory")
            .WithSummary("An actor's history")
            .WithDescription("Every change to the actor, newest first. " + Deleted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/sources/{sourceId:guid}/history", SourceHistory).WithName("GetSourceHistory")
            .WithSummary("A source's history")
            .WithDescription("Every change to the source, newest first. " + Deleted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static Task<Results<Ok<Page<HistoryEntryResponse>>, ProblemHttpResult>> ClaimHistory(
        Guid claimId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http) =>
        PageAsync(db.History.VisibleTo(db, http).Where(h => h.ClaimId == claimId), "claim", claimId, query, cursors, http);

    private static Task<Results<Ok<Page<HistoryEntryResponse>>, ProblemHttpResult>> ActorHistory(
        Guid actorId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http) =>
        PageAsync(db.History.VisibleTo(db, http).Where(h => h.EntityType == "actor" && h.EntityId == actorId), "actor", actorId, query, cursors, http);

    private static Task<Results<Ok<Page<HistoryEntryResponse>>, ProblemHttpResult>> SourceHistory(
        Guid sourceId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http) =>
        PageAsync(db.History.VisibleTo(db, http).Where(h => h.EntityType == "source" && h.EntityId == sourceId), "source", sourceId, query, cursors, http);

    /// <summary>Newest first: the cursor holds the last id served and the next page continues below it.</summary>
    private static async Task<Results<Ok<Page<HistoryEntryResponse>>, ProblemHttpResult>> PageAsync(
        IQueryable<HistoryEntry> entries, string resource, Guid id, PageQuery query, CursorCodec cursors, HttpContext http)
    {
        var limit = CursorCodec.LimitOf(query);
        var before = cursors.AfterId(query);
        var rows = await entries.AsNoTracking()
            .Where(h => before == null || h.Id < before)
            .OrderByDescending(h => h.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        // A record that ever existed has at least its creation (or, purged, its purge); one hidden from the caller has none.
        if (rows.Count == 0 && (before is null || !await entries.AnyAsync(http.RequestAborted)))
        {
            return Problems.NotFound(resource, id);
        }
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, h => h.Id, h => h.ToResponse()));
    }
}
