using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ClaimReviewOutTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<(string Id, JsonObject Source)> RefutedClaimAsync()
    {
        var source = await client.CreateSourceAsync();
        var claim = await client.CreateClaimAsync(Id(await client.CreateActorAsync("Sergei Shoigu")), [Id(source)]);
        await client.PostAsync($"/api/v1/claims/{Id(claim)}/status", JsonContent.Create(new { status = "refuted", rationale = "No evidence was offered." }));
        return (Id(claim), source);
    }

    [Fact]
    public async Task A_refuted_claim_is_a_schema_org_claim_review()
    {
        var (claimId, source) = await RefutedClaimAsync();

        var response = await client.GetAsync($"/api/v1/claims/{claimId}/claimreview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var doc = await response.ReadJsonAsync();
        Assert.Equal("https://schema.org", (string?)doc["@context"]);
        Assert.Equal("ClaimReview", (string?)doc["@type"]);
        Assert.StartsWith("US contractors", (string?)doc["claimReviewed"], StringComparison.Ordinal);
        Assert.EndsWith(claimId, (string?)doc["url"], StringComparison.Ordinal);
        var item = doc["itemReviewed"]!;
        Assert.Equal("Claim", (string?)item["@type"]);
        Assert.Equal("Person", (string?)item["author"]!["@type"]);
        Assert.Equal("Sergei Shoigu", (string?)item["author"]!["name"]);
        Assert.Equal("Minister", (string?)item["author"]!["jobTitle"]);
        Assert.Equal("2021-12-21T10:00:00Z", (string?)item["datePublished"]);
        Assert.Equal((string?)source["url"], (string?)item["appearance"]![0]!["url"]);
        Assert.Equal((string?)source["title"], (string?)item["firstAppearance"]!["headline"]);
        var rating = doc["reviewRating"]!;
        Assert.Equal(1, (int)rating["ratingValue"]!);
        Assert.Equal(5, (int)rating["bestRating"]!);
        Assert.Equal("Refuted", (string?)rating["alternateName"]);
        Assert.Equal("FactCheck", (string?)doc["author"]!["name"]);
        Assert.NotNull((string?)doc["datePublished"]);
    }

    [Fact]
    public async Task Unknown_and_unverified_claims_are_404_problems()
    {
        var unverified = Id(await client.CreateClaimAsync());
        var body = await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{unverified}/claimreview"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Contains("no verdict", (string?)body["detail"], StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/claimreview"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task The_feed_pages_through_reviewed_claims_only()
    {
        var first = (await RefutedClaimAsync()).Id;
        var second = (await RefutedClaimAsync()).Id;
        var unverified = Id(await client.CreateClaimAsync());

        var urls = new List<string>();
        string? cursor = null;
        do
        {
            var feed = await client.GetOkAsync("/api/v1/claimreview?limit=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.Equal("DataFeed", (string?)feed["@type"]);
            urls.AddRange(feed["dataFeedElement"]!.AsArray().Select(e => (string)e!["item"]![0]!["url"]!));
            cursor = (string?)feed["nextCursor"];
        }
        while (cursor is not null);

        Assert.Contains(urls, u => u.EndsWith(first, StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith(second, StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.EndsWith(unverified, StringComparison.Ordinal));
    }
}
