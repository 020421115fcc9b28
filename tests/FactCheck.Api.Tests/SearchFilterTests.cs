using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// Each filter of GET /search, both ways: a record it must let through and one it must leave out, its boundaries, and its
/// validation. Every test searches for a word of its own, found in three claims of one claimant (made on 1 December, on
/// 15 December and on 1 January), a claim of another claimant, a rebuttal of the first claim, and an actor's name.
/// </summary>
public sealed class SearchFilterTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private sealed record Scene(string Word, string Claimant, string December1, string December15, string January1, string OtherClaimants,
        string Rebuttal, string Actor);

    private async Task<Scene> SceneAsync()
    {
        var word = $"w{Guid.NewGuid():N}"[..14];
        var claimant = Id(await client.CreateActorAsync());
        async Task<string> ClaimAsync(string by, string madeAt) =>
            Id(await client.PostOkAsync("/api/v1/claims", new { statement = $"A claim about {word} made {madeAt}.", claimantId = by, madeAt }));
        var december1 = await ClaimAsync(claimant, "2021-12-01T00:00:00Z");
        var december15 = await ClaimAsync(claimant, "2021-12-15T00:00:00Z");
        var january1 = await ClaimAsync(claimant, "2022-01-01T00:00:00Z");
        var others = await ClaimAsync(Id(await client.CreateActorAsync()), "2021-12-15T00:00:00Z");
        var rebuttal = Id(await client.PostOkAsync($"/api/v1/claims/{december1}/rebuttals",
            new { actorId = Id(await client.CreateActorAsync()), statement = $"Nothing of {word} is true.", kind = "denial" }));
        var actor = Id(await client.CreateActorAsync($"Spokesman {word}"));
        return new Scene(word, claimant, december1, december15, january1, others, rebuttal, actor);
    }

    private async Task<HashSet<string>> HitsAsync(Scene scene, string filters) =>
        [.. await client.ReadAllPagesAsync($"/api/v1/search?q={scene.Word}&{filters}", 100)];

    [Fact]
    public async Task MadeFrom_keeps_claims_made_at_or_after_it_with_their_rebuttals_and_leaves_out_earlier_ones()
    {
        var s = await SceneAsync();

        Assert.Equal([s.December15, s.January1, s.OtherClaimants], await HitsAsync(s, "madeFrom=2021-12-15T00:00:00Z"));
        Assert.Equal([s.December1, s.December15, s.January1, s.OtherClaimants, s.Rebuttal], await HitsAsync(s, "madeFrom=2021-12-01T00:00:00Z"));
        Assert.Equal([s.December15, s.January1, s.OtherClaimants], await HitsAsync(s, "madeFrom=2021-12-01T00:00:00.001Z"));
        // An offset is an instant like any other: 16:00 on 30 November in UTC-8 is midnight on 1 December in UTC.
        Assert.Contains(s.December1, await HitsAsync(s, "madeFrom=2021-11-30T16:00:00-08:00"));
    }

    [Fact]
    public async Task MadeTo_keeps_claims_made_before_it_with_their_rebuttals_and_leaves_out_that_instant_and_later()
    {
        var s = await SceneAsync();

        Assert.Equal([s.December1, s.Rebuttal], await HitsAsync(s, "madeTo=2021-12-15T00:00:00Z"));
        Assert.Equal([s.December1, s.December15, s.OtherClaimants, s.Rebuttal], await HitsAsync(s, "madeTo=2021-12-15T00:00:00.001Z"));
        Assert.Equal([s.December1, s.December15, s.OtherClaimants, s.Rebuttal], await HitsAsync(s, "madeTo=2022-01-01T00:00:00Z"));
        Assert.Empty(await HitsAsync(s, "madeTo=2021-12-01T00:00:00Z"));
    }

    [Fact]
    public async Task MadeFrom_and_madeTo_together_keep_only_the_span_between()
    {
        var s = await SceneAsync();

        Assert.Equal([s.December15, s.OtherClaimants], await HitsAsync(s, "madeFrom=2021-12-02T00:00:00Z&madeTo=2021-12-31T00:00:00Z"));
        Assert.Equal([s.December15, s.OtherClaimants], await HitsAsync(s, "madeFrom=2021-12-15T00:00:00Z&madeTo=2021-12-15T00:00:00.001Z"));
    }

    [Fact]
    public async Task ClaimantId_keeps_that_claimants_claims_and_their_rebuttals_and_leaves_out_others_and_actors()
    {
        var s = await SceneAsync();

        Assert.Equal([s.December1, s.December15, s.January1, s.Rebuttal], await HitsAsync(s, $"claimantId={s.Claimant}"));
        Assert.Empty(await HitsAsync(s, $"claimantId={Guid.NewGuid()}"));
        // Without a claim filter the actor is found; an actor belongs to no claim, so any claim filter leaves it out.
        Assert.Contains(s.Actor, await HitsAsync(s, "kind=actor"));
        Assert.Empty(await HitsAsync(s, $"kind=actor&claimantId={s.Claimant}"));
    }

    [Fact]
    public async Task EvidenceStatus_keeps_claims_with_one_of_the_statuses_and_leaves_out_the_rest()
    {
        var s = await SceneAsync();
        await client.PostOkAsync($"/api/v1/claims/{s.December1}/status", new { status = "refuted", rationale = "Denied with documents." });
        await client.PostOkAsync($"/api/v1/claims/{s.January1}/status", new { status = "disputed", rationale = "Sources differ." });

        Assert.Equal([s.December1, s.Rebuttal], await HitsAsync(s, "evidenceStatus=refuted"));
        Assert.Equal([s.December15, s.OtherClaimants], await HitsAsync(s, "evidenceStatus=unverified"));
        Assert.Equal([s.December1, s.January1, s.Rebuttal], await HitsAsync(s, "evidenceStatus=refuted&evidenceStatus=disputed"));
        Assert.Empty(await HitsAsync(s, "evidenceStatus=substantiated"));
    }

    [Fact]
    public async Task Kind_keeps_records_of_the_kinds_asked_for_and_leaves_out_the_others()
    {
        var s = await SceneAsync();

        Assert.Equal([s.Actor], await HitsAsync(s, "kind=actor"));
        Assert.Equal([s.December1, s.December15, s.January1, s.OtherClaimants], await HitsAsync(s, "kind=claim"));
        Assert.Equal([s.Rebuttal, s.Actor], await HitsAsync(s, "kind=rebuttal&kind=actor"));
        Assert.Empty(await HitsAsync(s, "kind=evidence"));
        Assert.Equal([s.December1, s.December15, s.January1, s.OtherClaimants, s.Rebuttal, s.Actor], await HitsAsync(s, ""));
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        var s = await SceneAsync();

        Assert.Equal([s.December15], await HitsAsync(s, $"claimantId={s.Claimant}&madeFrom=2021-12-02T00:00:00Z&madeTo=2021-12-31T00:00:00Z&kind=claim"));
        Assert.Equal([s.Rebuttal], await HitsAsync(s, $"claimantId={s.Claimant}&madeTo=2021-12-15T00:00:00Z&kind=rebuttal&evidenceStatus=unverified"));
    }

    [Theory]
    [InlineData("madeFrom=2022-01-01T00:00:00Z&madeTo=2021-12-01T00:00:00Z")]
    [InlineData("madeFrom=2021-12-15T00:00:00.001Z&madeTo=2021-12-15T00:00:00Z")]
    [InlineData("madeFrom=2021-12-15T00:00:00Z&madeTo=2021-12-15T00:00:00Z")]
    public async Task MadeTo_not_after_madeFrom_is_a_400_naming_madeTo(string span)
    {
        var body = await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/search?q=chemical&{span}"), "madeTo");
        Assert.Equal("'madeTo' must be after 'madeFrom'.", (string?)body["errors"]!["madeTo"]![0]);
        Assert.Single(body["errors"]!.AsObject());
    }

    [Fact]
    public async Task MadeTo_after_madeFrom_is_accepted_down_to_a_millisecond()
    {
        var response = await client.GetAsync("/api/v1/search?q=chemical&madeFrom=2021-12-15T00:00:00Z&madeTo=2021-12-15T00:00:00.001Z");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("madeFrom=yesterday", "madeFrom")]
    [InlineData("madeTo=2021-13-01T00:00:00Z", "madeTo")]
    [InlineData("claimantId=shoigu", "claimantId")]
    [InlineData("evidenceStatus=lies", "evidenceStatus[0]")]
    [InlineData("evidenceStatus=refuted&evidenceStatus=false", "evidenceStatus[1]")]
    [InlineData("kind=source", "kind[0]")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task A_filter_with_a_bad_value_is_a_400_naming_it(string filter, string field)
    {
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/search?q=chemical&{filter}"), field);
    }
}
