using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>Claim matching as a client sees it, and a look inside the matching index's tables for what a client cannot see.</summary>
public static class MatchClient
{
    public sealed record Hit(string Id, double Score);

    public static async Task<List<Hit>> MatchAsync(this HttpClient client, string text, string? language = null, int limit = 20)
    {
        var response = await client.PostAsJsonAsync("/api/v1/claims/match", language is null ? new { text, limit } : (object)new { text, limit, language });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"match: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return Hits(await response.ReadJsonAsync());
    }

    public static async Task<List<Hit>> SimilarAsync(this HttpClient client, string claimId, int limit = 20) =>
        Hits(await client.GetOkAsync($"/api/v1/claims/{claimId}/similar?limit={limit}"));

    /// <summary>A claim with <paramref name="statement"/> in <paramref name="language"/>, by a new claimant; answers its id.</summary>
    public static async Task<string> CreateClaimInAsync(this HttpClient client, string statement, string? language) =>
        Id(await client.PostOkAsync("/api/v1/claims", new
        {
            statement,
            claimantId = Id(await client.CreateActorAsync()),
            madeAt = "2021-12-21T10:00:00Z",
            language,
        }));

    /// <summary>A word no other claim has, that no stemming shortens (it ends in a consonant no suffix rule cuts).</summary>
    public static string UniqueWord() => $"zx{Guid.NewGuid():N}q";

    public static SqliteConnection OpenDatabase(string dataDirectory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "factcheck.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public static long Count(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// The index agrees with the claims: every live claim indexed or queued, nothing else indexed, postings exactly the
    /// terms each indexed claim lists, and each term's count the number of its postings (never 0: unused terms go).
    /// </summary>
    public static void AssertIndexInStep(string dataDirectory)
    {
        using var db = OpenDatabase(dataDirectory);
        Assert.Equal(0, Count(db, "SELECT count(*) FROM claims c WHERE c.DeletedAt IS NULL AND NOT EXISTS (SELECT 1 FROM match_claims m WHERE m.ClaimId = c.Id) "
            + "AND NOT EXISTS (SELECT 1 FROM match_queue q WHERE q.ClaimId = c.Id)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM match_claims m LEFT JOIN claims c ON c.Id = m.ClaimId WHERE c.Id IS NULL OR c.DeletedAt IS NOT NULL"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM match_postings p WHERE NOT EXISTS "
            + "(SELECT 1 FROM match_claims m, json_each(m.Terms) j WHERE m.Id = p.ClaimRow AND j.value = p.TermId)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM match_claims m, json_each(m.Terms) j WHERE NOT EXISTS "
            + "(SELECT 1 FROM match_postings p WHERE p.TermId = j.value AND p.ClaimRow = m.Id)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM match_terms t WHERE t.Claims <> (SELECT count(*) FROM match_postings p WHERE p.TermId = t.Id) OR t.Claims <= 0"));
    }

    private static List<Hit> Hits(System.Text.Json.Nodes.JsonObject body) =>
        [.. body["items"]!.AsArray().Select(i => new Hit(Id(i!["claim"]!), (double)i["score"]!))];
}
