using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Matching;

/// <summary>
/// The matching index: each live claim's stems, read in the claim's own language, as an inverted index in plain tables
/// beside the claims (see the MatchIndex migration): <c>match_terms</c> holds each stem and how many claims have it,
/// <c>match_postings</c> the claims of each stem, <c>match_claims</c> each indexed claim's stems.
/// Triggers keep it in step inside every writing transaction wherever SQL can: a deleted or purged claim leaves it at
/// once, and every claim added or changed, through the API, an import or plain SQL from another program, is queued in
/// <c>match_queue</c>. Stemming needs this code, so the queue is worked off here: at start-up (indexing a database
/// filled by other means) and before every match, so that a match sees every write that came before it.
/// </summary>
public static class MatchIndex
{
    // Claims indexed per transaction. A run writes its postings in key order, so a backfill sweeps the postings once
    // per run; its rows (texts, postings) stay a few megabytes.
    private const int RunSize = 50_000;

    /// <summary>Indexes every queued claim and answers how many left the queue.</summary>
    public static async Task<int> CatchUpAsync(FactCheckDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var any = db.Database.GetDbConnection().Command(null, SqliteMatchSql.AnyQueued))
            {
                if (Convert.ToInt64(await any.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    return 0;
                }
            }
            // In line with this process's other writers (see FactCheckDb.WriteGate); concurrent matches wait here and
            // find the queue empty.
            var gate = db.WriteGate;
            if (gate is not null)
            {
                await gate.WaitAsync(cancellationToken);
            }
            try
            {
                var total = 0;
                var termIds = new Dictionary<string, long>(StringComparer.Ordinal);
                for (int run; (run = await MatchIndexRun.IndexNextAsync(db, RunSize, termIds, cancellationToken)) > 0;)
                {
                    total += run;
                }
                return total;
            }
            finally
            {
                gate?.Release();
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
        var claims = await CatchUpAsync(db, cancellationToken);
        if (claims > 0)
        {
            logger.LogInformation("Indexed {Claims} claims for matching in {Seconds:F1} s.", claims, watch.Elapsed.TotalSeconds);
        }
    }
}
