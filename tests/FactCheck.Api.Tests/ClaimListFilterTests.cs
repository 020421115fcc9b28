using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>Filters and sorts of GET /claims. Each test records its claims under a claimant of its own and filters by it.</summary>
public sealed class ClaimListFilterTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<(string Claimant, List<string> Ids)> CreateClaimsAsync(params string[] madeAts)
    {
        var claimant = Id(await client.CreateActorAsync());
        var source = Id(await client.CreateSourceAsync());
        var ids = new List<string>();
        foreach (var madeAt in madeAts)
        {
            ids.Add(Id(await client.PostOkAsync("/api/v1/claims", new { statement = $"Claim made {madeAt}", claimantId = claimant, madeAt, appearances = new[] { source } })));
        }
        return (claimant, ids);
    }

    private async Task<List<string>> ListAsync(string query) =>
        (await client.GetOkAsync($"/api/v1/claims?{query}"))["items"]!.AsArray().Select(i => Id(i!)).ToList();

    [Fact]
    public async Task MadeFrom_and_madeTo_bound_madeAt_with_madeTo_exclusive()
    {
        var (claimant, ids) = await CreateClaimsAsync("2021-12-01T00:00:00Z", "2021-12-15T00:00:00Z", "2022-01-01T00:00:00Z");
        Assert.Equal(ids[1..], await ListAsync($"claimantId={claimant}&madeFrom=2021-12-15T00:00:00Z"));
        Assert.Equal(ids[..2], await ListAsync($"claimantId={claimant}&madeTo=2022-01-01T00:00:00Z"));
        Assert.Equal([ids[1]], await ListAsync($"claimantId={claimant}&madeFrom=2021-12-02T00:00:00Z&madeTo=2021-12-31T00:00:00Z"));
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/claims?madeFrom=2022-01-01T00:00:00Z&madeTo=2021-01-01T00:00:00Z"), "madeTo");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/claims?madeFrom=yesterday"), "madeFrom");
    }

    [Fact]
    public async Task HasRebuttal_and_hasEvidence_filter_on_live_parts()
    {
        var (claimant, ids) = await CreateClaimsAsync("2021-12-01T00:00:00Z", "2021-12-02T00:00:00Z", "2021-12-03T00:00:00Z");
        var kirby = Id(await client.CreateActorAsync());
        await client.PostOkAsync($"/api/v1/claims/{ids[0]}/rebuttals", new { actorId = kirby, statement = "False.", kind = "denial", madeAt = "2021-12-21T00:00:00Z" });
        await client.PostOkAsync($"/api/v1/claims/{ids[1]}/evidence", new { summary = "Unfounded.", bearing = "refutes", strength = "moderate", url = "https://example.org/e" });
        var deleted = await client.PostOkAsync($"/api/v1/claims/{ids[2]}/rebuttals", new { actorId = kirby, statement = "No.", kind = "denial", madeAt = "2021-12-21T00:00:00Z" });
        (await client.DeleteAsync($"/api/v1/claims/{ids[2]}/rebuttals/{Id(deleted)}")).EnsureSuccessStatusCode();

        Assert.Equal([ids[0]], await ListAsync($"claimantId={claimant}&hasRebuttal=true"));
        Assert.Equal(ids[1..], await ListAsync($"claimantId={claimant}&hasRebuttal=false"));
        Assert.Equal([ids[1]], await ListAsync($"claimantId={claimant}&hasEvidence=true"));
        Assert.Equal([ids[0], ids[2]], await ListAsync($"claimantId={claimant}&hasEvidence=false"));
        Assert.Equal([ids[0]], await ListAsync($"claimantId={claimant}&hasRebuttal=true&hasEvidence=false"));
    }

    [Fact]
    public async Task UpdatedSince_finds_claims_changed_since_then_including_their_parts()
    {
        var (claimant, ids) = await CreateClaimsAsync("2021-12-01T00:00:00Z", "2021-12-02T00:00:00Z");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var since = app.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        await client.PostOkAsync($"/api/v1/claims/{ids[1]}/evidence", new { summary = "New evidence.", bearing = "refutes", strength = "weak", url = "https://example.org/e" });
        Assert.Equal([ids[1]], await ListAsync($"claimantId={claimant}&updatedSince={since}"));
        Assert.Equal(ids, await ListAsync($"claimantId={claimant}&updatedSince=2000-01-01T00:00:00Z"));
    }

    [Theory]
    [InlineData("madeAt", 3)]
    [InlineData("-madeAt", 2)]
    [InlineData("createdAt", 2)]
    [InlineData("-createdAt", 3)]
    [InlineData("updatedAt", 2)]
    [InlineData("-updatedAt", 3)]
    public async Task Every_sort_pages_through_every_claim_once_in_order(string sort, int limit)
    {
        // Two claims share a madeAt, so the id breaks the tie across a page boundary.
        var (claimant, ids) = await CreateClaimsAsync("2021-12-05T00:00:00Z", "2021-12-01T00:00:00Z", "2021-12-03T00:00:00Z",
            "2021-12-03T00:00:00Z", "2021-12-02T00:00:00Z", "2021-12-04T00:00:00Z", "2021-12-03T00:00:00Z");
        var all = await Task.WhenAll(ids.Select(id => client.GetOkAsync($"/api/v1/claims/{id}")));
        var key = sort.TrimStart('-');
        // Compared as instants, not as text: a time whose last fractional digits are zeros is written shorter.
        var expected = all.OrderBy(c => DateTimeOffset.Parse((string)c[key]!, System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(c => Guid.Parse(Id(c))).Select(Id).ToList();
        if (sort.StartsWith('-'))
        {
            expected.Reverse();
        }

        var paged = await client.ReadAllPagesAsync($"/api/v1/claims?claimantId={claimant}&sort={sort}", limit);

        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task The_default_order_is_the_order_of_recording()
    {
        var (claimant, ids) = await CreateClaimsAsync("2021-12-05T00:00:00Z", "2021-12-01T00:00:00Z", "2021-12-03T00:00:00Z");
        Assert.Equal(ids, await client.ReadAllPagesAsync($"/api/v1/claims?claimantId={claimant}", 2));
    }

    [Fact]
    public async Task A_cursor_from_another_sort_and_unknown_sorts_are_400()
    {
        var (claimant, _) = await CreateClaimsAsync("2021-12-05T00:00:00Z", "2021-12-01T00:00:00Z");
        var page = await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&sort=madeAt&limit=1");
        var cursor = Uri.EscapeDataString((string)page["nextCursor"]!);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/v1/claims?claimantId={claimant}&sort=madeAt&cursor={cursor}")).StatusCode);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?sort=-madeAt&cursor={cursor}"), "cursor");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?cursor={cursor}"), "cursor");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?sort=statement"), "sort");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/claims?sort=--madeAt"), "sort");
    }
}
