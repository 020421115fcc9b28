using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Sources;

public static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/sources").WithTags("Sources").WithValidation();

        group.MapGet("/", List).WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("Published documents, oldest first, cursor paged. `url` finds the one source with that exact URL; "
                + "`includeDeleted=true` (editors) also lists deleted ones.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", Get).WithName("GetSource")
            .WithSummary("Get a source")
            .WithDescription("One source by id, with an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateSource")
            .WithSummary("Create a source")
            .WithDescription("Records a published document. A URL already used by another source answers 409 naming that source.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", Update).WithName("UpdateSource")
            .WithSummary("Replace a source")
            .WithDescription("Replaces every field of the source; fields left out become empty. The change is kept in history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteSource")
            .WithSummary("Delete a source")
            .WithDescription("Deletes a source that no claim, rebuttal or evidence refers to (409 otherwise), leaving a tombstone that can be restored; "
                + "readers no longer see it (its history included), editors still do.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapSourcePatch();
        Tombstones.Document(
            group.MapPost("/{id:guid}/restore", (Guid id, FactCheckDb db, HttpContext http) =>
                Tombstones.RestoreAsync(db, db.Sources, id, "source", _ => Task.FromResult<string?>(null),
                    async () => (await db.Sources.AsNoTracking().FirstAsync(s => s.Id == id)).ToResponse(), http)),
            group.MapPost("/{id:guid}/purge", (Guid id, FactCheckDb db, IPurgeStore store, HttpContext http) =>
                Tombstones.PurgeAsync(db, store, db.Sources, id, "source", null, http)),
            "Source", "source");
        return group;
    }

    private static async Task<Results<Ok<Page<SourceResponse>>, ProblemHttpResult>> List(
        [AsParameters] SourceListQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (http.DenyIncludeDeleted(query.IncludeDeleted) is { } denied)
        {
            return denied;
        }
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.Sources.AsNoTracking().Visible(query.IncludeDeleted)
            .Where(s => after == null || s.Id > after)
            .Where(s => query.Url == null || s.Url == query.Url)
            .OrderBy(s => s.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, s => s.Id, s => s.ToResponse()));
    }

    private static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> Get(Guid id, FactCheckDb db, HttpContext http)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        http.SetETag(ETags.Of(source.Version));
        return TypedResults.Ok(source.ToResponse());
    }

    private static async Task<Results<Created<SourceResponse>, ProblemHttpResult>> Create(SourceRequest request, FactCheckDb db, HttpContext http)
    {
        if (await UrlTakenAsync(db, request.Url, except: null, http.RequestAborted) is { } other)
        {
            return Problems.Conflict($"The URL is already recorded as source '{other}' (if that source was deleted, restore it instead).");
        }
        var source = new Source { Title = request.Title };
        source.Apply(request);
        db.Sources.Add(source);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(source.Version));
        return TypedResults.Created($"/api/v1/sources/{source.Id}", source.ToResponse());
    }

    private static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> Update(Guid id, SourceRequest request, FactCheckDb db, HttpContext http)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        if (http.CheckIfMatch(ETags.Of(source.Version)) is { } failed)
        {
            return failed;
        }
        if (await UrlTakenAsync(db, request.Url, except: id, http.RequestAborted) is { } other)
        {
            return Problems.Conflict($"The URL is already recorded as source '{other}' (if that source was deleted, restore it instead).");
        }
        source.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(source.Version));
        return TypedResults.Ok(source.ToResponse());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, FactCheckDb db, HttpContext http)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        if (http.CheckIfMatch(ETags.Of(source.Version)) is { } failed)
        {
            return failed;
        }
        var uses = await db.ClaimAppearances.CountAsync(a => a.SourceId == id && db.Claims.Any(c => c.Id == a.ClaimId), http.RequestAborted)
            + await db.Rebuttals.CountAsync(r => r.SourceId == id, http.RequestAborted)
            + await db.Evidence.CountAsync(e => e.SourceId == id, http.RequestAborted);
        if (uses > 0)
        {
            return Problems.Conflict($"The source is still referred to {uses} time(s) by claims, rebuttals or evidence; remove those references first.");
        }
        source.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>Deleted sources count: their URL stays theirs until purged (restore them instead).</summary>
    internal static async Task<Guid?> UrlTakenAsync(FactCheckDb db, string? url, Guid? except, CancellationToken cancellationToken) =>
        url is null
            ? null
            : await db.Sources.IgnoreQueryFilters().Where(s => s.Url == url && s.Id != except).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
}
