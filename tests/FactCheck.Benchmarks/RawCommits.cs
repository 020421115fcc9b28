using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// The floor under claim creation: one claim row per transaction with plain SQLite, on the same file with the same
/// settings the API uses (WAL, default synchronous), the search triggers firing as they do for the API.
/// </summary>
internal static class RawCommits
{
    public static double PerSecond(string databasePath, string claimantId, int seconds)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO claims (Id, Statement, StatementKey, ClaimantId, MadeAt, Topics, Language, EvidenceStatus, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $statement, $key, $claimant, '2024-03-01 12:00:00', '["war"]', 'en', 'unverified', 1, $now, $now)
            """;
        var id = command.Parameters.Add(new SqliteParameter("$id", ""));
        var statement = command.Parameters.Add(new SqliteParameter("$statement", ""));
        var key = command.Parameters.Add(new SqliteParameter("$key", ""));
        command.Parameters.AddWithValue("$claimant", claimantId);
        var now = command.Parameters.Add(new SqliteParameter("$now", ""));
        command.Prepare();
        var watch = Stopwatch.StartNew();
        var commits = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            statement.Value = $"Raw claim {commits}: contractors moved chemical components across the border.";
            key.Value = FactCheck.Api.Claims.StatementKey.Of((string)statement.Value);
            now.Value = Seeder.Stored(DateTime.UtcNow);
            command.ExecuteNonQuery();
            commits++;
        }
        return commits / watch.Elapsed.TotalSeconds;
    }
}
