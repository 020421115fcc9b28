using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.Infrastructure.MatchClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// The matching index follows every way a claim is written. Each claim is Spanish, so that a text sharing only Spanish
/// stopwords with it must not find it, whichever way it came in.
/// </summary>
public sealed class ClaimMatchIndexTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private const string StopwordsOnly = "Los médicos trabajan en una clínica de la ciudad.";
    private readonly HttpClient client = app.CreateClient();

    private static string Statement(string word) => $"El contrabando de componentes químicos en la frontera de {word}.";

    /// <summary>Found first by its words, not at all by a text that shares only stopwords with it.</summary>
    private async Task AssertMatchedAsync(string claim, string word)
    {
        Assert.Equal(claim, (await client.MatchAsync($"Contrabando de componentes químicos {word}"))[0].Id);
        Assert.DoesNotContain(await client.MatchAsync(StopwordsOnly), h => h.Id == claim);
    }

    private async Task AssertNotMatchedAsync(string claim, string text) => Assert.DoesNotContain(await client.MatchAsync(text), h => h.Id == claim);

    [Fact]
    public async Task A_claim_is_matched_as_created_and_as_changed()
    {
        var (word, changed) = (UniqueWord(), UniqueWord());
        var claim = await client.CreateClaimInAsync(Statement(word), "es");
        await AssertMatchedAsync(claim, word);

        var response = await client.PatchJsonAsync($"/api/v1/claims/{claim}", $$"""{"statement": "{{Statement(changed)}}"}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        // Its old word no longer finds it; its new one does.
        await AssertNotMatchedAsync(claim, word);
        await AssertMatchedAsync(claim, changed);
        AssertIndexInStep(app.DataDirectory);
    }

    [Fact]
    public async Task A_claim_is_read_in_its_language_as_it_changes()
    {
        var text = $"Contrabando de componentes en la frontera de {UniqueWord()}";
        var claim = await client.CreateClaimInAsync(text, "en");
        // Read as English, the claim keeps "de", "en" and "la", which the Spanish text leaves out.
        Assert.InRange((await client.MatchAsync(text, "es"))[0].Score, 0.5, 0.99);

        var response = await client.PatchJsonAsync($"/api/v1/claims/{claim}", """{"language": "es"}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var hit = (await client.MatchAsync(text, "es"))[0];
        Assert.Equal((claim, 1.0), (hit.Id, hit.Score));
        AssertIndexInStep(app.DataDirectory);
    }

    [Fact]
    public async Task Deleted_claims_are_not_matched_restored_ones_are_and_purged_ones_leave_the_index()
    {
        var word = UniqueWord();
        var claim = await client.CreateClaimInAsync(Statement(word), "es");
        var twin = await client.CreateClaimInAsync($"{Statement(word)} Dicho otra vez.", "es");
        await AssertMatchedAsync(claim, word);

        Assert.True((await client.DeleteAsync($"/api/v1/claims/{claim}")).IsSuccessStatusCode);
        await AssertNotMatchedAsync(claim, Statement(word));
        Assert.DoesNotContain(await client.SimilarAsync(twin), h => h.Id == claim);
        AssertIndexInStep(app.DataDirectory);

        Assert.True((await client.PostAsync($"/api/v1/claims/{claim}/restore", null)).IsSuccessStatusCode);
        Assert.Contains(await client.SimilarAsync(twin), h => h.Id == claim);

        Assert.True((await client.DeleteAsync($"/api/v1/claims/{claim}")).IsSuccessStatusCode);
        Assert.True((await client.DeleteAsync($"/api/v1/claims/{twin}")).IsSuccessStatusCode);
        Assert.True((await client.PostAsync($"/api/v1/claims/{claim}/purge", null)).IsSuccessStatusCode);
        Assert.True((await client.PostAsync($"/api/v1/claims/{twin}/purge", null)).IsSuccessStatusCode);
        await AssertNotMatchedAsync(claim, Statement(word));
        using (var db = OpenDatabase(app.DataDirectory))
        {
            // Nothing of the purged claims is left: no row, no posting, and their own word is gone from the terms.
            Assert.Equal(0, Count(db, "SELECT count(*) FROM match_claims WHERE ClaimId IN (@a, @b)", ("@a", claim.ToUpperInvariant()), ("@b", twin.ToUpperInvariant())));
            Assert.Equal(0, Count(db, "SELECT count(*) FROM match_queue WHERE ClaimId IN (@a, @b)", ("@a", claim.ToUpperInvariant()), ("@b", twin.ToUpperInvariant())));
            Assert.Equal(0, Count(db, "SELECT count(*) FROM match_terms WHERE Term = @word", ("@word", word)));
        }
        AssertIndexInStep(app.DataDirectory);
    }

    [Fact]
    public async Task Imported_claims_are_matched()
    {
        var word = UniqueWord();
        var report = await ImportTests.ImportAsync(client, $$"""
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "{{ImportFixtures.NewUrl()}}", "inLanguage": "es",
              "claimReviewed": "{{Statement(word)}}",
              "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Portavoz {{word}}" }, "datePublished": "2021-12-21" },
              "author": { "@type": "Organization", "name": "Verificador" }, "reviewRating": { "@type": "Rating", "alternateName": "Falso" } }
            """);
        Assert.Equal(1, (int)report["counts"]!["claims"]!["created"]!);

        var claim = (await client.MatchAsync($"Contrabando de componentes químicos {word}"))[0].Id;
        Assert.Equal(Statement(word), (string?)(await client.GetOkAsync($"/api/v1/claims/{claim}"))["statement"]);
        await AssertMatchedAsync(claim, word);
        AssertIndexInStep(app.DataDirectory);
    }

    [Fact]
    public async Task Claims_written_by_plain_sql_are_matched()
    {
        var word = UniqueWord();
        var claimant = ApiClient.Id(await client.CreateActorAsync());
        var claim = Guid.CreateVersion7().ToString();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "factcheck.db")};Pooling=False"))
        {
            await InsertClaimAsync(connection, claim, Statement(word), claimant);
        }

        await AssertMatchedAsync(claim, word);
        AssertIndexInStep(app.DataDirectory);
    }

    /// <summary>A claim row as another program would write it, with no help from the service.</summary>
    internal static async Task InsertClaimAsync(SqliteConnection connection, string id, string statement, string claimantId)
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO claims (Id, Statement, ClaimantId, MadeAt, Topics, Language, EvidenceStatus, Version, CreatedAt, UpdatedAt) "
            + "VALUES (@id, @statement, @claimant, '2021-12-21 10:00:00', '[]', 'es', 'unverified', 1, '2021-12-22 10:00:00', '2021-12-22 10:00:00')";
        command.Parameters.AddWithValue("@id", id.ToUpperInvariant());
        command.Parameters.AddWithValue("@statement", statement);
        command.Parameters.AddWithValue("@claimant", claimantId.ToUpperInvariant());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
