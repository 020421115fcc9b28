using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Actors;

/// <summary>PATCH /api/v1/actors/{id}: a JSON merge patch over the fields PUT takes.</summary>
internal static class ActorPatch
{
    internal static void MapActorPatch(this RouteGroupBuilder group) =>
        group.MapPatch("/{id:guid}", Patch).WithName("PatchActor")
            .WithSummary("Change some fields of an actor")
            .WithDescription("A JSON merge patch (RFC 7396, `application/merge-patch+json`; `application/json` is accepted too): "
                + "send only the fields to change, e.g. `{\"title\": \"Minister of Defence\"}`; `null` clears an optional field, "
                + "and a list (`links`) is replaced as a whole. The result is validated like a PUT body. The change is kept in history.")
            .Accepts<ActorRequest>(MergePatch.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<ActorResponse>, ProblemHttpResult, ValidationProblem>> Patch(Guid id, FactCheckDb db, HttpContext http)
    {
        var body = await MergePatch.ReadAsync(http.Request);
        if (body.Failed)
        {
            return body.Problem;
        }
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (actor is null)
        {
            return Problems.NotFound("actor", id);
        }
        if (http.CheckIfMatch(ETags.Of(actor.Version)) is { } failed)
        {
            return failed;
        }
        var patched = await MergePatch.ApplyAsync(http, body.Patch, actor.ToRequest());
        if (patched.Problem is { } unreadable)
        {
            return unreadable;
        }
        if (!patched.Succeeded)
        {
            return patched.Invalid!;
        }
        actor.Apply(patched.Request);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(actor.Version));
        return TypedResults.Ok(actor.ToResponse());
    }
}
