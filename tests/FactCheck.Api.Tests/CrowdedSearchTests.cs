using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// Filters are exact however many newer records match: an old match is found on /search and on /claims?q= by each
/// filter, and the claims list pages through every match of q. The data is <see cref="CrowdedIndexApp"/>'s.
/// </summary>
public sealed class CrowdedSearchTests(CrowdedIndexApp app) : IClassFixture<CrowdedIndexApp>
{
    private readonly HttpClient client = app.CreateClient();

    private string Query(string filter) =>
        filter.Replace("{claimantA}", app.ClaimantOfA, StringComparison.Ordinal).Replace("{claimantC}", app.ClaimantOfC, StringComparison.Ordinal);

    private List<string> Named(string names) => [.. names.Split(' ').Select(n => app.Ids[n])];

    [Theory]
    [InlineData("claimantId={claimantA}", "A RA EA")]
    [InlineData("claimantId={claimantA}&kind=rebuttal", "RA")]
    [InlineData("kind=rebuttal", "RA")]
    [InlineData("kind=evidence", "EA EC")]
    [InlineData("kind=actor", "AX")]
    [InlineData("evidenceStatus=disputed", "B")]
    [InlineData("evidenceStatus=substantiated", "S")] // a broad filter: 300 other substantiated claims
    [InlineData("madeTo=2022-01-01T00:00:00Z", "A RA EA EC S")]
    [InlineData("madeFrom=2025-01-01T00:00:00Z", "B")]
    [InlineData("claimantId={claimantA}", "EA", "sojgu")] // EA's text has a diacritic: FTS5 decides, not a word list
    [InlineData("claimantId={claimantA}", "EA", "Šojgu")]
    [InlineData("claimantId={claimantA}", "RA EA", "-contractors")]
    public async Task Search_finds_every_filtered_match_behind_thousands_of_newer_ones(string filter, string expected, string? andAlso = null)
    {
        var q = app.Word + (andAlso is null ? "" : "+" + Uri.EscapeDataString(andAlso));
        var hits = await client.ReadAllPagesAsync($"/api/v1/search?q={q}&{Query(filter)}", 2);

        Assert.Equal(hits.Count, hits.Distinct().Count());
        Assert.Equal(Named(expected).ToHashSet(), hits.ToHashSet());
    }

    [Theory]
    [InlineData("claimantId={claimantA}", "A")]
    [InlineData("claimantId={claimantC}", "C")] // the word only in the claim's evidence
    [InlineData("evidenceStatus=disputed", "B")]
    [InlineData("evidenceStatus=substantiated", "S")]
    [InlineData("madeTo=2022-01-01T00:00:00Z", "A C S")]
    [InlineData("madeFrom=2025-01-01T00:00:00Z", "B")]
    [InlineData("claimantId={claimantA}", "A", "šojgu")] // through its evidence, whose text FTS5 checks
    public async Task The_claims_list_finds_every_filtered_match_behind_thousands_of_newer_ones(string filter, string expected, string? andAlso = null)
    {
        var q = app.Word + (andAlso is null ? "" : "+" + Uri.EscapeDataString(andAlso));
        var claims = await client.ReadAllPagesAsync($"/api/v1/claims?q={q}&{Query(filter)}", 2);

        Assert.Equal(Named(expected), claims);
    }

    [Fact]
    public async Task The_claims_list_pages_through_every_match_of_q_once_in_each_sort()
    {
        var recorded = await client.ReadAllPagesAsync($"/api/v1/claims?q={app.Word}", 100);
        var newestMade = await client.ReadAllPagesAsync($"/api/v1/claims?q={app.Word}&sort=-madeAt", 100);

        // The crowd, A, B, C (through its evidence) and S; not the deleted claim, nor the claims without the word.
        Assert.Equal(CrowdedIndexApp.Crowd + 4, recorded.Count);
        Assert.Equal(recorded.Count, recorded.Distinct().Count());
        Assert.Equal(recorded.OrderBy(id => id.ToUpperInvariant(), StringComparer.Ordinal), recorded);
        Assert.Equal(recorded.ToHashSet(), newestMade.ToHashSet());
        Assert.Equal(newestMade.Count, newestMade.Distinct().Count());
        Assert.Equal(app.Ids["B"], newestMade[0]); // made in 2025; the crowd in 2024; A, C and S in December 2021
        Assert.Equal(Named("A C S"), newestMade[^3..]);
    }
}
