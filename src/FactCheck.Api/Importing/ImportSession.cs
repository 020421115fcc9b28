using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Settings for the length of one import, put back when it ends: one open connection rather than one per batch, change
/// detection by the save alone (it runs twice per batch instead of once per lookup), and on SQLite a larger page cache
/// and <c>synchronous=NORMAL</c>, which in WAL mode stays consistent but does not wait for the disk at every commit; a
/// crash may lose the last batches, and importing is idempotent, so running it again restores them.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly FactCheckDb db;
    private readonly bool detect;
    private readonly long? synchronous;
    private readonly long? cacheSize;
    private readonly long? autocheckpoint;

    private ImportSession(FactCheckDb db, bool detect, long? synchronous, long? cacheSize, long? autocheckpoint)
    {
        this.autocheckpoint = autocheckpoint;
        this.db = db;
        this.detect = detect;
        this.synchronous = synchronous;
        this.cacheSize = cacheSize;
    }

    public static async Task<ImportSession> StartAsync(FactCheckDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (!db.Database.IsSqlite())
        {
            return new ImportSession(db, detect, null, null, null);
        }
        var session = new ImportSession(db, detect, await PragmaAsync(db, "synchronous"), await PragmaAsync(db, "cache_size"),
            await PragmaAsync(db, "wal_autocheckpoint"));
        // 32 MiB of pages (a negative size is in KiB): the indexes of a big import stay in memory, the bound stays fixed.
        // Checkpoints every 64 MiB of log rather than 4: a page changed by several batches is copied back once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=16384;", cancellationToken);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        db.ChangeTracker.AutoDetectChangesEnabled = detect;
        if (synchronous is not null)
        {
            // The connection goes back to the pool: the next user gets the settings it had.
            // Numbers read from SQLite itself, not input: nothing to inject.
            var restore = FormattableString.Invariant($"PRAGMA synchronous={synchronous}; PRAGMA cache_size={cacheSize}; PRAGMA wal_autocheckpoint={autocheckpoint};");
            await db.Database.ExecuteSqlRawAsync(restore);
        }
        await db.Database.CloseConnectionAsync();
    }

    private static async Task<long> PragmaAsync(FactCheckDb db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
