using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A database where a word of its own is in a few old records, each singled out by a filter, and then in thousands of
/// newer claims (imported, each also naming Sojgu), more than search ranks at once: a filter applied after the ranking
/// window loses the old ones.
/// </summary>
public sealed class CrowdedIndexApp : FactCheckApp, IAsyncLifetime
{
    /// <summary>Newer claims with the word: more than the 2,000 matches ranked at once.</summary>
    public const int Crowd = 2500;

    public string Word { get; } = $"w{Guid.NewGuid():N}"[..14];

    /// <summary>
    /// The old records by name: actor AX, claims A (with rebuttal RA, and evidence EA that also names Šojgu), B, C (the
    /// word only in its evidence EC), S.
    /// </summary>
    public Dictionary<string, string> Ids { get; } = [];

    public string ClaimantOfA { get; private set; } = "";

    public string ClaimantOfC { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var client = CreateClient();
        Ids["AX"] = Id(await client.CreateActorAsync($"Sergei {Word} Shoigu"));
        ClaimantOfA = Id(await client.CreateActorAsync());
        ClaimantOfC = Id(await client.CreateActorAsync());
        var a = Ids["A"] = await ClaimAsync(client, $"Contractors bring {Word} into Ukraine.", ClaimantOfA, "2021-12-21T00:00:00Z");
        Ids["RA"] = Id(await client.PostOkAsync($"/api/v1/claims/{a}/rebuttals", new
        {
            actorId = Id(await client.CreateActorAsync()), statement = $"The {Word} story is completely false.", kind = "denial", madeAt = "2021-12-21T00:00:00Z",
        }));
        Ids["EA"] = Id(await client.PostOkAsync($"/api/v1/claims/{a}/evidence", new { summary = $"No trace of {Word} in what Šojgu said.", bearing = "refutes", strength = "weak", url = "https://example.org/e" }));
        // Deleted records of the same claimant stay out, however they are found.
        var deletedRebuttal = await client.PostOkAsync($"/api/v1/claims/{a}/rebuttals", new
        {
            actorId = Id(await client.CreateActorAsync()), statement = $"A retracted {Word} rebuttal.", kind = "denial", madeAt = "2021-12-21T00:00:00Z",
        });
        (await client.DeleteAsync($"/api/v1/claims/{a}/rebuttals/{Id(deletedRebuttal)}")).EnsureSuccessStatusCode();
        var deletedClaim = await ClaimAsync(client, $"A withdrawn {Word} claim.", ClaimantOfA, "2021-12-21T00:00:00Z");
        (await client.DeleteAsync($"/api/v1/claims/{deletedClaim}")).EnsureSuccessStatusCode();

        Ids["B"] = await ClaimAsync(client, $"Talks on {Word} open next year.", Id(await client.CreateActorAsync()), "2025-03-01T00:00:00Z");
        await client.PostOkAsync($"/api/v1/claims/{Ids["B"]}/status", new { status = "disputed", rationale = "Both sides have credible material." });
        var c = Ids["C"] = await ClaimAsync(client, "NATO is looking to deploy missiles in Europe.", ClaimantOfC, "2021-12-20T00:00:00Z");
        Ids["EC"] = Id(await client.PostOkAsync($"/api/v1/claims/{c}/evidence", new { summary = $"Reported without {Word}.", bearing = "context", strength = "weak", url = "https://example.org/c" }));
        Ids["S"] = await ClaimAsync(client, $"Troops gather with {Word}.", Id(await client.CreateActorAsync()), "2021-12-19T00:00:00Z");
        await client.PostOkAsync($"/api/v1/claims/{Ids["S"]}/status", new { status = "substantiated", rationale = "Satellite images." });

        // Many substantiated claims without the word, so that filter is broad; then the crowd, newer than every record above.
        await ImportTests.ImportAsync(client, Reviews(300, "plain", i => $"Statement {i} without the word", "True"));
        for (var batch = 0; batch < Crowd / 500; batch++)
        {
            await ImportTests.ImportAsync(client, Reviews(500, $"crowd{batch}", i => $"Statement {batch}-{i}: Sojgu on {Word}", "False"));
        }
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> ClaimAsync(HttpClient client, string statement, string claimantId, string madeAt) =>
        Id(await client.PostOkAsync("/api/v1/claims", new { statement, claimantId, madeAt }));

    /// <summary>Small ClaimReview documents (well under the in-request import size), each review its own claim made 2 Jan 2024.</summary>
    private string Reviews(int count, string run, Func<int, string> statement, string rating) => "[" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""
        {"@type":"ClaimReview","url":"https://factcheck.example.org/{{Word}}/{{run}}/{{i}}","claimReviewed":"{{statement(i)}}",
         "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Speaker {{i % 3}}"},"datePublished":"2024-01-02"},
         "author":{"@type":"Organization","name":"Example Fact Check"},"reviewRating":{"@type":"Rating","alternateName":"{{rating}}" } }
        """)) + "]";
}
