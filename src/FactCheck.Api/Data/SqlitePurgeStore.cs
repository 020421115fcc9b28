using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Data;

/// <summary>
/// SQLite's side of a purge. Deleted rows are overwritten with zeros as they go (<see cref="SqliteSecureDelete"/>, and the
/// search index's own 'secure-delete' option), but in WAL mode the pages as they were before the purge stay in the
/// write-ahead log until a checkpoint copies the new ones into the database; a TRUNCATE checkpoint then empties the log.
/// </summary>
public sealed class SqlitePurgeStore(ILogger<SqlitePurgeStore> logger) : IPurgeStore
{
    /// <summary>How long the checkpoint waits for readers still on an older snapshot, holding off writers meanwhile.</summary>
    private const int CheckpointWaitMilliseconds = 5000;

    public async Task ForgetAnswersMentioningAsync(FactCheckDb db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        foreach (var form in texts.SelectMany(PurgedQuotes.StoredForms).Distinct())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM idempotency_records WHERE instr(Body, $bytes) > 0",
                [new SqliteParameter("$bytes", Encoding.UTF8.GetBytes(form))], cancellationToken);
        }
        foreach (var id in ids)
        {
            // Bodies are JSON as the API writes it, ids in lower case; instr() on two BLOBs compares bytes.
            var text = id.ToString();
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM idempotency_records WHERE instr(Body, $bytes) > 0 OR instr(Location, $text) > 0",
                [new SqliteParameter("$bytes", Encoding.UTF8.GetBytes(text)), new SqliteParameter("$text", text)], cancellationToken);
        }
    }

    public async Task ReleaseRemovedBytesAsync(FactCheckDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The busy timeout lets the checkpoint wait for readers to leave the old pages; the pooled connection gets its own back.
            var timeout = await ScalarAsync(db, "PRAGMA busy_timeout;", cancellationToken);
            await ScalarAsync(db, FormattableString.Invariant($"PRAGMA busy_timeout = {CheckpointWaitMilliseconds};"), cancellationToken);
            if (await ScalarAsync(db, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken) != 0)
            {
                logger.LogWarning("The checkpoint after a purge could not finish while readers held the log; a later checkpoint completes it.");
            }
            // A number SQLite itself gave: nothing to inject.
            await ScalarAsync(db, FormattableString.Invariant($"PRAGMA busy_timeout = {timeout};"), CancellationToken.None);
        }
        catch (SqliteException exception)
        {
            // The purge has committed: its answer stands, and SQLite's own checkpoints will copy the pages later.
            logger.LogWarning(exception, "The checkpoint after a purge failed; a later checkpoint completes it.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The first column of the first row (wal_checkpoint's first is 1 when it could not finish).</summary>
    private static async Task<long> ScalarAsync(FactCheckDb db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
