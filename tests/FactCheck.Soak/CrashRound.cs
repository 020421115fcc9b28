using System.Diagnostics;

namespace FactCheck.Soak;

/// <summary>One round: its storm, the kill, the restart and what was found after it.</summary>
internal sealed record CrashFigures(int Round, double StormSeconds, int Acknowledged, int ClaimsAcknowledged, int InFlight, double RestartSeconds,
    DatabaseCheck Database, Presence Presence, long ServerErrors);

/// <summary>
/// A write storm (many concurrent creates: claims, then rebuttals, evidence and status changes on them), <c>kill -9</c>
/// of the server in its middle, a restart on the same data directory, SQLite's checks, and every write acknowledged
/// before the kill looked for: the claim with its parts, each record in search by its own word, and in history.
/// </summary>
internal static class CrashRound
{
    private const int MinimumAcknowledged = 200;

    public static async Task<(CrashFigures Figures, SoakServer Restarted)> RunAsync(int round, SoakServer server, Func<Task<SoakServer>> restart,
        string databaseFile, World world, Ledger ledger, string runWord, int workers, string editorKey, bool dropWal)
    {
        var stormTally = new Tally();
        var roundLedger = new Ledger();
        using var client = new SoakClient(server.BaseUrl, editorKey, workers, stormTally);
        var writes = new Writes(client, world, roundLedger, runWord);
        var random = new Random(round);
        var stormSeconds = 1.5 + random.NextDouble() * 2.5;
        var watch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var storm = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var r = new Random(round * 1000 + worker);
            while (!stop.IsCancellationRequested)
            {
                if (await writes.CreateClaimAsync(r) is not { } claim)
                {
                    continue;
                }
                if (r.Next(2) == 0)
                {
                    await writes.CreateRebuttalAsync(r, claim.Id);
                }
                if (r.Next(2) == 0)
                {
                    await writes.CreateEvidenceAsync(r, claim.Id);
                }
                if (r.Next(3) == 0)
                {
                    await writes.ChangeStatusAsync(r, claim.Id);
                }
            }
        })).ToList();
        await Task.Delay(TimeSpan.FromSeconds(stormSeconds));
        // In the middle of the storm, not at its start: on a busy machine the first answers can take seconds.
        for (var wait = 0; wait < 300 && roundLedger.Acked.Count < MinimumAcknowledged; wait++)
        {
            await Task.Delay(100);
        }
        var inFlight = client.InFlight;
        await server.KillNineAsync();
        var killedAt = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(storm);
        // Everything in the round's ledger was answered 201 by a process that is now gone: answered before the kill.
        var acknowledged = roundLedger.Acked.ToList();
        foreach (var write in acknowledged)
        {
            ledger.Acknowledge(write);
        }
        if (dropWal)
        {
            // The fault the suite must catch: commits that lived only in the WAL are gone, as if the disk had lost them.
            File.Delete(databaseFile + "-wal");
            File.Delete(databaseFile + "-shm");
        }
        var restarted = await restart();
        var database = await DatabaseChecks(databaseFile);
        using var checker = new SoakClient(restarted.BaseUrl, editorKey, 16, stormTally);
        var presence = await Presence.CheckAsync(checker, acknowledged);
        var figures = new CrashFigures(round, killedAt, acknowledged.Count, acknowledged.Count(w => w.Kind == WriteKind.Claim),
            inFlight, restarted.StartSeconds, database, presence, stormTally.ServerErrors);
        return (figures, restarted);
    }

    private static Task<DatabaseCheck> DatabaseChecks(string databaseFile) => DatabaseCheck.RunAsync(databaseFile);
}
