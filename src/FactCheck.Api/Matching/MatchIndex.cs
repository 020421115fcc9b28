using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Matching;

/// <summary>
/// The matching index: each live claim's stems, read in the claim's own language, as an inverted index in plain tables
/// beside the claims (see the MatchIndex migration): <c>match_terms</c> holds each stem and how many claims have it,
/// <c>match_postings</c> the claims of each stem, <c>match_claims</c> each indexed claim's stems.
/// Triggers keep it in step inside every writing transaction wherever SQL can: a deleted or purged claim leaves it at
/// once, and every claim added or changed, through the API, an import or plain SQL from another program, is queued in
/// <c>match_queue</c>. Stemming needs this code, so the queue is worked off here: at start-up (indexing a database
/// filled by other means), by <see cref="MatchIndexWorker"/> in the background, and before a match when only a few
/// claims wait (see <see cref="CatchUpForMatchAsync"/>).
/// </summary>
public static class MatchIndex
{
    /// <summary>
    /// Claims indexed per transaction at start-up, when nobody waits for the write lock. A run writes its postings in key
    /// order, so a backfill sweeps the postings once per run; its rows (texts, postings) stay a few megabytes.
    /// </summary>
    public const int BackfillRunSize = 50_000;

    /// <summary>Claims per transaction while the service serves: each run holds the write lock a fraction of a second.</summary>
    public const int ServingRunSize = 2_000;

    /// <summary>
    /// Up to this many waiting claims are indexed before a match, so that a match sees the writes made just before it.
    /// More (a bulk import, a load by another program) are left to the worker: one match must not pay for them, nor hold
    /// every other writer back while it does.
    /// </summary>
    public const int InlineLimit = 500;

    /// <summary>Indexes every queued claim, <paramref name="runSize"/> per transaction; answers how many left the queue.</summary>
    public static async Task<int> CatchUpAsync(FactCheckDb db, int runSize, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var total = 0;
            var termIds = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await QueuedAsync(db, 1, cancellationToken) > 0)
            {
                var run = await InLineWithWritersAsync(db, () => MatchIndexRun.IndexNextAsync(db, runSize, termIds, cancellationToken), cancellationToken);
                if (run == 0)
                {
                    break;
                }
                total += run;
            }
            return total;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Before a match: a short queue is indexed now; a long one is the worker's, and the match answers from what is indexed.</summary>
    public static async Task CatchUpForMatchAsync(FactCheckDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await QueuedAsync(db, InlineLimit + 1, cancellationToken) is > 0 and <= InlineLimit)
            {
                await CatchUpAsync(db, InlineLimit, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The start-up backfill: claims queued while the service was away (by the migration, or by plain SQL) are indexed before it serves.</summary>
    public static async Task BackfillAsync(FactCheckDb db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var claims = await CatchUpAsync(db, BackfillRunSize, cancellationToken);
        if (claims > 0)
        {
            logger.LogInformation("Indexed {Claims} claims for matching in {Seconds:F1} s.", claims, watch.Elapsed.TotalSeconds);
        }
    }

    private static async Task<long> QueuedAsync(FactCheckDb db, int most, CancellationToken cancellationToken)
    {
        await using var count = db.Database.GetDbConnection().Command(null, SqliteMatchSql.QueuedUpTo, "@most").With("@most", most);
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>One run at a time, queued with this process's other writers (see FactCheckDb.WriteGate), who get their turn between runs.</summary>
    private static async Task<int> InLineWithWritersAsync(FactCheckDb db, Func<Task<int>> run, CancellationToken cancellationToken)
    {
        var gate = db.WriteGate;
        if (gate is null)
        {
            return await run();
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await run();
        }
        finally
        {
            gate.Release();
        }
    }
}
