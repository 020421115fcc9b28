using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests;

/// <summary>The indexed statement key imports find claims by, including claims written before it existed.</summary>
public sealed class StatementKeyTests
{
    private const string ShoiguClaim = "017ddfa6-f280-77ce-9f37-a214592c0798";

    [Fact]
    public async Task Claims_stored_before_the_key_existed_get_it_at_start_up_and_imports_find_them()
    {
        var first = new DemoApp { KeepDataOnDispose = true };
        var shoigu = await first.CreateClient().GetOkAsync($"/api/v1/claims/{ShoiguClaim}");
        first.Dispose();
        // As a database migrated from before the key: the column is there, empty.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(first.DataDirectory, "factcheck.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE claims SET StatementKey = NULL";
            Assert.True(await command.ExecuteNonQueryAsync() >= 5);
        }
        SqliteConnection.ClearAllPools();

        using var second = new FactCheckApp { DataDirectory = first.DataDirectory };
        // The same statement in other case and spacing, by the same claimant: the same claim.
        var statement = ((string)shoigu["statement"]!).ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);
        var report = await ImportTests.ImportAsync(second.CreateClient(), $$"""
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "{{ImportFixtures.NewUrl()}}",
              "claimReviewed": {{System.Text.Json.JsonSerializer.Serialize(statement)}},
              "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "{{shoigu["claimant"]!["name"]}}" }, "datePublished": "2021-12-21" },
              "author": { "@type": "Organization", "name": "Example Fact Check" },
              "reviewRating": { "@type": "Rating", "alternateName": "False" } }
            """);

        Assert.Equal(0, (int)report["counts"]!["claims"]!["created"]!);
        Assert.Equal(1, (int)report["counts"]!["claims"]!["unchanged"]!);
        Assert.Equal(1, (int)report["counts"]!["reviews"]!["created"]!);
        var reviews = await second.CreateClient().GetOkAsync($"/api/v1/claims/{ShoiguClaim}/reviews");
        Assert.Contains(reviews["items"]!.AsArray(), r => (string?)r!["publisher"]!["name"] == "Example Fact Check");
    }
}
