using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Rebuttals;

public static class RebuttalsApi
{
    public static RouteGroupBuilder MapRebuttals(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims/{claimId:guid}/rebuttals").WithTags("Rebuttals").WithValidation();

        group.MapGet("/", List).WithName("ListRebuttals")
            .WithSummary("List a claim's rebuttals")
            .WithDescription("The responses that contest the claim, oldest first, cursor paged.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{rebuttalId:guid}", Get).WithName("GetRebuttal")
            .WithSummary("Get a rebuttal")
            .WithDescription("One rebuttal of the claim, with an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateRebuttal")
            .WithSummary("Add a rebuttal")
            .WithDescription("Records who contested the claim, what they said, when and where. The actor and source must exist (422 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{rebuttalId:guid}", Update).WithName("UpdateRebuttal")
            .WithSummary("Replace a rebuttal")
            .WithDescription("Replaces every field of the rebuttal. The change is kept in the claim's history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{rebuttalId:guid}", Delete).WithName("DeleteRebuttal")
            .WithSummary("Delete a rebuttal")
            .WithDescription("Deletes the rebuttal, leaving a tombstone that can be restored; readers no longer see it anywhere (its history included); editors still do.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapRebuttalTombstones();
        return group;
    }

    private static async Task<Results<Ok<Page<RebuttalResponse>>, ProblemHttpResult>> List(
        Guid claimId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.Rebuttals.AsNoTracking().Include(r => r.Actor)
            .Where(r => r.ClaimId == claimId && (after == null || r.Id > after))
            .OrderBy(r => r.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, r => r.Id, r => r.ToResponse()));
    }

    private static async Task<Results<Ok<RebuttalResponse>, ProblemHttpResult>> Get(Guid claimId, Guid rebuttalId, FactCheckDb db, HttpContext http)
    {
        var rebuttal = await db.Rebuttals.AsNoTracking().Include(r => r.Actor)
            .FirstOrDefaultAsync(r => r.Id == rebuttalId && r.ClaimId == claimId && db.Claims.Any(c => c.Id == r.ClaimId), http.RequestAborted);
        return rebuttal is null ? Problems.NotFound("rebuttal of this claim", rebuttalId) : Respond(rebuttal, http);
    }

    private static async Task<Results<Created<RebuttalResponse>, ProblemHttpResult>> Create(
        Guid claimId, RebuttalRequest request, FactCheckDb db, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        if (await CheckReferencesAsync(db, request, http.RequestAborted) is { } problem)
        {
            return problem;
        }
        var rebuttal = new Rebuttal { ClaimId = claimId, Statement = request.Statement };
        rebuttal.Apply(request);
        db.Rebuttals.Add(rebuttal);
        await db.SaveChangesAsync(http.RequestAborted);
        await db.Entry(rebuttal).Reference(r => r.Actor).LoadAsync(http.RequestAborted);
        http.SetETag(ETagOf(rebuttal));
        return TypedResults.Created($"/api/v1/claims/{claimId}/rebuttals/{rebuttal.Id}", rebuttal.ToResponse());
    }

    private static async Task<Results<Ok<RebuttalResponse>, ProblemHttpResult>> Update(
        Guid claimId, Guid rebuttalId, RebuttalRequest request, FactCheckDb db, HttpContext http)
    {
        var rebuttal = await db.Rebuttals.Include(r => r.Actor).FirstOrDefaultAsync(r => r.Id == rebuttalId && r.ClaimId == claimId && db.Claims.Any(c => c.Id == r.ClaimId), http.RequestAborted);
        if (rebuttal is null)
        {
            return Problems.NotFound("rebuttal of this claim", rebuttalId);
        }
        if (http.CheckIfMatch(ETagOf(rebuttal)) is { } failed)
        {
            return failed;
        }
        if (await CheckReferencesAsync(db, request, http.RequestAborted) is { } problem)
        {
            return problem;
        }
        rebuttal.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        db.ChangeTracker.Clear();
        return Respond(await db.Rebuttals.AsNoTracking().Include(r => r.Actor).FirstAsync(r => r.Id == rebuttalId, http.RequestAborted), http);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid claimId, Guid rebuttalId, FactCheckDb db, HttpContext http)
    {
        var rebuttal = await db.Rebuttals.Include(r => r.Actor).FirstOrDefaultAsync(r => r.Id == rebuttalId && r.ClaimId == claimId && db.Claims.Any(c => c.Id == r.ClaimId), http.RequestAborted);
        if (rebuttal is null)
        {
            return Problems.NotFound("rebuttal of this claim", rebuttalId);
        }
        if (http.CheckIfMatch(ETagOf(rebuttal)) is { } failed)
        {
            return failed;
        }
        rebuttal.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static Ok<RebuttalResponse> Respond(Rebuttal rebuttal, HttpContext http)
    {
        http.SetETag(ETagOf(rebuttal));
        return TypedResults.Ok(rebuttal.ToResponse());
    }

    /// <summary>The rebuttal embeds its actor's summary, so the actor's version is part of the ETag.</summary>
    private static string ETagOf(Rebuttal rebuttal) => ETags.Of([(rebuttal.Id, rebuttal.Version), (rebuttal.ActorId, rebuttal.Actor!.Version)]);

    private static async Task<ProblemHttpResult?> CheckReferencesAsync(FactCheckDb db, RebuttalRequest request, CancellationToken cancellationToken)
    {
        var check = new ReferenceCheck(db, cancellationToken);
        await check.ActorAsync("actorId", request.ActorId);
        await check.SourceAsync("sourceId", request.SourceId);
        return check.Problem;
    }
}
