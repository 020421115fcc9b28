using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ClaimMatchTests(DemoApp app) : IClassFixture<DemoApp>
{
    private readonly HttpClient client = app.CreateClient();
    private static readonly string Shoigu = FactCheck.Api.Data.Demo.DemoIds.ShoiguClaim.ToString();

    [Fact]
    public async Task A_paraphrase_finds_the_shoigu_claim_first()
    {
        var response = await client.PostAsJsonAsync("/api/v1/claims/match", new { text = "American contractors smuggle chemical components into Ukraine", limit = 3 });
        var items = (await response.ReadJsonAsync())["items"]!.AsArray();

        Assert.Equal(Shoigu, Id(items[0]!["claim"]!));
        var scores = items.Select(i => (double)i!["score"]!).ToList();
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(items.Count <= 3);
    }

    [Fact]
    public async Task Similar_lists_other_claims_and_404s_for_unknown_ids()
    {
        var claimant = Id(await client.CreateActorAsync());
        var copy = Id(await client.PostOkAsync("/api/v1/claims", new { statement = "Contractors from the U.S. smuggled unidentified chemical components into Ukraine.", claimantId = claimant, madeAt = "2021-12-22T00:00:00Z" }));

        var items = (await client.GetOkAsync($"/api/v1/claims/{Shoigu}/similar"))["items"]!.AsArray();

        Assert.Equal(copy, Id(items[0]!["claim"]!));
        Assert.DoesNotContain(items, i => Id(i!["claim"]!) == Shoigu);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/similar"), System.Net.HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task Empty_text_and_bad_limits_are_validation_problems()
    {
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/v1/claims/match", new { text = " ", limit = 21 }), "text", "limit");
        Assert.Empty((await (await client.PostAsJsonAsync("/api/v1/claims/match", new { text = "the of and" })).ReadJsonAsync())["items"]!.AsArray());
    }
}
