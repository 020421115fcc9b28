using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.StatusChanges;

public static class StatusApi
{
    public static RouteGroupBuilder MapEvidenceStatus(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims/{claimId:guid}/status").WithTags("Evidence status").WithValidation();

        group.MapPost("/", Change).WithName("ChangeEvidenceStatus")
            .WithSummary("Change a claim's evidence status")
            .WithDescription("Sets the claim's evidence status with a written rationale and records who and when. "
                + $"Statuses: {Vocabulary.Describe<Common.EvidenceStatus>()}. Setting the status the claim already has answers 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListEvidenceStatusChanges")
            .WithSummary("A claim's evidence status history")
            .WithDescription("The current status and every change of it, newest first, each with its rationale, author and time.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{changeId:guid}", Get).WithName("GetEvidenceStatusChange")
            .WithSummary("Get one evidence status change")
            .WithDescription("One change of the claim's evidence status.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<StatusChangeResponse>, ProblemHttpResult>> Change(
        Guid claimId, StatusChangeRequest request, FactCheckDb db, HttpContext http)
    {
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", claimId);
        }
        if (http.CheckIfMatch(await ClaimsApi.CurrentETagAsync(db, claimId, http)) is { } failed)
        {
            return failed;
        }
        if (claim.EvidenceStatus == request.Status)
        {
            return Problems.Conflict($"The claim is already '{request.Status.ToWire()}'.");
        }
        var change = claim.ChangeStatus(request.Status, request.Rationale.Trim(), db.Now, db.Editor.Name);
        db.StatusChanges.Add(change);
        await db.SaveChangesAsync(http.RequestAborted);
        await ClaimsApi.ReloadAsync(db, claimId, http); // the claim's new ETag
        return TypedResults.Created($"/api/v1/claims/{claimId}/status/{change.Id}", change.ToResponse());
    }

    private static async Task<Results<Ok<StatusHistoryResponse>, ProblemHttpResult>> List(Guid claimId, FactCheckDb db, HttpContext http)
    {
        var current = await db.Claims.Where(c => c.Id == claimId).Select(c => (Common.EvidenceStatus?)c.EvidenceStatus)
            .FirstOrDefaultAsync(http.RequestAborted);
        if (current is null)
        {
            return Problems.NotFound("claim", claimId);
        }
        var changes = await db.StatusChanges.AsNoTracking().Where(s => s.ClaimId == claimId)
            .OrderByDescending(s => s.Id).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new StatusHistoryResponse(current.Value, [.. changes.Select(s => s.ToResponse())]));
    }

    private static async Task<Results<Ok<StatusChangeResponse>, ProblemHttpResult>> Get(Guid claimId, Guid changeId, FactCheckDb db, HttpContext http)
    {
        // Status changes are no tombstones of their own: they are reached through their claim, so a deleted claim hides them.
        var change = await db.StatusChanges.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == changeId && s.ClaimId == claimId && db.Claims.Any(c => c.Id == s.ClaimId), http.RequestAborted);
        return change is null ? Problems.NotFound("status change of this claim", changeId) : TypedResults.Ok(change.ToResponse());
    }
}
