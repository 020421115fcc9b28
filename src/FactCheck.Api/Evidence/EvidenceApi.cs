using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Evidence;

public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidence(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims/{claimId:guid}/evidence").WithTags("Evidence").WithValidation();

        group.MapGet("/", List).WithName("ListEvidence")
            .WithSummary("List a claim's evidence")
            .WithDescription("Items bearing on the claim, oldest first, cursor paged.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{evidenceId:guid}", Get).WithName("GetEvidence")
            .WithSummary("Get an evidence item")
            .WithDescription("One evidence item of the claim, with an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateEvidence")
            .WithSummary("Add evidence")
            .WithDescription("Records an item bearing on the claim: what it shows, where it can be checked, its bearing and strength. A `sourceId` must exist (422 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{evidenceId:guid}", Update).WithName("UpdateEvidence")
            .WithSummary("Replace an evidence item")
            .WithDescription("Replaces every field of the item. The change is kept in the claim's history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{evidenceId:guid}", Delete).WithName("DeleteEvidence")
            .WithSummary("Delete an evidence item")
            .WithDescription("Deletes the item, leaving a tombstone that can be restored; readers no longer see it anywhere (its history included); editors still do.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapEvidenceTombstones();
        return group;
    }

    private static async Task<Results<Ok<Page<EvidenceResponse>>, ProblemHttpResult>> List(
        Guid claimId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.Evidence.AsNoTracking()
            .Where(e => e.ClaimId == claimId && (after == null || e.Id > after))
            .OrderBy(e => e.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, e => e.Id, e => e.ToResponse()));
    }

    private static async Task<Results<Ok<EvidenceResponse>, ProblemHttpResult>> Get(Guid claimId, Guid evidenceId, FactCheckDb db, HttpContext http)
    {
        var item = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.ClaimId == claimId && db.Claims.Any(c => c.Id == e.ClaimId), http.RequestAborted);
        return item is null ? Problems.NotFound("evidence item of this claim", evidenceId) : Respond(item, http);
    }

    private static async Task<Results<Created<EvidenceResponse>, ProblemHttpResult>> Create(
        Guid claimId, EvidenceRequest request, FactCheckDb db, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        if ((await new ReferenceCheck(db, http.RequestAborted).SourceAsync("sourceId", request.SourceId)).Problem is { } problem)
        {
            return problem;
        }
        var item = new EvidenceItem { ClaimId = claimId, Summary = request.Summary };
        item.Apply(request);
        db.Evidence.Add(item);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(item.Version));
        return TypedResults.Created($"/api/v1/claims/{claimId}/evidence/{item.Id}", item.ToResponse());
    }

    private static async Task<Results<Ok<EvidenceResponse>, ProblemHttpResult>> Update(
        Guid claimId, Guid evidenceId, EvidenceRequest request, FactCheckDb db, HttpContext http)
    {
        var item = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.ClaimId == claimId && db.Claims.Any(c => c.Id == e.ClaimId), http.RequestAborted);
        if (item is null)
        {
            return Problems.NotFound("evidence item of this claim", evidenceId);
        }
        if (http.CheckIfMatch(ETags.Of(item.Version)) is { } failed)
        {
            return failed;
        }
        if ((await new ReferenceCheck(db, http.RequestAborted).SourceAsync("sourceId", request.SourceId)).Problem is { } problem)
        {
            return problem;
        }
        item.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        return Respond(item, http);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid claimId, Guid evidenceId, FactCheckDb db, HttpContext http)
    {
        var item = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.ClaimId == claimId && db.Claims.Any(c => c.Id == e.ClaimId), http.RequestAborted);
        if (item is null)
        {
            return Problems.NotFound("evidence item of this claim", evidenceId);
        }
        if (http.CheckIfMatch(ETags.Of(item.Version)) is { } failed)
        {
            return failed;
        }
        item.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static Ok<EvidenceResponse> Respond(EvidenceItem item, HttpContext http)
    {
        http.SetETag(ETags.Of(item.Version));
        return TypedResults.Ok(item.ToResponse());
    }
}
