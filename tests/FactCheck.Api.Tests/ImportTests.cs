using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.ImportFixtures;

namespace FactCheck.Api.Tests;

public sealed class ImportTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    internal static async Task<JsonObject> ImportAsync(HttpClient client, string document, string mediaType = "application/ld+json")
    {
        var response = await client.PostAsync("/api/v1/imports", new StringContent(document, Encoding.UTF8, mediaType));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private static int Count(JsonObject report, string kind, string what) => (int)report["counts"]![kind]![what]!;

    /// <summary>Every page of claims, not only the first: how many claims the other tests of the class left does not matter.</summary>
    private async Task<JsonObject> ClaimOfReviewAsync(string reviewUrl)
    {
        foreach (var claimId in await client.ReadAllPagesAsync("/api/v1/claims", 100))
        {
            var reviews = await client.GetOkAsync($"/api/v1/claims/{claimId}/reviews");
            if (reviews["items"]!.AsArray().Any(r => (string?)r!["url"] == reviewUrl))
            {
                return await client.GetOkAsync($"/api/v1/claims/{claimId}");
            }
        }
        throw new InvalidOperationException("No claim has a review at " + reviewUrl);
    }

    [Fact]
    public async Task A_single_claim_review_with_the_quints_quirks()
    {
        var url = NewUrl();
        var report = await ImportAsync(client, Quint(url));

        Assert.Empty(report["rejected"]!.AsArray());
        Assert.Equal(1, Count(report, "reviews", "created"));
        Assert.Equal(1, Count(report, "claims", "created"));
        var claim = await ClaimOfReviewAsync(url);
        Assert.Equal("Last tweets of an actor shared on 14 June", (string?)claim["statement"]);
        Assert.Equal("refuted", (string?)claim["evidenceStatus"]); // "False" maps to refuted
        Assert.Equal("2020-06-16T14:45:35Z", (string?)claim["madeAt"]);
        var review = (await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]![0]!;
        Assert.Equal("The Quint", (string?)review["publisher"]!["name"]);
        Assert.Equal(1, (double?)review["ratingValue"]);
        Assert.Equal(0, (double?)review["worstRating"]);
    }

    [Fact]
    public async Task Relative_urls_resolve_against_the_review_and_an_empty_best_rating_is_none()
    {
        var url = NewUrl("https://www.boomlive.example");
        var report = await ImportAsync(client, Boom(url), "application/json");

        Assert.Empty(report["rejected"]!.AsArray());
        var claim = await ClaimOfReviewAsync(url);
        // Another test imports the same claim from another site: the claim is shared and gains that appearance too.
        Assert.Contains("https://www.boomlive.example/archive/post-123", claim["sources"]!.AsArray().Select(s => (string?)s!["url"]));
        Assert.Equal("disputed", (string?)claim["evidenceStatus"]);
        var review = (await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]![0]!;
        Assert.Null(review["bestRating"]);
        Assert.Equal(1, (double?)review["ratingValue"]);
    }

    [Fact]
    public async Task Arrays_graphs_feeds_and_feed_items_are_all_read()
    {
        string[] urls = [NewUrl(), NewUrl(), NewUrl(), NewUrl(), NewUrl()];
        var document = $$"""
            [ {{Newtral(urls[0], "Claimant " + Guid.NewGuid())}},
              { "@context": "https://schema.org", "@graph": [ {{Quint(urls[1])}} ] },
              { "@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [ {{DataFeedItem(urls[2])}} ] },
              {{DataFeedItem(urls[3])}},
              { "@type": "Person", "name": "not a review" } ]
            """;

        var report = await ImportAsync(client, document);

        Assert.Equal(4, Count(report, "reviews", "created"));
        var rejected = Assert.Single(report["rejected"]!.AsArray());
        Assert.Equal(4, (int)rejected!["index"]!);
        var unmapped = report["unmappedRatings"]!.AsArray();
        Assert.Equal([2, 3], unmapped.Select(u => (int)u!["index"]!));
        Assert.Equal("unverified", (string?)(await ClaimOfReviewAsync(urls[2]))["evidenceStatus"]); // a sentence maps to nothing
        var newtral = await ClaimOfReviewAsync(urls[0]);
        Assert.Equal("refuted", (string?)newtral["evidenceStatus"]);
        Assert.Equal("Presidenta de En Comú Podem", (string?)newtral["claimant"]!["title"]);
    }

    [Fact]
    public async Task A_google_claims_search_answer()
    {
        var url = NewUrl("https://vishvasnews.example");
        var report = await ImportAsync(client, Google(url), "application/json");

        Assert.Equal(1, Count(report, "reviews", "created"));
        var claim = await ClaimOfReviewAsync(url);
        Assert.Equal("FB User-Example", (string?)claim["claimant"]!["name"]);
        Assert.Equal("2019-06-20T12:12:40Z", (string?)claim["madeAt"]);
        var review = (await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]![0]!;
        Assert.Equal("vishvasnews.example", (string?)review["publisher"]!["name"]);
        Assert.Equal("ur", (string?)review["language"]);
    }

    [Fact]
    public async Task Importing_the_same_document_twice_changes_nothing()
    {
        var document = $"[{Quint(NewUrl())}, {Boom(NewUrl())}, {Google(NewUrl())}]";
        var first = await ImportAsync(client, document);
        Assert.Equal(3, Count(first, "reviews", "created"));

        var second = await ImportAsync(client, document);

        foreach (var kind in new[] { "claimants", "sources", "claims", "reviews" })
        {
            Assert.Equal(0, Count(second, kind, "created"));
            Assert.Equal(0, Count(second, kind, "updated"));
        }
        Assert.Equal(3, Count(second, "reviews", "unchanged"));
    }

    [Fact]
    public async Task A_review_imported_again_with_another_rating_is_counted_updated_and_the_others_unchanged()
    {
        var (changedUrl, keptUrl) = (NewUrl(), NewUrl());
        await ImportAsync(client, $"[{Quint(changedUrl)}, {Boom(keptUrl)}]");
        var rerated = Quint(changedUrl).Replace("\"alternateName\": \"False\"", "\"alternateName\": \"Misleading\"", StringComparison.Ordinal);
        Assert.NotEqual(Quint(changedUrl), rerated);

        var second = await ImportAsync(client, $"[{rerated}, {Boom(keptUrl)}]");

        Assert.Equal(1, Count(second, "reviews", "updated"));
        Assert.Equal(1, Count(second, "reviews", "unchanged"));
        Assert.Equal(0, Count(second, "reviews", "created"));
        Assert.Equal(0, Count(second, "claims", "updated"));
        Assert.Equal(2, Count(second, "claims", "unchanged"));
    }

    [Fact]
    public async Task A_review_met_twice_in_one_document_is_counted_by_what_its_second_copy_changes()
    {
        var actor = await client.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var (name, rerated, repeated) = ((string)actor["name"]!, NewUrl(), NewUrl());
        string Copy(string url, string rating) => ImportRulesTests.Review(url, "The dam was never inspected.", name, rating: rating);

        // Both reviews are new to the database: each second copy is compared with the first, not with what is stored.
        var report = await ImportAsync(client, $"[{Copy(rerated, "False")}, {Copy(rerated, "Misleading")}, {Copy(repeated, "True")}, {Copy(repeated, "True")}]");

        Assert.Equal(2, Count(report, "reviews", "created"));
        Assert.Equal(1, Count(report, "reviews", "updated"));
        Assert.Equal(1, Count(report, "reviews", "unchanged"));
        var claimId = Assert.Single(await client.ReadAllPagesAsync($"/api/v1/claims?claimantId={actor["id"]}", 100));
        var reviews = (await client.GetOkAsync($"/api/v1/claims/{claimId}/reviews"))["items"]!.AsArray();
        Assert.Equal("Misleading", (string?)reviews.Single(r => (string?)r!["url"] == rerated)!["textualRating"]);
        Assert.Equal("True", (string?)reviews.Single(r => (string?)r!["url"] == repeated)!["textualRating"]);
    }

    [Fact]
    public async Task One_bad_item_is_rejected_with_its_index_and_the_rest_imported()
    {
        var report = await ImportAsync(client, $$"""[ {{Quint(NewUrl())}}, { "@type": "ClaimReview", "claimReviewed": "x", "url": "/relative-only" }, {{Google(NewUrl())}} ]""");

        var rejected = Assert.Single(report["rejected"]!.AsArray());
        Assert.Equal(1, (int)rejected!["index"]!);
        Assert.Contains("url", (string?)rejected["reason"], StringComparison.Ordinal);
        Assert.Equal(2, Count(report, "reviews", "created"));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_and_readers_may_not_import()
    {
        await ProblemAssert.IsProblemAsync(
            await client.PostAsync("/api/v1/imports", new StringContent("<html>not json</html>", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "urn:factcheck:problem:malformed-request");
        var reader = await app.CreateClientWithRoleAsync("reader");
        await ProblemAssert.IsProblemAsync(
            await reader.PostAsync("/api/v1/imports", new StringContent(Quint(NewUrl()), Encoding.UTF8, "application/json")),
            HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
    }
}
