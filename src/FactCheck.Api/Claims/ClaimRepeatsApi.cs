using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

public static class ClaimRepeatsApi
{
    public static void MapClaimRepeats(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/repeats", ListAsync).WithName("ListClaimRepeats")
            .WithSummary("Claims linked as repeats")
            .WithDescription("The claims an editor linked to this one as the same claim repeated, in the order they were linked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/repeats", LinkAsync).WithName("LinkClaimRepeat")
            .WithSummary("Link a repeated claim")
            .WithDescription("Links the claim `claimId` to this one as the same claim repeated. The link is listed on both claims and "
                + "recorded in both claims' history. 409 if they are already linked; 422 if `claimId` is unknown or this claim.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}/repeats/{otherId:guid}", UnlinkAsync).WithName("UnlinkClaimRepeat")
            .WithSummary("Unlink a repeated claim")
            .WithDescription("Removes the link between the two claims, from both; both claims' history records it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<ClaimRepeatResponse>>, ProblemHttpResult>> ListAsync(Guid id, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, http.RequestAborted))
        {
            return Problems.NotFound("claim", id);
        }
        var after = cursors.AfterId(query);
        var limit = CursorCodec.LimitOf(query);
        var rows = await db.Set<ClaimRepeat>().AsNoTracking().Include(r => r.OtherClaim)
            .Where(r => r.ClaimId == id && r.OtherClaim != null && (after == null || r.Id > after))
            .OrderBy(r => r.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, r => r.Id, ToResponse));
    }

    private static async Task<Results<Created<ClaimRepeatResponse>, ProblemHttpResult>> LinkAsync(Guid id, ClaimRepeatRequest request, FactCheckDb db, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, http.RequestAborted))
        {
            return Problems.NotFound("claim", id);
        }
        var other = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ClaimId && c.Id != id, http.RequestAborted);
        if (other is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, type: ProblemTypes.UnknownReference,
                title: "Unknown reference", detail: $"'claimId' must be another existing claim; {request.ClaimId} is not.");
        }
        if (await db.Set<ClaimRepeat>().AnyAsync(r => r.ClaimId == id && r.OtherClaimId == other.Id, http.RequestAborted))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict,
                title: "Already linked", detail: $"Claim {other.Id} is already linked to claim {id} as a repeat.");
        }
        var link = new ClaimRepeat { ClaimId = id, OtherClaimId = other.Id };
        db.Set<ClaimRepeat>().AddRange(link, new ClaimRepeat { ClaimId = other.Id, OtherClaimId = id });
        await db.SaveChangesAsync(http.RequestAborted);
        link.OtherClaim = other;
        return TypedResults.Created($"/api/v1/claims/{id}/repeats", ToResponse(link));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnlinkAsync(Guid id, Guid otherId, FactCheckDb db, HttpContext http)
    {
        var links = await db.Set<ClaimRepeat>()
            .Where(r => (r.ClaimId == id && r.OtherClaimId == otherId) || (r.ClaimId == otherId && r.OtherClaimId == id))
            .ToListAsync(http.RequestAborted);
        if (!links.Any(l => l.ClaimId == id))
        {
            return Problems.NotFound("repeat link", otherId);
        }
        links.ForEach(l => l.Bury(db));
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static ClaimRepeatResponse ToResponse(ClaimRepeat r) =>
        new(r.OtherClaimId, r.OtherClaim!.Statement, r.OtherClaim.ClaimantId, r.OtherClaim.MadeAt, r.CreatedAt);
}
