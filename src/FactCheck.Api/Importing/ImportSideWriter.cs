using FactCheck.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace FactCheck.Api.Importing;

/// <summary>
/// A second connection that writes one batch's rows while the import prepares the next on the context's connection:
/// SQLite's work then runs on the other core. One write at a time, each its own transaction; WAL lets the context's
/// lookups read alongside. Unpooled, so its settings (as in <see cref="ImportSession"/>) leave with it.
/// Rows go through SQLite's own API: each INSERT is prepared once per import and bound by position, which costs a
/// fraction of a command execution (binding by name, a data reader per row).
/// </summary>
internal sealed class ImportSideWriter : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, sqlite3_stmt> statements = [];

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
        // EF Core turns foreign keys on for its connections; this one must check them too. Each write begins IMMEDIATE
        // (Microsoft.Data.Sqlite's default), waiting for other writers there; the busy timeout covers the raw steps after.
        command.CommandText = "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=16384; "
            + "PRAGMA busy_timeout=30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new ImportSideWriter(connection);
    }

    /// <summary>Writes and commits <paramref name="rows"/> on a thread-pool thread; a refused row fails the task with a DbUpdateException.</summary>
    public Task WriteAsync(BulkRows rows) => Task.Run(() =>
    {
        using var transaction = connection.BeginTransaction();
        foreach (var (sql, table) in rows.Tables)
        {
            var statement = Prepared(sql);
            table.ForEach(row => Insert(statement, row));
        }
        transaction.Commit();
    });

    private sqlite3_stmt Prepared(string sql)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
            statements[sql] = statement;
        }
        return statement;
    }

    private void Insert(sqlite3_stmt statement, object?[] row)
    {
        try
        {
            for (var i = 0; i < row.Length; i++)
            {
                Check(Bind(statement, i + 1, row[i]));
            }
            Check(raw.sqlite3_step(statement));
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Values as <see cref="BulkRows.Stored"/> made them.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"No binding for a {value.GetType().Name}."),
    };

    /// <summary>A row SQLite refuses (a constraint, a trigger) is reported as any refused save: a DbUpdateException.</summary>
    private int Check(int code) => code is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW ? code
        : throw new DbUpdateException($"A row could not be inserted: SQLite Error {code}: '{raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}'.");

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
        await connection.DisposeAsync();
    }
}
