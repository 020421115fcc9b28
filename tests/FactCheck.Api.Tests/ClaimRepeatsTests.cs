using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ClaimRepeatsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<List<string>> RepeatsAsync(string claim) =>
        [.. (await client.GetOkAsync($"/api/v1/claims/{claim}/repeats"))["items"]!.AsArray().Select(i => (string)i!["claimId"]!)];

    private async Task<List<string>> HistoryTypesAsync(string claim) =>
        [.. (await client.GetOkAsync($"/api/v1/claims/{claim}/history"))["items"]!.AsArray()
            .Where(i => (string?)i!["entityType"] == "repeat").Select(i => (string)i!["operation"]!)];

    [Fact]
    public async Task A_link_is_listed_on_both_claims_recorded_in_both_histories_and_can_be_removed()
    {
        var first = Id(await client.CreateClaimAsync());
        var second = Id(await client.CreateClaimAsync());

        var linked = await client.PostOkAsync($"/api/v1/claims/{first}/repeats", new { claimId = second });

        Assert.Equal(second, (string?)linked["claimId"]);
        Assert.Equal([second], await RepeatsAsync(first));
        Assert.Equal([first], await RepeatsAsync(second));
        Assert.Equal(["create"], await HistoryTypesAsync(first));
        Assert.Equal(["create"], await HistoryTypesAsync(second));
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{second}/repeats", new { claimId = first }), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{second}/repeats/{first}")).StatusCode);
        Assert.Empty(await RepeatsAsync(first));
        Assert.Empty(await RepeatsAsync(second));
        Assert.Equal(["delete", "create"], await HistoryTypesAsync(first));
        Assert.Equal(["delete", "create"], await HistoryTypesAsync(second));
        await client.PostOkAsync($"/api/v1/claims/{second}/repeats", new { claimId = first });
        Assert.Equal([second], await RepeatsAsync(first));
    }

    [Fact]
    public async Task Unknown_claims_self_links_and_missing_links_are_problems()
    {
        var claim = Id(await client.CreateClaimAsync());
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claim}/repeats", new { claimId = claim }), HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claim}/repeats", new { claimId = Guid.NewGuid() }), HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/repeats", new { claimId = claim }), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/claims/{claim}/repeats/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claim}/repeats", new { claimId = Guid.Empty }), "claimId");
    }
}
