using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>PATCH /api/v1/claims/{id}: a JSON merge patch over the fields PUT takes (not the evidence status, rebuttals or evidence).</summary>
internal static class ClaimPatch
{
    internal static void MapClaimPatch(this RouteGroupBuilder group) =>
        group.MapPatch("/{id:guid}", Patch).WithName("PatchClaim")
            .WithSummary("Change some fields of a claim")
            .WithDescription("A JSON merge patch (RFC 7396, `application/merge-patch+json`; `application/json` is accepted too): "
                + "send only the fields to change, e.g. `{\"summary\": \"...\"}`; `null` clears an optional field, and a list "
                + "(`appearances`, `topics`) is replaced as a whole, so send the complete new order. The result is validated like a PUT body; "
                + "an unknown claimant or source answers 422. The evidence status changes only through `POST /api/v1/claims/{id}/status`. "
                + "The change is kept in history.")
            .Accepts<ClaimRequest>(MergePatch.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult, ValidationProblem>> Patch(Guid id, FactCheckDb db, HttpContext http)
    {
        var body = await MergePatch.ReadAsync(http.Request);
        if (body.Failed)
        {
            return body.Problem;
        }
        var claim = await db.Claims.Include(c => c.Appearances).FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        if (http.CheckIfMatch(await ClaimsApi.CurrentETagAsync(db, id, http)) is { } failed)
        {
            return failed;
        }
        var patched = await MergePatch.ApplyAsync(http, body.Patch, claim.ToRequest());
        if (patched.Problem is { } unreadable)
        {
            return unreadable;
        }
        if (!patched.Succeeded)
        {
            return patched.Invalid!;
        }
        if (await ClaimsApi.CheckReferencesAsync(db, patched.Request, http.RequestAborted) is { } problem)
        {
            return problem;
        }
        claim.Apply(patched.Request);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(await ClaimsApi.ReloadAsync(db, id, http));
    }
}
