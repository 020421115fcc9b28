using FactCheck.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// A second connection that writes one batch's rows while the import prepares the next on the context's connection:
/// SQLite's work then runs on the other core. One write at a time, each its own transaction; WAL lets the context's
/// lookups read alongside. Unpooled, so its settings (as in <see cref="ImportSession"/>) leave with it.
/// </summary>
internal sealed class ImportSideWriter : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private ImportSideWriter(SqliteConnection connection) => this.connection = connection;

    /// <summary>Only a database in a file can be opened twice; in memory, the import writes on the context's connection.</summary>
    public static bool Possible(FactCheckDb db) => db.Database.IsSqlite()
        && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) is { Mode: not SqliteOpenMode.Memory } builder
        && builder.DataSource is not (":memory:" or "");

    public static async Task<ImportSideWriter> OpenAsync(FactCheckDb db, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // EF Core turns foreign keys on for its connections; this one must check them too.
        command.CommandText = "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=16384;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new ImportSideWriter(connection);
    }

    /// <summary>Writes and commits <paramref name="rows"/> on a thread-pool thread; a refused row fails the task with a DbUpdateException.</summary>
    public Task WriteAsync(BulkRows rows) => Task.Run(() =>
    {
        using var transaction = connection.BeginTransaction();
        rows.Write(connection, transaction);
        transaction.Commit();
    });

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
