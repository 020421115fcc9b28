using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>A review to import: its rating in words (none: only numbers), and optionally on a numeric scale.</summary>
public sealed record Rated(string? Label, double? Value = null, double? Best = null, double? Worst = null, string Publisher = "Example Fact Check");

/// <summary>The claim an imported review ended on: its id, status now, and the review's URL.</summary>
public sealed record RatedClaim(string Id, string Status, string ReviewUrl);

/// <summary>
/// Imports one ClaimReview per <see cref="Rated"/>, each of its own claim, all by one new claimant (made first through the API,
/// so the import reuses it by name), and answers the report and each review's claim, in the same order.
/// </summary>
public static class RatedImports
{
    public static async Task<(JsonObject Report, List<RatedClaim> Claims)> ImportAsync(HttpClient client, IReadOnlyList<Rated> reviews)
    {
        var run = Guid.NewGuid().ToString("N");
        var claimant = await client.CreateActorAsync($"Speaker {run}");
        var urls = reviews.Select(_ => ImportFixtures.NewUrl()).ToList();
        var document = "[" + string.Join(",\n", reviews.Select((review, i) => Document(review, $"Claim {i} of run {run}", urls[i], $"Speaker {run}"))) + "]";
        var report = await ImportTests.ImportAsync(client, document);
        var claims = new Dictionary<string, RatedClaim>();
        string? cursor = null;
        do
        {
            var page = await client.GetOkAsync($"/api/v1/claims?claimantId={ApiClient.Id(claimant)}&limit=100"
                + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            foreach (var claim in page["items"]!.AsArray())
            {
                var index = int.Parse(((string)claim!["statement"]!).Split(' ')[1], CultureInfo.InvariantCulture);
                claims[(string)claim["statement"]!] = new RatedClaim(ApiClient.Id(claim), (string)claim["evidenceStatus"]!, urls[index]);
            }
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return (report, [.. reviews.Select((_, i) => claims[$"Claim {i} of run {run}"])]);
    }

    /// <summary>The unmapped label <paramref name="label"/> (normalised), or null: every page is read, however many labels other tests left.</summary>
    public static async Task<JsonNode?> FindUnmappedAsync(HttpClient client, string label)
    {
        JsonNode? found = null;
        string? cursor = null;
        do
        {
            var page = await client.GetOkAsync("/api/v1/rating-mappings/unmapped?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            found ??= page["items"]!.AsArray().SingleOrDefault(i => (string?)i!["label"] == label);
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return found;
    }

    private static string Document(Rated review, string statement, string url, string claimant)
    {
        var rating = new JsonObject { ["@type"] = "Rating" };
        if (review.Label is not null)
        {
            rating["alternateName"] = review.Label;
        }
        if (review.Value is { } value)
        {
            rating["ratingValue"] = value;
        }
        if (review.Best is { } best)
        {
            rating["bestRating"] = best;
        }
        if (review.Worst is { } worst)
        {
            rating["worstRating"] = worst;
        }
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = url,
            ["claimReviewed"] = statement,
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claimant },
                ["datePublished"] = "2021-12-21",
            },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = review.Publisher },
            ["reviewRating"] = rating,
        }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
