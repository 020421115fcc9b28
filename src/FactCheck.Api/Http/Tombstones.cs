using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Http;

/// <summary>
/// Deletion leaves a tombstone (hidden by the query filters, kept in history); editors can list and restore
/// tombstones, and only admins purge them, which removes the row and is itself recorded.
/// </summary>
public static class Tombstones
{
    public static void Bury(this Entity entity, FactCheckDb db)
    {
        entity.DeletedAt = db.Now;
        entity.DeletedBy = db.Editor.Name;
    }

    /// <summary>Lists show tombstones only to editors who ask with includeDeleted=true.</summary>
    public static ProblemHttpResult? DenyIncludeDeleted(this HttpContext http, bool? includeDeleted) =>
        includeDeleted == true && !http.User.IsInRole(Roles.Editor)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.Forbidden, title: "Forbidden",
                detail: "includeDeleted=true lists deleted records; it needs an editor or admin key.")
            : null;

    public static IQueryable<T> Visible<T>(this IQueryable<T> query, bool? includeDeleted) where T : Entity =>
        includeDeleted == true ? query.IgnoreQueryFilters() : query;

    /// <summary>Brings a tombstone back, unless something it refers to is itself deleted (<paramref name="blocker"/> says what).</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> RestoreAsync<T, TResponse>(
        FactCheckDb db, IQueryable<T> records, Guid id, string resource, Func<T, Task<string?>> blocker, Func<Task<TResponse>> reload, HttpContext http)
        where T : Entity
    {
        var entity = await records.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, http.RequestAborted);
        if (entity is null)
        {
            return Problems.NotFound(resource, id);
        }
        if (entity.DeletedAt is null)
        {
            return Problems.Conflict($"The {resource} '{id}' is not deleted.");
        }
        if (await blocker(entity) is { } reason)
        {
            return Problems.Conflict(reason);
        }
        entity.DeletedAt = null;
        entity.DeletedBy = null;
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(await reload());
    }

    /// <summary>Removes a tombstone for good; its history stays. <paramref name="loadParts"/> tracks what goes with it, so each part's purge is recorded too.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> PurgeAsync<T>(
        FactCheckDb db, IQueryable<T> records, Guid id, string resource, Func<T, Task>? loadParts, HttpContext http)
        where T : Entity
    {
        var entity = await records.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, http.RequestAborted);
        if (entity is null)
        {
            return Problems.NotFound(resource, id);
        }
        if (entity.DeletedAt is null)
        {
            return Problems.Conflict($"Only deleted records are purged: delete the {resource} '{id}' first.");
        }
        if (loadParts is not null)
        {
            await loadParts(entity);
        }
        db.Remove(entity);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>Names and documents a resource's restore and purge endpoints alike.</summary>
    public static void Document(RouteHandlerBuilder restore, RouteHandlerBuilder purge, string name, string resource)
    {
        restore.WithName($"Restore{name}")
            .WithSummary($"Restore a deleted {resource}")
            .WithDescription($"Brings a deleted {resource} back as it was. 409 if it is not deleted, or if a record it refers to is deleted.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        purge.WithName($"Purge{name}")
            .WithSummary($"Purge a deleted {resource}")
            .WithDescription($"Removes a deleted {resource} for good (admins only); its history, including the purge, stays readable. "
                + "409 if it is not deleted first, or if other records still refer to it.")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
