using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>How matches are ranked: rare shared words count for more than common ones.</summary>
public sealed class ClaimMatchRankingTests(DemoApp app) : IClassFixture<DemoApp>
{
    private readonly HttpClient client = app.CreateClient();
    private static readonly string Shoigu = FactCheck.Api.Data.Demo.DemoIds.ShoiguClaim.ToString();

    [Fact]
    public async Task The_shoigu_paraphrase_is_found_first_ahead_of_short_claims_sharing_its_common_words()
    {
        // Short claims about US contractors, chemicals and Ukraine share four of the paraphrase's six words; Shoigu's
        // longer claim shares all six, among them the rare "smuggle" and "components". Counted alike, the short ones
        // would come first.
        var decoys = new List<string>();
        foreach (var verb in new[] { "ship", "sell", "store" })
        {
            decoys.Add(await client.CreateClaimInAsync($"US contractors {verb} chemicals to Ukraine.", "en"));
        }

        var hits = await client.MatchAsync("American contractors smuggle chemical components into Ukraine", limit: 5);

        Assert.Equal(Shoigu, hits[0].Id);
        Assert.Equal(decoys.Order(), hits.Skip(1).Take(3).Select(h => h.Id).Order());
        Assert.All(hits.Skip(1), h => Assert.True(h.Score < hits[0].Score));
        Assert.All(hits, h => Assert.InRange(h.Score, 0, 1));
    }
}
