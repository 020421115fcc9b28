using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Idempotency;

/// <summary>
/// The database side of idempotency. Each operation uses a context of its own, so nothing it tracks is saved by the
/// endpoint's unit of work (or lost with it). Claims are atomic through the unique index on (scope, key): the row is
/// inserted first and a duplicate means someone else holds the key, which works across instances sharing the database.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes)
{
    /// <summary>How long a key is remembered; after that it may be used again for anything.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A claim still in progress after this long belongs to a request that died with its process.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    private const int Attempts = 3;

    /// <summary>Claims the key for this request (Owned) or returns the record of the request that holds it.</summary>
    public async Task<(IdempotencyRecord Record, bool Owned)> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            var now = db.Now;
            DateTime expiredBefore = now - Lifetime, abandonedBefore = now - AbandonedAfter;
            // Opportunistic clean-up keeps the table small, and removes an expired record of this very key before the insert.
            await db.IdempotencyRecords
                .Where(r => r.CreatedAt < expiredBefore || (r.State == IdempotencyState.InProgress && r.CreatedAt < abandonedBefore))
                .ExecuteDeleteAsync(cancellationToken);
            var record = new IdempotencyRecord
            {
                Scope = request.Scope, Key = request.Key, RequestHash = request.Hash, State = IdempotencyState.InProgress, CreatedAt = now,
            };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (record, true);
            }
            catch (DbUpdateException)
            {
                // Most likely the unique index: read who holds the key. If nobody does, it was released meanwhile (try
                // again) or the insert failed for another reason (which the last attempt reports as it is).
                var existing = await FindAsync(request, cancellationToken);
                if (existing is not null)
                {
                    return (existing, false);
                }
                if (attempt == Attempts)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Stores the answer to replay, or with <paramref name="body"/> null (an answer holding a secret) everything but the
    /// body, as <see cref="IdempotencyState.AnswerWithheld"/>. Not cancellable: the write it describes has already happened.
    /// </summary>
    public async Task CompleteAsync(Guid id, HttpResponse response, byte[]? body)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        var now = db.Now;
        var state = body is null ? IdempotencyState.AnswerWithheld : IdempotencyState.Completed;
        string? location = response.Headers.Location, etag = response.Headers.ETag;
        var status = response.StatusCode;
        var contentType = response.ContentType;
        await db.IdempotencyRecords.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, state)
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ETag, etag)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, body)
            .SetProperty(r => r.CompletedAt, now), CancellationToken.None);
    }

    /// <summary>Gives the key up, so the client's retry runs the request again.</summary>
    public async Task ReleaseAsync(Guid id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        await db.IdempotencyRecords.Where(r => r.Id == id && r.State == IdempotencyState.InProgress).ExecuteDeleteAsync(CancellationToken.None);
    }

    private async Task<IdempotencyRecord?> FindAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        return await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Scope == request.Scope && r.Key == request.Key, cancellationToken);
    }

    /// <summary>True for the failures of the store itself, which must not turn a finished request into an error.</summary>
    public static bool IsStorageFailure(Exception exception) => exception is DbException or DbUpdateException;
}
