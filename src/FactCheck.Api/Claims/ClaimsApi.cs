using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims").WithTags("Claims").WithValidation();

        group.MapGet("/", ClaimList.ListAsync).WithName("ListClaims")
            .WithSummary("List claims")
            .WithDescription(ClaimList.Description)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", Get).WithName("GetClaim")
            .WithSummary("Get a claim")
            .WithDescription("One claim with its claimant, appearances, rebuttals, evidence and current evidence status embedded, and an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateClaim")
            .WithSummary("Record a claim")
            .WithDescription("Records what was asserted. The claimant and every appearance must exist (422 otherwise). "
                + "A new claim is `unverified`; change that with `POST /api/v1/claims/{id}/status`.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:guid}", Update).WithName("UpdateClaim")
            .WithSummary("Replace a claim")
            .WithDescription("Replaces the claim's fields (not its evidence status, rebuttals or evidence). The change is kept in history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteClaim")
            .WithSummary("Delete a claim")
            .WithDescription("Deletes the claim, leaving a tombstone: it and everything under it are gone for readers on every route (history and `asOf` included), "
                + "while editors still read its history and list it with `includeDeleted=true`; its parts come back with it on restore.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapClaimPatch();
        group.MapClaimTombstones();
        group.MapClaimMatching();
        group.MapClaimRepeats();
        return group;
    }

    private static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> Get(Guid id, [AsParameters] ClaimGetQuery query, FactCheckDb db, HttpContext http)
    {
        if (query.AsOf is { } asOf)
        {
            return await ClaimTimeTravel.GetAsync(db, id, asOf, http);
        }
        var claim = await ClaimReads.WithPartsAsync(db, id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        http.SetETag(claim.ETag());
        return TypedResults.Ok(claim.ToResponse());
    }

    private static async Task<Results<Created<ClaimResponse>, ProblemHttpResult>> Create(ClaimRequest request, FactCheckDb db, HttpContext http)
    {
        if (await CheckReferencesAsync(db, request, http.RequestAborted) is { } problem)
        {
            return problem;
        }
        var claim = new Claim { Statement = request.Statement };
        claim.Apply(request);
        db.Claims.Add(claim);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"/api/v1/claims/{claim.Id}", await ReloadAsync(db, claim.Id, http));
    }

    private static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> Update(Guid id, ClaimRequest request, FactCheckDb db, HttpContext http)
    {
        var claim = await db.Claims.Include(c => c.Appearances).FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        if (http.CheckIfMatch(await CurrentETagAsync(db, id, http)) is { } failed)
        {
            return failed;
        }
        if (await CheckReferencesAsync(db, request, http.RequestAborted) is { } problem)
        {
            return problem;
        }
        claim.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(await ReloadAsync(db, id, http));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, FactCheckDb db, HttpContext http)
    {
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        if (http.CheckIfMatch(await CurrentETagAsync(db, id, http)) is { } failed)
        {
            return failed;
        }
        // A tombstone: its rebuttals and evidence stay as they are and come back with it on restore.
        claim.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    internal static async Task<ProblemHttpResult?> CheckReferencesAsync(FactCheckDb db, ClaimRequest request, CancellationToken cancellationToken)
    {
        var check = new ReferenceCheck(db, cancellationToken);
        await check.ActorAsync("claimantId", request.ClaimantId);
        await check.SourcesAsync("appearances", request.Appearances ?? []);
        return check.Problem;
    }

    /// <summary>The claim's ETag as a GET would give it now (only computed when a write must check it).</summary>
    internal static async Task<string> CurrentETagAsync(FactCheckDb db, Guid id, HttpContext http) =>
        http.Request.Headers.IfMatch.Count == 0
            ? ""
            : (await ClaimReads.WithPartsAsync(db, id, http.RequestAborted))!.ETag();

    /// <summary>Reads the claim back as clients will see it, and sets its ETag.</summary>
    internal static async Task<ClaimResponse> ReloadAsync(FactCheckDb db, Guid id, HttpContext http)
    {
        db.ChangeTracker.Clear();
        var claim = await ClaimReads.WithPartsAsync(db, id, http.RequestAborted)
            ?? throw new InvalidOperationException($"Claim {id} was just written and cannot be read back.");
        http.SetETag(claim.ETag());
        return claim.ToResponse();
    }
}
