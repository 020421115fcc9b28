namespace FactCheck.Soak;

/// <summary>The editor's writes; each acknowledged create goes into the ledger with the word that finds it.</summary>
internal sealed class Writes(SoakClient client, World world, Ledger ledger, string runWord)
{
    private static readonly string[] RebuttalKinds = ["denial", "counter_evidence", "correction", "context"];
    private static readonly string[] Bearings = ["supports", "refutes", "inconclusive", "context"];
    private static readonly string[] Strengths = ["weak", "moderate", "strong"];

    public async Task<AckedWrite?> CreateClaimAsync(Random random)
    {
        var word = world.UniqueWord(runWord + "c");
        var answer = await client.WriteAsync("create claim", HttpMethod.Post, "/api/v1/claims", new
        {
            statement = World.Sentence(random, random.Next(6, 14), word),
            summary = "A claim about " + World.Word(random) + " " + word + ".",
            claimantId = world.Actors[random.Next(world.Actors.Count)],
            madeAt = new DateTime(2021, 12, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(24 * 60)),
            appearances = new[] { world.Sources[random.Next(world.Sources.Count)] },
            topics = new[] { World.Topics[random.Next(World.Topics.Length)] },
            language = "en",
        });
        if (!answer.Created)
        {
            return null;
        }
        var id = answer.Id();
        world.AddClaim(id);
        return Acknowledge(new AckedWrite(WriteKind.Claim, id, id, answer.Location!, word));
    }

    public async Task<AckedWrite?> CreateRebuttalAsync(Random random, Guid claimId)
    {
        var word = world.UniqueWord(runWord + "r");
        var answer = await client.WriteAsync("create rebuttal", HttpMethod.Post, $"/api/v1/claims/{claimId}/rebuttals", new
        {
            actorId = world.Actors[random.Next(world.Actors.Count)],
            statement = "The allegation about " + World.Sentence(random, random.Next(3, 8), word),
            kind = RebuttalKinds[random.Next(RebuttalKinds.Length)],
            madeAt = new DateTime(2021, 12, 21, 0, 0, 0, DateTimeKind.Utc),
            sourceId = world.Sources[random.Next(world.Sources.Count)],
        });
        return answer.Created ? Acknowledge(new AckedWrite(WriteKind.Rebuttal, answer.Id(), claimId, answer.Location!, word)) : null;
    }

    public async Task<AckedWrite?> CreateEvidenceAsync(Random random, Guid claimId)
    {
        var word = world.UniqueWord(runWord + "e");
        var answer = await client.WriteAsync("create evidence", HttpMethod.Post, $"/api/v1/claims/{claimId}/evidence", new
        {
            summary = "Evidence on " + World.Sentence(random, random.Next(3, 8), word),
            bearing = Bearings[random.Next(Bearings.Length)],
            strength = Strengths[random.Next(Strengths.Length)],
            url = $"https://evidence.example.org/{word}",
        });
        return answer.Created ? Acknowledge(new AckedWrite(WriteKind.Evidence, answer.Id(), claimId, answer.Location!, word)) : null;
    }

    public async Task<AckedWrite?> CreateReviewAsync(Random random, Guid claimId)
    {
        var word = world.UniqueWord(runWord + "v");
        var answer = await client.WriteAsync("create review", HttpMethod.Post, $"/api/v1/claims/{claimId}/reviews", new
        {
            publisher = new { name = "Soak Fact Check", url = "https://factcheck.example.org/" },
            url = $"https://factcheck.example.org/reviews/{word}",
            textualRating = random.Next(2) == 0 ? "False" : "Misleading",
            title = "Checked: " + word,
            publishedAt = new DateTime(2021, 12, 23, 0, 0, 0, DateTimeKind.Utc),
            language = "en",
        });
        return answer.Created ? Acknowledge(new AckedWrite(WriteKind.Review, answer.Id(), claimId, answer.Location!, word)) : null;
    }

    public async Task<AckedWrite?> ChangeStatusAsync(Random random, Guid claimId)
    {
        var status = World.Statuses[random.Next(World.Statuses.Length)];
        var answer = await client.WriteAsync("change status", HttpMethod.Post, $"/api/v1/claims/{claimId}/status", new
        {
            status,
            rationale = "Reviewed the " + World.Word(random) + " material again.",
        });
        return answer.Created ? Acknowledge(new AckedWrite(WriteKind.StatusChange, answer.Id(), claimId, answer.Location!, Status: status)) : null;
    }

    /// <summary>Reads the claim's ETag, then sends a merge patch with it: 200, or 412 when another write came between.</summary>
    public async Task PatchClaimAsync(Random random, Guid claimId)
    {
        var current = await client.GetAsync("get claim (for If-Match)", $"/api/v1/claims/{claimId}");
        if (current.ETag is null)
        {
            return;
        }
        await client.WriteAsync("patch claim (If-Match)", HttpMethod.Patch, $"/api/v1/claims/{claimId}",
            new { summary = "Revised: " + World.Sentence(random, 5, World.Word(random)), topics = new[] { World.Topics[random.Next(World.Topics.Length)] } },
            ifMatch: current.ETag, contentType: "application/merge-patch+json");
    }

    /// <summary>Deletes a record this run created: a claim now and then, more often a rebuttal or evidence.</summary>
    public async Task DeleteAsync(Random random)
    {
        var candidates = ledger.Acked.Where(w => w.Kind is WriteKind.Claim or WriteKind.Rebuttal or WriteKind.Evidence).ToList();
        if (candidates.Count == 0)
        {
            return;
        }
        var victim = candidates[random.Next(candidates.Count)];
        var path = victim.Kind == WriteKind.Claim ? $"/api/v1/claims/{victim.Id}" : victim.Location;
        var answer = await client.WriteAsync("delete " + victim.Kind.ToString().ToLowerInvariant(), HttpMethod.Delete, path, null);
        if (answer.Status is 204 or 0)
        {
            ledger.MarkDeleted(victim.Id);
        }
    }

    private AckedWrite Acknowledge(AckedWrite write)
    {
        ledger.Acknowledge(write);
        return write;
    }
}
