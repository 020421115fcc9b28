using System.Globalization;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// What ClaimListFilterTests and ClaimsTests leave open about the list's filters: the records each must let through as well as
/// those it must leave out, the bounds of updatedSince, madeFrom/madeTo under q, and the refusal of every bad value.
/// </summary>
public sealed class ClaimListFilterBoundsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<List<string>> ListAsync(string query) => await client.ReadAllPagesAsync($"/api/v1/claims?{query}", 100);

    private async Task<string> ClaimAsync(string claimant, string madeAt, string statement = "A claim.", string? language = null, string[]? topics = null) =>
        Id(await client.PostOkAsync("/api/v1/claims", new { statement, claimantId = claimant, madeAt, language, topics }));

    [Fact]
    public async Task Language_keeps_claims_in_that_language_and_leaves_out_the_others()
    {
        var claimant = Id(await client.CreateActorAsync());
        var russian = await ClaimAsync(claimant, "2021-12-01T00:00:00Z", language: "ru");
        var english = await ClaimAsync(claimant, "2021-12-02T00:00:00Z", language: "en");

        Assert.Equal([russian], await ListAsync($"claimantId={claimant}&language=ru"));
        Assert.Equal([english], await ListAsync($"claimantId={claimant}&language=en"));
        Assert.Empty(await ListAsync($"claimantId={claimant}&language=de"));
    }

    [Fact]
    public async Task Topic_keeps_claims_with_that_topic_whatever_its_case_and_leaves_out_the_others()
    {
        var claimant = Id(await client.CreateActorAsync());
        var nato = await ClaimAsync(claimant, "2021-12-01T00:00:00Z", topics: ["NATO", "ukraine"]);
        var ukraine = await ClaimAsync(claimant, "2021-12-02T00:00:00Z", topics: ["ukraine"]);

        Assert.Equal([nato], await ListAsync($"claimantId={claimant}&topic=nato"));
        Assert.Equal([nato, ukraine], await ListAsync($"claimantId={claimant}&topic=Ukraine"));
        Assert.Empty(await ListAsync($"claimantId={claimant}&topic=chemical+weapons"));
    }

    [Fact]
    public async Task UpdatedSince_keeps_a_claim_changed_at_that_very_instant_and_leaves_it_out_a_moment_later()
    {
        var claimant = Id(await client.CreateActorAsync());
        var first = await ClaimAsync(claimant, "2021-12-01T00:00:00Z");
        var second = await ClaimAsync(claimant, "2021-12-02T00:00:00Z");
        var updatedAt = DateTime.Parse((string)(await client.GetOkAsync($"/api/v1/claims/{second}"))["updatedAt"]!, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal);
        string Instant(DateTime at) => Uri.EscapeDataString(at.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));

        Assert.Equal([second], await ListAsync($"claimantId={claimant}&updatedSince={Instant(updatedAt)}"));
        // Times are kept to the microsecond: one later is the next instant there is.
        Assert.Empty(await ListAsync($"claimantId={claimant}&updatedSince={Instant(updatedAt.AddTicks(10))}"));
        Assert.Equal([first, second], await ListAsync($"claimantId={claimant}&updatedSince=2021-01-01T00:00:00Z"));
    }

    [Fact]
    public async Task MadeFrom_and_madeTo_bound_a_full_text_list_the_same_way()
    {
        var word = $"w{Guid.NewGuid():N}"[..14];
        var claimant = Id(await client.CreateActorAsync());
        var early = await ClaimAsync(claimant, "2021-12-01T00:00:00Z", $"About {word}, early.");
        var late = await ClaimAsync(claimant, "2022-01-01T00:00:00Z", $"About {word}, late.");

        Assert.Equal([early], await ListAsync($"q={word}&madeTo=2022-01-01T00:00:00Z"));
        Assert.Equal([late], await ListAsync($"q={word}&madeFrom=2022-01-01T00:00:00Z"));
        Assert.Equal([early, late], await ListAsync($"q={word}&madeFrom=2021-12-01T00:00:00Z&madeTo=2022-01-01T00:00:00.001Z"));
    }

    [Theory]
    [InlineData("madeFrom=2021-12-15T00:00:00Z&madeTo=2021-12-15T00:00:00Z")]
    [InlineData("madeFrom=2021-12-15T00:00:00.001Z&madeTo=2021-12-15T00:00:00Z")]
    public async Task MadeTo_not_after_madeFrom_is_a_400_naming_madeTo_and_a_millisecond_after_is_accepted(string span)
    {
        var body = await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?{span}"), "madeTo");
        Assert.Equal("'madeTo' must be after 'madeFrom'.", (string?)body["errors"]!["madeTo"]![0]);
        await client.GetOkAsync("/api/v1/claims?madeFrom=2021-12-15T00:00:00Z&madeTo=2021-12-15T00:00:00.001Z");
    }

    [Theory]
    [InlineData("madeTo=soon", "madeTo")]
    [InlineData("updatedSince=2021-02-30T00:00:00Z", "updatedSince")]
    [InlineData("hasRebuttal=maybe", "hasRebuttal")]
    [InlineData("hasEvidence=2", "hasEvidence")]
    [InlineData("language=english!", "language")]
    [InlineData("evidenceStatus=refuted&evidenceStatus=lies", "evidenceStatus[1]")]
    [InlineData("includeDeleted=perhaps", "includeDeleted")]
    public async Task A_filter_with_a_bad_value_is_a_400_naming_it(string filter, string field)
    {
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?{filter}"), field);
    }

    [Fact]
    public async Task A_topic_longer_than_a_topic_may_be_is_a_400_naming_topic()
    {
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?topic={new string('t', 65)}"), "topic");
    }
}
