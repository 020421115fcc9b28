using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Actors;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/actors").WithTags("Actors").WithValidation();

        group.MapGet("/", List).WithName("ListActors")
            .WithSummary("List actors")
            .WithDescription("People and organisations that make claims or rebuttals, oldest first, cursor paged: pass `nextCursor` back as `cursor`. "
                + "`includeDeleted=true` (editors) also lists deleted ones.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", Get).WithName("GetActor")
            .WithSummary("Get an actor")
            .WithDescription("One actor by id, with an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateActor")
            .WithSummary("Create an actor")
            .WithDescription("Records a person or organisation. Answers 201 with a `Location` header.");
        group.MapPut("/{id:guid}", Update).WithName("UpdateActor")
            .WithSummary("Replace an actor")
            .WithDescription("Replaces every field of the actor; fields left out become empty. The change is kept in history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteActor")
            .WithSummary("Delete an actor")
            .WithDescription("Deletes an actor that no claim or rebuttal refers to (409 otherwise), leaving a tombstone that can be restored; readers no longer see it (its history included), editors still do.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapActorPatch();
        Tombstones.Document(
            group.MapPost("/{id:guid}/restore", (Guid id, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Actors, id, "actor", _ => Task.FromResult<string?>(null),
                    async () => (await db.Actors.AsNoTracking().FirstAsync(a => a.Id == id)).ToResponse(), http)),
            group.MapPost("/{id:guid}/purge", (Guid id, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Actors, id, "actor", null, http)),
            "Actor", "actor");
        return group;
    }

    private static async Task<Results<Ok<Page<ActorResponse>>, ProblemHttpResult>> List(
        [AsParameters] ActorListQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (http.DenyIncludeDeleted(query.IncludeDeleted) is { } denied)
        {
            return denied;
        }
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.Actors.AsNoTracking().Visible(query.IncludeDeleted)
            .Where(a => after == null || a.Id > after)
            .OrderBy(a => a.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, a => a.Id, a => a.ToResponse()));
    }

    private static async Task<Results<Ok<ActorResponse>, ProblemHttpResult>> Get(Guid id, FactCheckDb db, HttpContext http)
    {
        var actor = await db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (actor is null)
        {
            return Problems.NotFound("actor", id);
        }
        http.SetETag(ETags.Of(actor.Version));
        return TypedResults.Ok(actor.ToResponse());
    }

    private static async Task<Created<ActorResponse>> Create(ActorRequest request, FactCheckDb db, HttpContext http)
    {
        var actor = new Actor { Name = request.Name };
        actor.Apply(request);
        db.Actors.Add(actor);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(actor.Version));
        return TypedResults.Created($"/api/v1/actors/{actor.Id}", actor.ToResponse());
    }

    private static async Task<Results<Ok<ActorResponse>, ProblemHttpResult>> Update(Guid id, ActorRequest request, FactCheckDb db, HttpContext http)
    {
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (actor is null)
        {
            return Problems.NotFound("actor", id);
        }
        if (http.CheckIfMatch(ETags.Of(actor.Version)) is { } failed)
        {
            return failed;
        }
        actor.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(actor.Version));
        return TypedResults.Ok(actor.ToResponse());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, FactCheckDb db, HttpContext http)
    {
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (actor is null)
        {
            return Problems.NotFound("actor", id);
        }
        if (http.CheckIfMatch(ETags.Of(actor.Version)) is { } failed)
        {
            return failed;
        }
        var claims = await db.Claims.CountAsync(c => c.ClaimantId == id, http.RequestAborted);
        var rebuttals = await db.Rebuttals.CountAsync(r => r.ActorId == id, http.RequestAborted);
        if (claims + rebuttals > 0)
        {
            return Problems.Conflict($"The actor is still referred to by {claims} claim(s) and {rebuttals} rebuttal(s); delete or reassign those first.");
        }
        actor.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }
}
