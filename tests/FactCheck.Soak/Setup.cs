namespace FactCheck.Soak;

/// <summary>An editor key (made with the bootstrap admin key), and the actors, sources and first claims the workload needs.</summary>
internal static class Setup
{
    private static readonly string[] People = ["Sergei Shoigu", "John Kirby", "Sergei Ryabkov", "Vladimir Putin", "Alina Polyakova", "Sergei Lavrov"];

    public static async Task<string> EditorKeyAsync(string baseUrl, string adminKey)
    {
        using var admin = new SoakClient(baseUrl, adminKey, 1, new Tally());
        var answer = await admin.WriteAsync("create key", HttpMethod.Post, "/api/v1/keys", new { name = "soak-editor", role = "editor" });
        return answer.Created
            ? answer.Body!["key"]!.GetValue<string>()
            : throw new InvalidOperationException($"Could not create the editor key: {answer.Status} {answer.Body}");
    }

    public static async Task SeedAsync(SoakClient client, World world, Writes writes, int claims)
    {
        for (var i = 0; i < 12; i++)
        {
            var actor = await client.WriteAsync("seed actor", HttpMethod.Post, "/api/v1/actors", new
            {
                name = $"{People[i % People.Length]} ({i})",
                kind = i % 4 == 3 ? "organization" : "person",
                title = "Spokesperson",
                country = i % 2 == 0 ? "RU" : "US",
            });
            world.Actors.Add(actor.Created ? actor.Id() : throw new InvalidOperationException($"Seeding an actor answered {actor.Status}"));
        }
        for (var i = 0; i < 8; i++)
        {
            var source = await client.WriteAsync("seed source", HttpMethod.Post, "/api/v1/sources", new
            {
                title = $"Russia will engage in US security talks as tensions escalate over Ukraine ({i})",
                kind = "news_article",
                publisher = "Fox News",
                publishedAt = new DateTime(2021, 12, 22, 0, 0, 0, DateTimeKind.Utc),
                language = "en",
            });
            world.Sources.Add(source.Created ? source.Id() : throw new InvalidOperationException($"Seeding a source answered {source.Status}"));
        }
        await Parallel.ForEachAsync(Enumerable.Range(0, claims), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var random = new Random(i);
            if (await writes.CreateClaimAsync(random) is { } claim && i % 2 == 0)
            {
                await writes.CreateRebuttalAsync(random, claim.Id);
                await writes.CreateEvidenceAsync(random, claim.Id);
            }
        });
        if (world.ClaimCount < claims)
        {
            throw new InvalidOperationException($"Seeding made {world.ClaimCount} of {claims} claims.");
        }
    }
}
