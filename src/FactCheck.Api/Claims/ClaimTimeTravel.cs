using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.History;
using FactCheck.Api.Http;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Sources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>
/// GET /api/v1/claims/{id}?asOf=: the claim as it stood at an instant, rebuilt from its history (the history, not the
/// current row, is the record of the past). The claimant, sources and rebuttal authors are embedded as they are now;
/// one deleted since is shown by id with the name or title "(deleted)". What readers may not see (see
/// <see cref="HistoryVisibility"/>) is left out of the rebuild.
/// </summary>
internal static class ClaimTimeTravel
{
    public const string DeletedName = "(deleted)";

    // The history holds entity fields (statusChangedBy, claimId, ...); the entities read them, skipping any since removed.
    private static readonly JsonSerializerOptions EntityJson = new(ApiJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    public static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> GetAsync(FactCheckDb db, Guid id, DateTimeOffset asOf, HttpContext http)
    {
        var instant = asOf.UtcDateTime;
        // Readers rebuild from the entries they may read: a deleted claim is unknown to them, a deleted part never was.
        var history = db.History.AsNoTracking().VisibleTo(db, http);
        var entries = await history
            .Where(h => h.ClaimId == id && h.At <= instant)
            .OrderBy(h => h.Id).ToListAsync(http.RequestAborted);
        var fold = ClaimHistoryFold.Replay(entries);
        if (fold.DeletedAt is { } deletedAt)
        {
            return NotFound($"The claim '{id}' was deleted at {Iso(deletedAt)}, before {Iso(instant)}.");
        }
        if (fold.Claim is null)
        {
            var created = await history.Where(h => h.ClaimId == id && h.EntityType == "claim" && h.Operation == HistoryOperation.Create)
                .Select(h => (DateTime?)h.At).FirstOrDefaultAsync(http.RequestAborted);
            return created is null
                ? Problems.NotFound("claim", id)
                : NotFound($"The claim '{id}' did not exist at {Iso(instant)}: it was first recorded at {Iso(created.Value)}.");
        }
        var claim = await ToEntityAsync(db, id, fold, http.RequestAborted);
        // RFC 7089: the instant this representation shows. No ETag: it is not a version that If-Match could name.
        var now = db.Now;
        var observed = instant < now ? instant : now;
        http.Response.Headers["Memento-Datetime"] = observed.ToString("R", CultureInfo.InvariantCulture);
        return TypedResults.Ok(claim.ToResponse());
    }

    private static async Task<Claim> ToEntityAsync(FactCheckDb db, Guid id, ClaimHistoryFold fold, CancellationToken cancellationToken)
    {
        // Appearances are a list of source ids in the history but rows of their own in the entity.
        var state = fold.Claim!.DeepClone().AsObject();
        var appearances = state["appearances"]?.Deserialize<List<Guid>>(EntityJson) ?? [];
        state.Remove("appearances");
        var claim = Read<Claim>(state, id);
        claim.CreatedAt = fold.CreatedAt;
        claim.UpdatedAt = fold.UpdatedAt;
        claim.Rebuttals = [.. fold.Parts.Where(p => p.Value.EntityType == "rebuttal" && !p.Value.Deleted).Select(p => Read<Rebuttal>(p.Value, p.Key))];
        claim.Evidence = [.. fold.Parts.Where(p => p.Value.EntityType == "evidence" && !p.Value.Deleted).Select(p => Read<EvidenceItem>(p.Value, p.Key))];

        var actorIds = claim.Rebuttals.Select(r => r.ActorId).Append(claim.ClaimantId).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => actorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => appearances.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        claim.Claimant = actors.GetValueOrDefault(claim.ClaimantId) ?? DeletedActor(claim.ClaimantId);
        claim.Rebuttals.ForEach(r => r.Actor = actors.GetValueOrDefault(r.ActorId) ?? DeletedActor(r.ActorId));
        claim.Appearances = [.. appearances.Select((sourceId, position) => new ClaimAppearance
        {
            ClaimId = id,
            SourceId = sourceId,
            Position = position,
            Source = sources.GetValueOrDefault(sourceId) ?? new Source { Id = sourceId, Title = DeletedName },
        })];
        return claim;
    }

    private static T Read<T>(JsonObject state, Guid id) where T : Entity
    {
        state["id"] = JsonValue.Create(id);
        return state.Deserialize<T>(EntityJson)!;
    }

    private static T Read<T>(FoldedPart part, Guid id) where T : Entity
    {
        var entity = Read<T>(part.State.DeepClone().AsObject(), id);
        entity.CreatedAt = part.CreatedAt;
        entity.UpdatedAt = part.UpdatedAt;
        return entity;
    }

    private static Actor DeletedActor(Guid id) => new() { Id = id, Name = DeletedName };

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound, title: "Not found", detail: detail);

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
