using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class StatsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private static async Task<string> ClaimAsync(HttpClient client, string claimant, string madeAt, string[] topics, string? status = null)
    {
        var id = Id(await client.PostOkAsync("/api/v1/claims", new { statement = $"Claim {Guid.NewGuid():N}", claimantId = claimant, madeAt, topics }));
        if (status is not null)
        {
            (await client.PostAsJsonAsync($"/api/v1/claims/{id}/status", new { status, rationale = "Checked." })).EnsureSuccessStatusCode();
        }
        return id;
    }

    [Fact]
    public async Task A_scorecard_counts_the_actors_claims_by_status_and_lists_the_five_most_recent()
    {
        var client = app.CreateClient();
        var actor = Id(await client.CreateActorAsync());
        var ids = new List<string>();
        for (var day = 1; day <= 6; day++)
        {
            ids.Add(await ClaimAsync(client, actor, $"2021-12-{day:00}T00:00:00Z", [], day <= 2 ? "refuted" : day == 3 ? "disputed" : null));
        }
        await ClaimAsync(client, Id(await client.CreateActorAsync()), "2021-12-01T00:00:00Z", [], "refuted");

        var card = await client.GetOkAsync($"/api/v1/actors/{actor}/scorecard");
        Assert.Equal(6, (int)card["claims"]!);
        Assert.Equal(2, (int)card["byEvidenceStatus"]!["refuted"]!);
        Assert.Equal(1, (int)card["byEvidenceStatus"]!["disputed"]!);
        Assert.Equal(3, (int)card["byEvidenceStatus"]!["unverified"]!);
        Assert.Equal(0, (int)card["byEvidenceStatus"]!["substantiated"]!);
        Assert.Equal(ids.AsEnumerable().Reverse().Take(5), card["recent"]!.AsArray().Select(c => Id(c!)));

        var span = await client.GetOkAsync($"/api/v1/actors/{actor}/scorecard?from=2021-12-02T00:00:00Z&to=2021-12-04T00:00:00Z");
        Assert.Equal(2, (int)span["claims"]!);
        Assert.Equal(1, (int)span["byEvidenceStatus"]!["refuted"]!);
        Assert.Equal(1, (int)span["byEvidenceStatus"]!["disputed"]!);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/actors/{Guid.NewGuid()}/scorecard"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/actors/{actor}/scorecard?from=2022-01-01T00:00:00Z&to=2021-01-01T00:00:00Z"), "to");
    }

    [Fact]
    public async Task Stats_count_live_claims_by_status_topic_and_month()
    {
        using var fresh = new FactCheckApp();
        var client = fresh.CreateClient();
        var actor = Id(await client.CreateActorAsync());
        await ClaimAsync(client, actor, "2021-12-01T00:00:00Z", ["ukraine", "nato"], "refuted");
        await ClaimAsync(client, actor, "2021-12-20T00:00:00Z", ["ukraine"]);
        await ClaimAsync(client, actor, "2022-01-03T00:00:00Z", ["nato", "missiles"]);
        var deleted = await ClaimAsync(client, actor, "2022-02-01T00:00:00Z", ["ukraine"]);
        (await client.DeleteAsync($"/api/v1/claims/{deleted}")).EnsureSuccessStatusCode();

        var stats = await client.GetOkAsync("/api/v1/stats");

        Assert.Equal(3, (int)stats["claims"]!);
        Assert.Equal(1, (int)stats["byEvidenceStatus"]!["refuted"]!);
        Assert.Equal(2, (int)stats["byEvidenceStatus"]!["unverified"]!);
        Assert.Equal(["nato:2", "ukraine:2", "missiles:1"], stats["byTopic"]!.AsArray().Select(t => $"{t!["label"]}:{t["count"]}"));
        Assert.Equal(["2021-12:2", "2022-01:1"], stats["byMonth"]!.AsArray().Select(t => $"{t!["label"]}:{t["count"]}"));
    }
}
