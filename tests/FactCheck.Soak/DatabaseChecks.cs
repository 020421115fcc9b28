using Microsoft.Data.Sqlite;

namespace FactCheck.Soak;

/// <summary>SQLite's own checks on the file: the b-trees, the foreign keys, and each FTS5 index against its rows.</summary>
internal sealed record DatabaseCheck(string Integrity, int ForeignKeyViolations, IReadOnlyDictionary<string, string> Fts, string JournalMode)
{
    /// <summary>The FTS5 tables the migrations create (Data/Migrations/Sqlite); the file is asked too, so a new one is not missed.</summary>
    private static readonly string[] ExpectedFts = ["search_index"];

    public bool Ok => Integrity == "ok" && ForeignKeyViolations == 0 && Fts.Count > 0 && Fts.Values.All(v => v == "ok") && JournalMode == "wal";

    public string Summary => $"integrity_check {Integrity}; foreign_key_check {ForeignKeyViolations} rows; "
        + string.Join("; ", Fts.Select(f => $"{f.Key} integrity-check {f.Value}")) + $"; journal_mode {JournalMode}";

    public static async Task<DatabaseCheck> RunAsync(string databaseFile)
    {
        // The server may be running (idle): a busy timeout lets these checks wait for its write lock, should it hold one.
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadWrite;Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        var integrity = string.Join(", ", await RowsAsync(connection, "PRAGMA integrity_check;"));
        var foreignKeys = (await RowsAsync(connection, "PRAGMA foreign_key_check;")).Count;
        var tables = (await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%';"))
            .Union(ExpectedFts, StringComparer.Ordinal);
        var fts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            try
            {
                await RowsAsync(connection, $"INSERT INTO \"{table}\"(\"{table}\") VALUES('integrity-check');");
                fts[table] = "ok";
            }
            catch (SqliteException e)
            {
                fts[table] = e.Message;
            }
        }
        var journal = (await RowsAsync(connection, "PRAGMA journal_mode;")).FirstOrDefault() ?? "?";
        return new DatabaseCheck(integrity, foreignKeys, fts, journal);
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.FieldCount > 0 && !reader.IsDBNull(0) ? Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)! : "");
        }
        return rows;
    }
}
