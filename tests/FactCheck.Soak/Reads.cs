namespace FactCheck.Soak;

/// <summary>The readers' side: single claims, filtered lists (with a second page), search, history, ClaimReview.</summary>
internal sealed class Reads(SoakClient client, World world)
{
    private static readonly string[] Sorts = ["madeAt", "-madeAt", "createdAt", "-updatedAt"];

    public async Task ClaimAsync(Random random)
    {
        var id = world.AnyClaim(random);
        var first = await client.GetAsync("get claim", $"/api/v1/claims/{id}");
        if (first.ETag is not null && random.Next(4) == 0)
        {
            // A revalidation: 304 unless a write came between.
            await client.GetAsync("get claim (If-None-Match)", $"/api/v1/claims/{id}", ifNoneMatch: first.ETag);
        }
    }

    public async Task ListAsync(Random random)
    {
        var filter = random.Next(6) switch
        {
            0 => "evidenceStatus=" + World.Statuses[random.Next(World.Statuses.Length)],
            1 => "topic=" + Uri.EscapeDataString(World.Topics[random.Next(World.Topics.Length)]),
            2 => "claimantId=" + world.Actors[random.Next(world.Actors.Count)],
            3 => "hasRebuttal=true&madeFrom=2021-12-10T00:00:00Z",
            4 => "hasEvidence=true&language=en",
            _ => "updatedSince=2026-01-01T00:00:00Z",
        };
        var sort = random.Next(2) == 0 ? "&sort=" + Sorts[random.Next(Sorts.Length)] : "";
        var page = await client.GetAsync("list claims (filtered)", $"/api/v1/claims?{filter}{sort}&limit={random.Next(5, 50)}");
        if (page.Body?["nextCursor"]?.GetValue<string>() is { } cursor)
        {
            await client.GetAsync("list claims (next page)", $"/api/v1/claims?{filter}{sort}&limit=20&cursor={Uri.EscapeDataString(cursor)}");
        }
    }

    public Task SearchAsync(Random random)
    {
        var q = random.Next(4) switch
        {
            0 => World.Word(random),
            1 => $"\"{World.Word(random)} {World.Word(random)}\"",
            2 => World.Word(random)[..4] + "*",
            _ => $"{World.Word(random)} {World.Word(random)}",
        };
        var kind = random.Next(3) == 0 ? "&kind=claim" : "";
        return client.GetAsync("search", $"/api/v1/search?q={Uri.EscapeDataString(q)}{kind}&limit={random.Next(5, 30)}");
    }

    public Task ClaimsWithQueryAsync(Random random) =>
        client.GetAsync("list claims (q=)", $"/api/v1/claims?q={Uri.EscapeDataString(World.Word(random))}&evidenceStatus=unverified&limit=20");

    public Task HistoryAsync(Random random) => client.GetAsync("claim history", $"/api/v1/claims/{world.AnyClaim(random)}/history");

    public Task ClaimReviewAsync(Random random) => client.GetAsync("claimreview (claim)", $"/api/v1/claims/{world.AnyClaim(random)}/claimreview");

    public Task ClaimReviewFeedAsync(Random random) => client.GetAsync("claimreview (feed)", $"/api/v1/claimreview?limit={random.Next(5, 30)}");

    public Task PartsAsync(Random random) => random.Next(3) switch
    {
        0 => client.GetAsync("list rebuttals", $"/api/v1/claims/{world.AnyClaim(random)}/rebuttals"),
        1 => client.GetAsync("list evidence", $"/api/v1/claims/{world.AnyClaim(random)}/evidence"),
        _ => client.GetAsync("status history", $"/api/v1/claims/{world.AnyClaim(random)}/status"),
    };

    public Task ActorsAndSourcesAsync(Random random) => random.Next(4) switch
    {
        0 => client.GetAsync("list actors", "/api/v1/actors?limit=20"),
        1 => client.GetAsync("list sources", "/api/v1/sources?limit=20"),
        2 => client.GetAsync("actor scorecard", $"/api/v1/actors/{world.Actors[random.Next(world.Actors.Count)]}/scorecard"),
        _ => client.GetAsync("stats", "/api/v1/stats"),
    };

    public Task MatchAsync(Random random) => random.Next(2) == 0
        ? client.WriteAsync("match (POST, read-only)", HttpMethod.Post, "/api/v1/claims/match", new { text = World.Sentence(random, 8, World.Word(random)) })
        : client.GetAsync("similar claims", $"/api/v1/claims/{world.AnyClaim(random)}/similar");
}
