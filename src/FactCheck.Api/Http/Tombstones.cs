using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Http;

/// <summary>
/// Deletion leaves a tombstone: hidden from readers everywhere (the query filters; <see cref="History.HistoryVisibility"/>
/// for history and time travel), still seen by editors, who can list and restore it. Only admins purge one, which is a
/// takedown: the rows and every stored value of them go, and only who purged what, and when, is recorded.
/// </summary>
public static class Tombstones
{
    /// <summary>Editors and admins see tombstones (they restore them); readers and anonymous callers never do.</summary>
    public static bool SeesTombstones(this HttpContext http) => http.User.IsInRole(Roles.Editor);

    public static void Bury(this Entity entity, FactCheckDb db)
    {
        entity.DeletedAt = db.Now;
        entity.DeletedBy = db.Editor.Name;
    }

    /// <summary>Lists show tombstones only to editors who ask with includeDeleted=true.</summary>
    public static ProblemHttpResult? DenyIncludeDeleted(this HttpContext http, bool? includeDeleted) =>
        includeDeleted == true && !http.SeesTombstones()
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

    /// <summary>
    /// Removes a tombstone for good, in one transaction with everything that still holds its values: its history entries
    /// (each purged row keeps one purge entry, with no values), the stored answers that mention it, and, through the
    /// index's triggers, its search entries. <paramref name="removeParts"/> tracks the rows that go with it, so each gets its
    /// own purge entry, and removes those that keep no history of their own, answering their ids.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> PurgeAsync<T>(
        FactCheckDb db, IPurgeStore store, IQueryable<T> records, Guid id, string resource, Func<T, Task<IReadOnlyList<Guid>>>? removeParts, HttpContext http)
        where T : Entity
    {
        // Checked inside the transaction, so nothing restores or changes the record between the check and the removal.
        await using (var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted))
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
            var untracked = removeParts is null ? [] : await removeParts(entity);
            db.Remove(entity);
            var purged = db.ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity).ToList();
            foreach (var kind in purged.GroupBy(e => e.EntityType))
            {
                var ids = kind.Select(e => e.Id).ToList();
                await db.History.Where(h => h.EntityType == kind.Key && ids.Contains(h.EntityId)).ExecuteDeleteAsync(http.RequestAborted);
            }
            var urls = await PurgedQuotes.ForgetAsync(db, purged, http.RequestAborted);
            await store.ForgetAnswersMentioningAsync(db, [.. purged.Select(e => e.Id), .. untracked], urls, http.RequestAborted);
            await db.SaveChangesAsync(http.RequestAborted);
            await transaction.CommitAsync(http.RequestAborted);
        }
        await store.ReleaseRemovedBytesAsync(db, CancellationToken.None);
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
            .WithDescription($"Removes a deleted {resource} for good (admins only): a takedown. Its values leave the history (one `purge` entry "
                + "per removed record says who purged it and when, with no values), the search index, every stored `Idempotency-Key` answer "
                + "that mentions it, the rationales and import reports that quote it, and the database files. 409 if it is not deleted first, or if other records still refer to it.")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
