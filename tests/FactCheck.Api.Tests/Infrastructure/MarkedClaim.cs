using System.Net;
using System.Text.Json.Nodes;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// A claim with one of everything under it (rebuttal, evidence, review, status change, a repeat link to a live twin),
/// every text carrying a marker of its own, every write sent with an Idempotency-Key so its answer is stored.
/// </summary>
public sealed class MarkedClaim
{
    public required string Id { get; init; }
    public required string TwinId { get; init; }
    public required string ClaimantId { get; init; }
    public required Dictionary<string, string> Parts { get; init; }
    public required Dictionary<string, string> Markers { get; init; }
    public required string StatusChangeId { get; init; }
    public required string[] IdempotencyKeys { get; init; }

    public string Path => $"/api/v1/claims/{Id}";

    public static async Task<MarkedClaim> CreateAsync(HttpClient client)
    {
        var markers = new[] { "statement", "summary", "topic", "rebuttal", "evidence", "review", "rating", "rationale" }
            .ToDictionary(f => f, Infrastructure.Markers.New);
        var keys = new List<string>();
        async Task<JsonObject> PostAsync(string path, object body)
        {
            var key = $"marked-{Guid.NewGuid():N}";
            keys.Add(key);
            var response = await client.SendAsync(IdempotentRequests.Post(path, body, key));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }

        var claimant = Id(await client.CreateActorAsync());
        var rebutter = Id(await client.CreateActorAsync());
        var source = Id(await client.CreateSourceAsync());
        var claim = Id(await PostAsync("/api/v1/claims", new
        {
            statement = $"US contractors are smuggling {markers["statement"]} chemical components into Ukraine.",
            summary = $"An allegation ({markers["summary"]}).",
            claimantId = claimant, madeAt = "2021-12-21T10:00:00Z", appearances = new[] { source }, topics = new[] { markers["topic"] }, language = "en",
        }));
        var path = $"/api/v1/claims/{claim}";
        var rebuttal = await PostAsync($"{path}/rebuttals", new { actorId = rebutter, statement = $"Completely false ({markers["rebuttal"]}).", kind = "denial" });
        var evidence = await PostAsync($"{path}/evidence", new { summary = $"The Pentagon denies it ({markers["evidence"]}).", bearing = "refutes", strength = "strong", url = "https://example.org/e" });
        var review = await PostAsync($"{path}/reviews", new
        {
            publisher = new { name = "Example Fact Check" }, url = $"https://factcheck.example.org/{Guid.NewGuid():N}",
            title = $"No smuggling ({markers["review"]})", textualRating = $"False {markers["rating"]}", publishedAt = "2021-12-23T09:00:00Z",
        });
        var change = await PostAsync($"{path}/status", new { status = "refuted", rationale = $"The Pentagon denied it ({markers["rationale"]})." });
        var twin = Id(await client.PostOkAsync("/api/v1/claims", new
        {
            statement = "US contractors are smuggling chemical components into Ukraine, the minister repeated.",
            claimantId = claimant, madeAt = "2021-12-22T10:00:00Z", language = "en",
        }));
        await PostAsync($"/api/v1/claims/{twin}/repeats", new { claimId = claim });
        return new MarkedClaim
        {
            Id = claim, TwinId = twin, ClaimantId = claimant, Markers = markers, StatusChangeId = Id(change), IdempotencyKeys = [.. keys],
            Parts = new() { ["rebuttals"] = Id(rebuttal), ["evidence"] = Id(evidence), ["reviews"] = Id(review) },
        };
    }

    /// <summary>Every route that shows the claim or something under it, one by one.</summary>
    public IEnumerable<string> OwnRoutes(DateTime existedAt)
    {
        yield return Path;
        yield return $"{Path}?asOf={Uri.EscapeDataString(existedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}";
        yield return $"{Path}/history";
        foreach (var (parts, id) in Parts)
        {
            yield return $"{Path}/{parts}";
            yield return $"{Path}/{parts}/{id}";
        }
        yield return $"{Path}/status";
        yield return $"{Path}/status/{StatusChangeId}";
        yield return $"{Path}/repeats";
        yield return $"{Path}/claimreview";
        yield return $"{Path}/similar";
    }
}
