using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace FactCheck.Soak;

/// <summary>
/// Acknowledged writes looked for after a restart: each claim with its acknowledged rebuttals, evidence and evidence
/// status embedded; each record found by a search for its own word; each create (and status change) in the claim's history;
/// each claim found by matching its own statement (the matching index is fed from a queue table, so it must survive too).
/// </summary>
internal sealed record Presence(int Claims, int ClaimsFound, int Parts, int PartsFound, int Searches, int SearchesFound,
    int HistoryEntries, int HistoryFound, int MatchesFound, IReadOnlyList<string> Missing)
{
    public bool Complete => Missing.Count == 0 && ClaimsFound == Claims && PartsFound == Parts && SearchesFound == Searches
        && HistoryFound == HistoryEntries && MatchesFound == Claims;

    public static async Task<Presence> CheckAsync(SoakClient client, IReadOnlyCollection<AckedWrite> writes)
    {
        int claimsFound = 0, partsFound = 0, searchesFound = 0, historyFound = 0, matchesFound = 0;
        var missing = new ConcurrentQueue<string>();
        var byClaim = writes.GroupBy(w => w.ClaimId).ToList();
        await Parallel.ForEachAsync(byClaim, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (group, _) =>
        {
            var claim = await client.GetAsync("after restart: get claim", $"/api/v1/claims/{group.Key}");
            if (claim.Status == 200)
            {
                Interlocked.Increment(ref claimsFound);
            }
            else
            {
                missing.Enqueue($"claim {group.Key}: {claim.Status}");
            }
            var statement = (string?)claim.Body?["statement"];
            var match = statement is null ? null : await client.WriteAsync("after restart: match", HttpMethod.Post, "/api/v1/claims/match", new { text = statement, limit = 10 });
            if (match?.Body?["items"]?.AsArray().Any(m => (string?)m!["claim"]!["id"] == group.Key.ToString()) == true)
            {
                Interlocked.Increment(ref matchesFound);
            }
            else
            {
                missing.Enqueue($"claim {group.Key} not matched by its own statement ({match?.Status})");
            }
            foreach (var part in group.Where(w => w.Kind != WriteKind.Claim))
            {
                if (claim.Body is { } body && Embeds(body, part))
                {
                    Interlocked.Increment(ref partsFound);
                }
                else
                {
                    missing.Enqueue($"{part.Kind} {part.Id} not on claim {group.Key}");
                }
            }
            var history = await client.GetAsync("after restart: claim history", $"/api/v1/claims/{group.Key}/history?limit=100");
            var entries = history.Body?["items"]?.AsArray().Select(e => (Operation: (string?)e!["operation"], EntityId: (string?)e["entityId"])).ToList() ?? [];
            foreach (var write in group)
            {
                var operation = write.Kind == WriteKind.StatusChange ? "status_change" : "create";
                if (entries.Any(e => e.Operation == operation && (e.EntityId == write.Id.ToString() || e.EntityId == write.ClaimId.ToString())
                        && (write.Kind is WriteKind.StatusChange or WriteKind.Claim || e.EntityId == write.Id.ToString())))
                {
                    Interlocked.Increment(ref historyFound);
                }
                else
                {
                    missing.Enqueue($"no {operation} of {write.Kind} {write.Id} in history ({history.Status})");
                }
            }
            foreach (var write in group.Where(w => w.Word is not null))
            {
                var kind = write.Kind.ToString().ToLowerInvariant();
                var search = await client.GetAsync("after restart: search", $"/api/v1/search?q={write.Word}&kind={kind}&limit=5");
                if (search.Body?["items"]?.AsArray().Any(h => (string?)h!["id"] == write.Id.ToString()) == true)
                {
                    Interlocked.Increment(ref searchesFound);
                }
                else
                {
                    missing.Enqueue($"{kind} {write.Id} not found by searching '{write.Word}' ({search.Status})");
                }
            }
        });
        var parts = writes.Count(w => w.Kind != WriteKind.Claim);
        return new Presence(byClaim.Count, claimsFound, parts, partsFound, writes.Count(w => w.Word is not null), searchesFound,
            writes.Count, historyFound, matchesFound, [.. missing]);
    }

    private static bool Embeds(JsonNode claim, AckedWrite part) => part.Kind switch
    {
        WriteKind.Rebuttal => claim["rebuttals"]!.AsArray().Any(r => (string?)r!["id"] == part.Id.ToString()),
        WriteKind.Evidence => claim["evidence"]!.AsArray().Any(e => (string?)e!["id"] == part.Id.ToString()),
        WriteKind.StatusChange => (string?)claim["evidenceStatus"] == part.Status,
        _ => true,
    };
}
