using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Sources;

/// <summary>PATCH /api/v1/sources/{id}: a JSON merge patch over the fields PUT takes.</summary>
internal static class SourcePatch
{
    internal static void MapSourcePatch(this RouteGroupBuilder group) =>
        group.MapPatch("/{id:guid}", Patch).WithName("PatchSource")
            .WithSummary("Change some fields of a source")
            .WithDescription("A JSON merge patch (RFC 7396, `application/merge-patch+json`; `application/json` is accepted too): "
                + "send only the fields to change, e.g. `{\"archiveUrl\": \"https://web.archive.org/...\"}`; `null` clears an optional field. "
                + "The result is validated like a PUT body; a URL already used by another source answers 409. The change is kept in history.")
            .Accepts<SourceRequest>(MergePatch.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<SourceResponse>, ProblemHttpResult, ValidationProblem>> Patch(Guid id, FactCheckDb db, HttpContext http)
    {
        var body = await MergePatch.ReadAsync(http.Request);
        if (body.Failed)
        {
            return body.Problem;
        }
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        if (http.CheckIfMatch(ETags.Of(source.Version)) is { } failed)
        {
            return failed;
        }
        var patched = await MergePatch.ApplyAsync(http, body.Patch, source.ToRequest());
        if (patched.Problem is { } unreadable)
        {
            return unreadable;
        }
        if (!patched.Succeeded)
        {
            return patched.Invalid!;
        }
        if (await SourcesApi.UrlTakenAsync(db, patched.Request.Url, except: id, http.RequestAborted) is { } other)
        {
            return Problems.Conflict($"The URL is already recorded as source '{other}'.");
        }
        source.Apply(patched.Request);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(source.Version));
        return TypedResults.Ok(source.ToResponse());
    }
}
