using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>A term searched with a claimant filter: how many matches exist (by SQL), how many the API returned, and its latency.</summary>
internal sealed record FilteredSearchFigure(string Route, string Frequency, string Term, long Existing, long Returned, WrkResult Latency);

/// <summary>
/// Search and the claims list with <c>q</c>, filtered by one claimant: the claimant with the most claims, so a term in
/// most records has dozens of matches there among a million elsewhere. The matches that exist are counted by SQL over
/// the seeded text (whole words, no full-text index), and every page the API gives is read, so exactness shows.
/// </summary>
internal static class FilteredSearch
{
    public static async Task<List<FilteredSearchFigure>> MeasureAsync(string url, string database, IEnumerable<(string Frequency, string Term)> terms,
        Func<string, WrkResult> measure)
    {
        var claimant = BusiestClaimant(database);
        var figures = new List<FilteredSearchFigure>();
        foreach (var (frequency, term) in terms)
        {
            var (records, claims) = Existing(database, claimant, term);
            figures.Add(new("/search", frequency, term, records, await ReturnedAsync(url, $"/api/v1/search?q={term}&claimantId={claimant}"),
                measure($"{url}/api/v1/search?q={term}&claimantId={claimant}")));
            figures.Add(new("/claims?q=", frequency, term, claims, await ReturnedAsync(url, $"/api/v1/claims?q={term}&claimantId={claimant}"),
                measure($"{url}/api/v1/claims?q={term}&claimantId={claimant}")));
        }
        return figures;
    }

    private static string BusiestClaimant(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ClaimantId FROM claims GROUP BY ClaimantId ORDER BY count(*) DESC, ClaimantId LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Live records of the claimant's live claims with the word (claim, rebuttals, evidence), and the claims with it in any of them.</summary>
    private static (long Records, long Claims) Existing(string database, string claimant, string term)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        // Seeded text is words, single spaces and a full stop: padded with spaces, a whole word is " word ".
        const string Has = "(' ' || replace({0}, '.', ' ') || ' ') LIKE '% ' || $term || ' %'";
        command.CommandText = $"""
            WITH mine AS (SELECT Id, Statement || ' ' || coalesce(Summary, '') AS Text FROM claims WHERE ClaimantId = $claimant AND DeletedAt IS NULL),
            hits(ClaimId) AS (
                SELECT Id FROM mine WHERE {string.Format(Has, "Text")}
                UNION ALL SELECT r.ClaimId FROM rebuttals AS r JOIN mine ON mine.Id = r.ClaimId WHERE r.DeletedAt IS NULL AND {string.Format(Has, "r.Statement")}
                UNION ALL SELECT e.ClaimId FROM evidence AS e JOIN mine ON mine.Id = e.ClaimId WHERE e.DeletedAt IS NULL AND {string.Format(Has, "e.Summary")})
            SELECT count(*), count(DISTINCT ClaimId) FROM hits
            """;
        command.Parameters.AddWithValue("$claimant", claimant);
        command.Parameters.AddWithValue("$term", term);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Every item of every page, following nextCursor; each distinct item counted once.</summary>
    private static async Task<long> ReturnedAsync(string url, string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var ids = new HashSet<string>();
        for (var cursor = ""; cursor is not null;)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"{path}&limit=100" + (cursor.Length > 0 ? "&cursor=" + Uri.EscapeDataString(cursor) : ""));
            ids.UnionWith(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        return ids.Count;
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        return connection;
    }
}
