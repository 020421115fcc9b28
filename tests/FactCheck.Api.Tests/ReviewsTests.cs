using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ReviewsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static object Body(string? url = null, string rating = "False", double? value = 1, double? best = 5, double? worst = 1) => new
    {
        publisher = new { name = "Example Fact Check", url = "https://factcheck.example.org/" },
        url = url ?? $"https://factcheck.example.org/{Guid.NewGuid():N}",
        title = "No, contractors are not smuggling chemicals",
        publishedAt = "2021-12-23T09:00:00Z",
        language = "en",
        textualRating = rating,
        ratingValue = value,
        bestRating = best,
        worstRating = worst,
    };

    [Fact]
    public async Task Create_records_the_review_and_moves_the_claims_etag()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var claimEtag = (await client.GetAsync($"/api/v1/claims/{claimId}")).Headers.ETag!.Tag;

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var review = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/claims/{claimId}/reviews/{Id(review)}", response.Headers.Location!.OriginalString);
        Assert.Equal("Example Fact Check", (string?)review["publisher"]!["name"]);
        Assert.Equal("False", (string?)review["textualRating"]);
        Assert.Equal(5, (double?)review["bestRating"]);
        Assert.Equal("2021-12-23T09:00:00Z", (string?)review["publishedAt"]);
        Assert.NotEqual(claimEtag, (await client.GetAsync($"/api/v1/claims/{claimId}")).Headers.ETag!.Tag);
        var history = await client.GetOkAsync($"/api/v1/claims/{claimId}/history");
        Assert.Equal("review", (string?)history["items"]![0]!["entityType"]);
    }

    [Fact]
    public async Task List_get_update_and_delete()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var first = await client.PostOkAsync($"/api/v1/claims/{claimId}/reviews", Body());
        var second = await client.PostOkAsync($"/api/v1/claims/{claimId}/reviews", Body(rating: "Pants on Fire", value: null, best: null, worst: null));

        Assert.Equal([Id(first), Id(second)], await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/reviews", limit: 1));
        var got = await client.GetAsync($"/api/v1/claims/{claimId}/reviews/{Id(first)}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);

        var updated = await client.PutAsJsonAsync($"/api/v1/claims/{claimId}/reviews/{Id(first)}", Body((string)first["url"]!, "Mostly false", 2));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Mostly false", (string?)(await updated.ReadJsonAsync())["textualRating"]);
        Assert.NotEqual(got.Headers.ETag!.Tag, updated.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claimId}/reviews/{Id(first)}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{claimId}/reviews/{Id(first)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Equal([Id(second)], await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/reviews", limit: 5));
    }

    [Fact]
    public async Task Deleted_reviews_keep_their_url_until_purged_and_can_be_restored()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var review = await client.PostOkAsync($"/api/v1/claims/{claimId}/reviews", Body());
        var path = $"/api/v1/claims/{claimId}/reviews/{Id(review)}";

        await client.DeleteAsync(path);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body((string)review["url"]!)), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{path}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        await client.DeleteAsync(path);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"{path}/purge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body((string)review["url"]!))).StatusCode);
    }

    [Fact]
    public async Task Unknown_claims_and_reviews_of_another_claim_are_404s()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var other = Id(await client.CreateClaimAsync());
        var review = await client.PostOkAsync($"/api/v1/claims/{claimId}/reviews", Body());

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{other}/reviews/{Id(review)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/claims/{other}/reviews/{Id(review)}", Body()), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/claims/{other}/reviews/{Id(review)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/reviews", Body()), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/reviews"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task A_url_is_unique_and_bad_fields_are_400s()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var taken = await client.PostOkAsync($"/api/v1/claims/{claimId}/reviews", Body());
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body((string)taken["url"]!)), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body("/relative", " ", value: 7)), "url", "textualRating", "ratingValue");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", Body(value: null, best: 1, worst: 5)), "worstRating");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", new { publisher = new { name = "", url = "ftp://x" }, url = "https://a.example/", textualRating = "False" }),
            "publisher.name", "publisher.url");
    }
}
