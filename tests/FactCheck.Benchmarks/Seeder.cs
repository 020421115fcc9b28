using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// Fills a migrated, empty FactCheck database with realistic claims by bulk SQL: claimants, sources, claims with an
/// appearance each, a rebuttal for half of them and evidence for half of them. The search index fills through the same
/// triggers the API's writes go through. Seeded rows have no history entries (nothing measured reads them).
/// </summary>
internal static class Seeder
{
    private static readonly string[] Statuses =
        ["unverified", "unverified", "unverified", "refuted", "refuted", "disputed", "unsubstantiated", "substantiated", "under_review", "no_evidence_offered"];

    private static readonly string[] Topics = ["elections", "health", "economy", "war", "climate", "crime", "migration", "energy", "science", "education"];

    private static readonly DateTime Start = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static TimeSpan Seed(string databasePath, int claims, ClaimText text)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20211221);
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        using (var transaction = connection.BeginTransaction())
        {
            var actors = Insert(connection, "actors", ["Id", "Name", "Kind", "Title", "Links", "Version", "CreatedAt", "UpdatedAt"],
                Math.Max(10, claims / 100), (i, at) => [Id(at), $"Claimant {i:D6} {text.Word(random.Next(50, 5000))}", i % 5 == 0 ? "organization" : "person",
                    "Spokesperson", "[]", 1, Stored(at), Stored(at)]);
            var sources = Insert(connection, "sources", ["Id", "Url", "Title", "Kind", "Version", "CreatedAt", "UpdatedAt"],
                Math.Max(10, claims / 10), (i, at) => [Id(at), $"https://news.example.org/{i}", $"Report {i}", "news_article", 1, Stored(at), Stored(at)]);
            var claimIds = Insert(connection, "claims",
                ["Id", "Statement", "StatementKey", "Summary", "ClaimantId", "MadeAt", "Topics", "Language", "EvidenceStatus", "Version", "CreatedAt", "UpdatedAt"],
                claims, (_, at) => [Id(at), .. Statement(text.Sentence(random, 8, 20)), random.Next(4) == 0 ? text.Sentence(random, 6, 14) : null,
                    actors[random.Next(actors.Count)], Stored(Start.AddMinutes(random.Next(0, 6_000_000))),
                    $"[\"{Topics[random.Next(Topics.Length)]}\"]", random.Next(10) < 8 ? "en" : "es", Statuses[random.Next(Statuses.Length)],
                    1, Stored(at), Stored(at)]);
            using (var appearance = Command(connection, "claim_appearances", ["ClaimId", "SourceId", "Position"]))
            {
                foreach (var claim in claimIds)
                {
                    Run(appearance, [claim, sources[random.Next(sources.Count)], 0]);
                }
            }
            var withRebuttal = claimIds.Where((_, i) => i % 2 == 0).ToList();
            Insert(connection, "rebuttals", ["Id", "ClaimId", "ActorId", "Statement", "Kind", "Version", "CreatedAt", "UpdatedAt"],
                withRebuttal.Count, (i, at) => [Id(at), withRebuttal[i], actors[random.Next(actors.Count)], text.Sentence(random, 6, 16), "denial", 1, Stored(at), Stored(at)]);
            var withEvidence = claimIds.Where((_, i) => i % 4 < 2).ToList();
            Insert(connection, "evidence", ["Id", "ClaimId", "Summary", "Bearing", "Strength", "Version", "CreatedAt", "UpdatedAt"],
                withEvidence.Count, (i, at) => [Id(at), withEvidence[i], text.Sentence(random, 8, 18), "refutes", "moderate", 1, Stored(at), Stored(at)]);
            transaction.Commit();
        }
        Execute(connection, "PRAGMA journal_mode=WAL;");
        return watch.Elapsed;
    }

    public static string Stored(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static List<string> Insert(SqliteConnection connection, string table, string[] columns, int count, Func<int, DateTime, object?[]> row)
    {
        using var command = Command(connection, table, columns);
        var ids = new List<string>(count);
        // Recorded one second apart, in id order, ending about now.
        var at = DateTime.UtcNow.AddSeconds(-count);
        for (var i = 0; i < count; i++)
        {
            var values = row(i, at.AddSeconds(i));
            Run(command, values);
            ids.Add((string)values[0]!);
        }
        return ids;
    }

    private static SqliteCommand Command(SqliteConnection connection, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    /// <summary>A statement and the key the service keeps beside it for finding repeats.</summary>
    private static string[] Statement(string statement) => [statement, FactCheck.Api.Claims.StatementKey.Of(statement)];

    private static string Id(DateTime at) => Guid.CreateVersion7(at).ToString().ToUpperInvariant();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
