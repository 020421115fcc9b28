using System.Diagnostics;

namespace FactCheck.Soak;

/// <summary>The figures of the load phase.</summary>
internal sealed record LoadFigures(Tally Tally, double Seconds, int Connections, long Reads, long Writes, ReadBack ReadBack, Tally ReadBackTally);

/// <summary>
/// N seconds of 64 workers, each choosing an operation at random: 90 % reads, 10 % writes (creates, status changes,
/// patches with If-Match, deletes), then every acknowledged create read back.
/// </summary>
internal static class LoadRun
{
    private delegate Task Operation(Random random);

    public static async Task<LoadFigures> RunAsync(SoakClient client, World world, Ledger ledger, Writes writes, int seconds, int connections)
    {
        var reads = new Reads(client, world);
        // Weights per 200 operations: reads 180, writes 20.
        (int Weight, bool Write, Operation Run)[] mix =
        [
            (40, false, reads.ClaimAsync), (28, false, reads.ListAsync), (28, false, reads.SearchAsync), (10, false, reads.ClaimsWithQueryAsync),
            (20, false, reads.HistoryAsync), (10, false, reads.ClaimReviewAsync), (6, false, reads.ClaimReviewFeedAsync),
            (16, false, reads.PartsAsync), (12, false, reads.ActorsAndSourcesAsync), (10, false, reads.MatchAsync),
            (6, true, r => writes.CreateClaimAsync(r)), (3, true, r => writes.CreateRebuttalAsync(r, world.AnyClaim(r))),
            (3, true, r => writes.CreateEvidenceAsync(r, world.AnyClaim(r))), (3, true, r => writes.ChangeStatusAsync(r, world.AnyClaim(r))),
            (3, true, r => writes.PatchClaimAsync(r, world.AnyClaim(r))), (1, true, r => writes.CreateReviewAsync(r, world.AnyClaim(r))),
            (1, true, writes.DeleteAsync),
        ];
        var total = mix.Sum(m => m.Weight);
        long readCount = 0, writeCount = 0;
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(1000 + worker);
            while (watch.Elapsed < until)
            {
                var pick = random.Next(total);
                var chosen = mix.First(m => (pick -= m.Weight) < 0);
                if (chosen.Write)
                {
                    Interlocked.Increment(ref writeCount);
                }
                else
                {
                    Interlocked.Increment(ref readCount);
                }
                await chosen.Run(random);
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var loadTally = client.Tally;
        client.Tally = new Tally();
        var readBack = await ReadBack.CheckAsync(client, ledger, ledger.Acked);
        return new LoadFigures(loadTally, elapsed, connections, readCount, writeCount, readBack, client.Tally);
    }
}
